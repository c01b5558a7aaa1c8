package org.xxgk.rollup.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.xxgk.rollup.parse.SourceDocument.Block;
import org.xxgk.rollup.parse.SourceDocument.Grid;
import org.xxgk.rollup.parse.SourceDocument.GridCell;
import org.xxgk.rollup.parse.SourceDocument.GridRow;
import org.xxgk.rollup.parse.SourceDocument.Paragraph;

/**
 * Reads a Word .docx by streaming {@code word/document.xml} (StAX) instead of building POI's object model, which was
 * about half of the ingest's CPU: paragraphs and tables in body order, nothing else of the package is opened. Merged
 * cells are expanded to the table's grid the way Word's own text export leaves them: a cell spanning n columns
 * (gridSpan) is followed by n−1 empty cells, a vertically merged continuation (vMerge) is an empty cell, so every row
 * has the full column count and the label mappers see the same shapes as in the seed. The "line" of a block is its
 * position in the document (paragraphs and table rows counted from 1), so a location still points at the right place.
 * <p>
 * Text is what Word shows: runs' {@code w:t}, tabs and breaks, inside hyperlinks, fields, smart tags, content controls
 * and tracked insertions; not deleted text, field instructions, or text boxes and drawings anchored in a run. A cell's
 * own paragraphs are its text (a table nested in a cell is not read, as with POI's cell text).
 */
final class DocxReader {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private static final String DOCUMENT = "word/document.xml";

	/** Wrappers around blocks, rows and cells: content controls and custom XML. */
	private static final Set<String> BLOCK_WRAPPERS = Set.of("sdt", "sdtContent", "customXml");

	/** Wrappers around a paragraph's text: the run itself, links, fields, smart tags, insertions, bidi spans. */
	private static final Set<String> RUN_WRAPPERS = Set.of("r", "hyperlink", "fldSimple", "smartTag", "ins", "moveTo",
			"dir", "bdo", "sdt", "sdtContent", "customXml");

	/** Word's own limit on a table's columns: a larger gridSpan is not Word's, and must not blow a row up. */
	private static final int MAX_COLUMNS = 63;

	private static final XMLInputFactory FACTORY = SafeXml.factory(false);

	SourceDocument read(byte[] content) throws UnreadableReportException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (DOCUMENT.equals(entry.getName())) {
					return readDocument(zip);
				}
			}
			throw new UnreadableReportException("Word文档已损坏或格式不正确，无法读取");
		}
		catch (IOException | XMLStreamException | IllegalArgumentException | IllegalStateException ex) {
			throw new UnreadableReportException("Word文档已损坏或格式不正确，无法读取", ex);
		}
	}

	private static SourceDocument readDocument(InputStream xml) throws XMLStreamException {
		XMLStreamReader reader = FACTORY.createXMLStreamReader(xml);
		try {
			Body body = new Body();
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.DTD) {
					throw new IllegalStateException("document.xml declares a DTD");
				}
				if (event == XMLStreamConstants.START_ELEMENT && "body".equals(ownName(reader))) {
					body.read(reader);
				}
			}
			return new SourceDocument(List.copyOf(body.blocks));
		}
		finally {
			reader.close();
		}
	}

	/** What is done with one child element of the element being read; it reads the child to its end. */
	@FunctionalInterface
	private interface ChildReader {

		void read(String name) throws XMLStreamException;

	}

	/**
	 * Reads the children of the current element to its end: content controls and custom XML around them are
	 * transparent (their children are read as the element's own), any other child goes to {@code child}, which must
	 * consume it (or {@link #skip} it).
	 */
	private static void children(XMLStreamReader reader, ChildReader child) throws XMLStreamException {
		children(reader, BLOCK_WRAPPERS, child);
	}

	/** The same, with {@code transparent} naming the wrappers whose children count as the element's own. */
	private static void children(XMLStreamReader reader, Set<String> transparent, ChildReader child)
			throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = reader.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				String name = ownName(reader);
				if (transparent.contains(name)) {
					depth++;
				}
				else {
					child.read(name);
				}
			}
		}
	}

	/** The body's paragraphs and tables in order, counting positions as the blocks go by. */
	private static final class Body {

		private final List<Block> blocks = new ArrayList<>();

		private int position;

		void read(XMLStreamReader reader) throws XMLStreamException {
			children(reader, (name) -> {
				if ("p".equals(name)) {
					this.position++;
					String text = paragraph(reader).strip();
					if (!text.isEmpty()) {
						this.blocks.add(new Paragraph(text, this.position));
					}
				}
				else if ("tbl".equals(name)) {
					this.blocks.add(table(reader));
				}
				else {
					skip(reader);
				}
			});
		}

		private Grid table(XMLStreamReader reader) throws XMLStreamException {
			List<GridRow> rows = new ArrayList<>();
			children(reader, (name) -> {
				if ("tr".equals(name)) {
					this.position++;
					rows.add(row(reader, this.position));
				}
				else {
					skip(reader);
				}
			});
			return new Grid(List.copyOf(rows));
		}

	}

	private static GridRow row(XMLStreamReader reader, int position) throws XMLStreamException {
		List<GridCell> cells = new ArrayList<>();
		children(reader, (name) -> {
			if ("tc".equals(name)) {
				cell(reader, position, cells);
			}
			else {
				skip(reader);
			}
		});
		return new GridRow(List.copyOf(cells));
	}

	/** One {@code w:tc}: its paragraphs joined by line breaks, then the empty cells its gridSpan covers. */
	private static void cell(XMLStreamReader reader, int position, List<GridCell> cells) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		CellProperties properties = new CellProperties();
		children(reader, (name) -> {
			if ("tcPr".equals(name)) {
				children(reader, (property) -> properties.read(reader, property));
			}
			else if ("p".equals(name)) {
				if (properties.paragraphs++ > 0) {
					text.append('\n');
				}
				text.append(paragraph(reader));
			}
			else {
				skip(reader);
			}
		});
		cells.add(new GridCell(properties.continuation ? "" : text.toString().strip(), position));
		for (int i = 1; i < properties.span; i++) {
			cells.add(new GridCell("", position));
		}
	}

	/** What a cell's {@code w:tcPr} says of merging, and how many paragraphs its text has so far. */
	private static final class CellProperties {

		private boolean continuation;

		private int span = 1;

		private int paragraphs;

		void read(XMLStreamReader reader, String name) throws XMLStreamException {
			if ("vMerge".equals(name)) {
				String value = attribute(reader, "val");
				this.continuation = value == null || "continue".equals(value);
			}
			else if ("gridSpan".equals(name)) {
				this.span = Math.min(MAX_COLUMNS, Math.max(1, parseSpan(attribute(reader, "val"))));
			}
			skip(reader);
		}

	}

	private static int parseSpan(String value) {
		try {
			return (value != null) ? Integer.parseInt(value.strip()) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/**
	 * The text of one {@code w:p}, read to its end: {@code w:t} of runs however deeply wrapped (hyperlinks, fields,
	 * smart tags, insertions), {@code w:tab} as a tab, {@code w:br}/{@code w:cr} as a line break; deleted text and
	 * field instructions have elements of their own and are not read; drawings, pictures and properties are skipped.
	 */
	private static String paragraph(XMLStreamReader reader) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		children(reader, RUN_WRAPPERS, (name) -> {
			switch (name) {
				case "t" -> text.append(reader.getElementText());
				case "tab", "ptab" -> {
					text.append('\t');
					skip(reader);
				}
				case "br", "cr" -> {
					text.append('\n');
					skip(reader);
				}
				case "noBreakHyphen" -> {
					text.append('\u2011');
					skip(reader);
				}
				default -> skip(reader);
			}
		});
		return text.toString();
	}

	/** The local name of a WordprocessingML element, or "" for any other (markup compatibility, drawings). */
	private static String ownName(XMLStreamReader reader) {
		return W.equals(reader.getNamespaceURI()) ? reader.getLocalName() : "";
	}

	private static String attribute(XMLStreamReader reader, String localName) {
		String value = reader.getAttributeValue(W, localName);
		return (value != null) ? value : reader.getAttributeValue(null, localName);
	}

	/** Moves past the end of the current element, whatever it holds. */
	private static void skip(XMLStreamReader reader) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

}
