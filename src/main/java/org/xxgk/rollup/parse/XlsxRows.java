package org.xxgk.rollup.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The rows of an .xlsx as {@link SpreadsheetReader} takes them from POI's workbook, read by streaming the sheets'
 * XML (StAX) instead: building POI's object model was a seventh of the ingest's CPU for the 5 % of files that are
 * spreadsheets. It reads what the form's workbook holds: shared and inline strings, numbers, booleans, errors (empty)
 * and formulas with their saved value, each cell at its column. Anything else it does not claim to read as POI does
 * (a formula saved without its value, which POI computes; dates, escapes, another namespace, rows or cells out of
 * order, a part missing) gives null, and the caller reads the file with POI as before, errors and all.
 */
final class XlsxRows {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final String WORKSHEET_TYPE = RELATIONSHIPS + "/worksheet";

	private static final String CONTENT_TYPES = "[Content_Types].xml";

	private static final String WORKBOOK = "xl/workbook.xml";

	private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

	/** POI's limit on a row's cells (Excel 2007's 16,384 columns), so a bad reference cannot blow a row up. */
	private static final int MAX_COLUMNS = 16_384;

	private static final XMLInputFactory FACTORY = SafeXml.factory(true);

	private XlsxRows() {
	}


	/** A part of the package the streaming read cannot take as POI would: the caller uses POI. */
	private static final class NotPlain extends Exception {

		private static final long serialVersionUID = 1L;

		NotPlain() {
			super(null, null, false, false);
		}

	}

	/**
	 * Every sheet's rows in workbook order, an empty row after each sheet, as {@code SpreadsheetReader.rows} makes them
	 * from POI; null when the file holds something only POI reads (or is damaged: POI then says how).
	 */
	static List<List<String>> read(byte[] content) {
		try {
			Map<String, byte[]> parts = parts(content);
			List<String> strings = parts.containsKey("xl/sharedStrings.xml") ? sharedStrings(parts.get("xl/sharedStrings.xml"))
					: List.of();
			List<List<String>> rows = new ArrayList<>();
			for (String sheet : sheets(parts)) {
				byte[] xml = parts.get(sheet);
				if (xml == null) {
					throw new NotPlain();
				}
				rows.addAll(sheetRows(xml, strings));
				rows.add(List.of());
			}
			return rows;
		}
		catch (NotPlain | IOException | XMLStreamException | RuntimeException ex) {
			return null;
		}
	}

	/** The workbook's XML parts (the archive was checked against bombs by the format detector). */
	private static Map<String, byte[]> parts(byte[] content) throws IOException, NotPlain {
		Map<String, byte[]> parts = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName();
				if (name.equals(CONTENT_TYPES) || name.equals(WORKBOOK) || name.equals(WORKBOOK_RELS) || name.equals("xl/sharedStrings.xml")
						|| name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
					if (parts.put(name, zip.readAllBytes()) != null) {
						throw new NotPlain();
					}
				}
			}
		}
		if (!parts.containsKey(CONTENT_TYPES)) {
			throw new NotPlain();
		}
		return parts;
	}

	/** The worksheets' part names in the workbook's order of sheets. */
	private static List<String> sheets(Map<String, byte[]> parts) throws XMLStreamException, NotPlain {
		Map<String, String> targets = new HashMap<>();
		XMLStreamReader rels = open(parts.get(WORKBOOK_RELS));
		while (rels.hasNext()) {
			if (rels.next() == XMLStreamConstants.START_ELEMENT && rels.getLocalName().equals("Relationship")) {
				String target = rels.getAttributeValue(null, "Target");
				boolean worksheet = WORKSHEET_TYPE.equals(rels.getAttributeValue(null, "Type"));
				targets.put(rels.getAttributeValue(null, "Id"), worksheet ? partName(target) : null);
			}
		}
		List<String> sheets = new ArrayList<>();
		XMLStreamReader workbook = open(parts.get(WORKBOOK));
		while (workbook.hasNext()) {
			if (workbook.next() == XMLStreamConstants.START_ELEMENT && workbook.getLocalName().equals("sheet")) {
				requireMain(workbook);
				String target = targets.get(workbook.getAttributeValue(RELATIONSHIPS, "id"));
				if (target == null) {
					throw new NotPlain();
				}
				sheets.add(target);
			}
		}
		return sheets;
	}

	/** A relationship's target as the part's name: relative to xl/, or absolute from the package root. */
	private static String partName(String target) throws NotPlain {
		if (target == null || target.contains("..") || target.contains("://")) {
			throw new NotPlain();
		}
		return target.startsWith("/") ? target.substring(1) : "xl/" + target;
	}

	private static List<String> sharedStrings(byte[] xml) throws XMLStreamException, NotPlain {
		List<String> strings = new ArrayList<>();
		XMLStreamReader reader = open(xml);
		while (reader.hasNext()) {
			if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("si")) {
				requireMain(reader);
				strings.add(richText(reader));
			}
		}
		return strings;
	}

	/**
	 * The text of a string item ({@code si} or an inline {@code is}), the reader on its start: POI's
	 * XSSFRichTextString.getString, the {@code t} when it has no runs, else its runs' {@code t} joined; phonetic runs
	 * are no part of it. An {@code _xHHHH_} escape, which POI decodes, is left to POI.
	 */
	private static String richText(XMLStreamReader reader) throws XMLStreamException, NotPlain {
		StringBuilder plain = null;
		StringBuilder runs = null;
		int depth = 1;
		String parent = null;
		while (depth > 0) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
				String name = reader.getLocalName();
				if (depth == 2) {
					parent = name;
					if (name.equals("r") && runs == null) {
						runs = new StringBuilder();
					}
				}
				if (name.equals("t") && depth == 2) {
					plain = (plain == null) ? new StringBuilder() : plain;
					plain.append(reader.getElementText());
					depth--;
				}
				else if (name.equals("t") && depth == 3 && "r".equals(parent)) {
					runs.append(reader.getElementText());
					depth--;
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		String text = (runs != null) ? runs.toString() : (plain != null) ? plain.toString() : null;
		if (text == null || text.contains("_x")) {
			throw new NotPlain();
		}
		return text;
	}

	/** One sheet's rows from its first (index 0) to its last, a row absent or without cells as no cells. */
	private static List<List<String>> sheetRows(byte[] xml, List<String> strings) throws XMLStreamException, NotPlain {
		List<List<String>> rows = new ArrayList<>();
		XMLStreamReader reader = open(xml);
		while (reader.hasNext()) {
			if (reader.next() != XMLStreamConstants.START_ELEMENT || !reader.getLocalName().equals("row")) {
				continue;
			}
			requireMain(reader);
			String number = reader.getAttributeValue(null, "r");
			if (number == null) {
				// POI numbers such a row -1
				throw new NotPlain();
			}
			int index = Integer.parseInt(number) - 1;
			if (index < rows.size()) {
				throw new NotPlain();
			}
			while (rows.size() < index) {
				rows.add(new ArrayList<>());
			}
			rows.add(cells(reader, strings));
		}
		return rows;
	}

	/** A row's cells up to its last, a cell absent as empty text; the reader on the row's start, left on its end. */
	private static List<String> cells(XMLStreamReader reader, List<String> strings) throws XMLStreamException, NotPlain {
		List<String> cells = new ArrayList<>();
		while (true) {
			int event = reader.next();
			if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("row")) {
				return cells;
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			if (!reader.getLocalName().equals("c")) {
				throw new NotPlain();
			}
			String reference = reader.getAttributeValue(null, "r");
			int column = (reference != null) ? column(reference) : cells.size();
			if (column < cells.size() || column >= MAX_COLUMNS) {
				throw new NotPlain();
			}
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(cell(reader, reader.getAttributeValue(null, "t"), strings));
		}
	}

	/** The 0-based column of a reference such as AB12. */
	private static int column(String reference) throws NotPlain {
		int column = 0;
		int i = 0;
		while (i < reference.length() && reference.charAt(i) >= 'A' && reference.charAt(i) <= 'Z') {
			column = column * 26 + (reference.charAt(i) - 'A' + 1);
			i++;
		}
		if (i == 0 || column > MAX_COLUMNS) {
			throw new NotPlain();
		}
		return column - 1;
	}

	/** A cell's text as SpreadsheetReader.text gives it from POI; the reader on the cell's start, left on its end. */
	private static String cell(XMLStreamReader reader, String type, List<String> strings)
			throws XMLStreamException, NotPlain {
		String value = null;
		String inline = null;
		boolean formula = false;
		while (true) {
			int event = reader.next();
			if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("c")) {
				break;
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			switch (reader.getLocalName()) {
				case "v" -> value = reader.getElementText();
				case "f" -> {
					formula = true;
					reader.getElementText();
				}
				case "is" -> inline = richText(reader);
				default -> throw new NotPlain();
			}
		}
		if (formula && value == null) {
			// saved without its value: POI computes it
			throw new NotPlain();
		}
		String kind = (type != null) ? type : "n";
		return switch (kind) {
			case "s" -> {
				if (formula || value == null) {
					throw new NotPlain();
				}
				yield strings.get(Integer.parseInt(value.strip()));
			}
			case "inlineStr" -> {
				if (formula || inline == null) {
					throw new NotPlain();
				}
				yield inline;
			}
			case "str" -> {
				String text = (value != null) ? value : "";
				if (text.contains("_x")) {
					throw new NotPlain();
				}
				yield text;
			}
			case "b" -> {
				if (value == null) {
					throw new NotPlain();
				}
				// POI: true only for 1
				yield String.valueOf(value.equals("1"));
			}
			case "e" -> "";
			case "n" -> {
				if (value == null && !formula) {
					// no value: a blank cell
					yield "";
				}
				if (value.isEmpty()) {
					throw new NotPlain();
				}
				yield BigDecimal.valueOf(Double.parseDouble(value)).stripTrailingZeros().toPlainString();
			}
			default -> throw new NotPlain();
		};
	}

	private static XMLStreamReader open(byte[] xml) throws XMLStreamException, NotPlain {
		if (xml == null) {
			throw new NotPlain();
		}
		return FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
	}

	private static void requireMain(XMLStreamReader reader) throws NotPlain {
		if (!MAIN.equals(reader.getNamespaceURI())) {
			throw new NotPlain();
		}
	}

}
