package org.xxgk.rollup.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

import org.xxgk.rollup.parse.SourceDocument.Block;
import org.xxgk.rollup.parse.SourceDocument.Grid;
import org.xxgk.rollup.parse.SourceDocument.GridCell;
import org.xxgk.rollup.parse.SourceDocument.GridRow;
import org.xxgk.rollup.parse.SourceDocument.Paragraph;

/**
 * Reads a Word 97–2003 .doc (and WPS's .wps, the same binary format) with POI's HWPF into the same shapes as
 * {@link DocxReader}: paragraphs and tables in document order, every row expanded to the table's full column grid.
 * The binary format has no grid span: a cell spanning columns is simply wider, so the grid is every distinct cell
 * edge of the table and a cell covering n of its columns is followed by n−1 empty cells. A vertically merged
 * continuation, and an old-style horizontally merged one, is an empty cell. Lines count paragraphs and table rows from
 * 1, as for a .docx.
 */
final class LegacyWordReader {

	/** Cell edges closer than this (in twips, 1/1440 inch) are one grid line: widths are rounded by the writer. */
	private static final int EDGE_TOLERANCE = 30;

	SourceDocument read(byte[] content) throws UnreadableReportException {
		try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(content))) {
			Range range = document.getRange();
			List<Block> blocks = new ArrayList<>();
			int position = 0;
			for (int p = 0; p < range.numParagraphs(); p++) {
				org.apache.poi.hwpf.usermodel.Paragraph paragraph = range.getParagraph(p);
				if (paragraph.isInTable() && paragraph.getTableLevel() == 1) {
					Table table = range.getTable(paragraph);
					List<Integer> grid = gridLines(table);
					List<GridRow> rows = new ArrayList<>();
					for (int r = 0; r < table.numRows(); r++) {
						position++;
						rows.add(row(table.getRow(r), grid, position));
					}
					blocks.add(new Grid(List.copyOf(rows)));
					p += table.numParagraphs() - 1;
				}
				else {
					position++;
					String text = clean(paragraph.text());
					if (!text.isEmpty()) {
						blocks.add(new Paragraph(text, position));
					}
				}
			}
			return new SourceDocument(List.copyOf(blocks));
		}
		catch (EncryptedDocumentException ex) {
			throw new UnreadableReportException(FormatDetector.PASSWORD_PROTECTED, ex);
		}
		catch (OldWordFileFormatException ex) {
			throw new UnreadableReportException("这是Word 6.0/95格式的旧文档，无法读取，请用Word或WPS另存为.docx格式后重新报送", ex);
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException ex) {
			throw new UnreadableReportException("Word文档（.doc）已损坏或格式不正确，无法读取，请另存为.docx后重新报送", ex);
		}
	}

	/** Every distinct cell edge of the table, left to right, edges within the tolerance taken as one. */
	private static List<Integer> gridLines(Table table) {
		TreeSet<Integer> edges = new TreeSet<>();
		for (int r = 0; r < table.numRows(); r++) {
			TableRow row = table.getRow(r);
			for (int c = 0; c < row.numCells(); c++) {
				TableCell cell = row.getCell(c);
				edges.add(cell.getLeftEdge());
				edges.add(cell.getLeftEdge() + cell.getWidth());
			}
		}
		List<Integer> lines = new ArrayList<>();
		for (int edge : edges) {
			if (lines.isEmpty() || edge - lines.get(lines.size() - 1) > EDGE_TOLERANCE) {
				lines.add(edge);
			}
		}
		return lines;
	}

	private static GridRow row(TableRow row, List<Integer> grid, int position) {
		List<GridCell> cells = new ArrayList<>();
		for (int c = 0; c < row.numCells(); c++) {
			TableCell cell = row.getCell(c);
			boolean continuation = (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged())
					|| (cell.isMerged() && !cell.isFirstMerged());
			cells.add(new GridCell(continuation ? "" : text(cell), position));
			int span = columnIndex(grid, cell.getLeftEdge() + cell.getWidth()) - columnIndex(grid, cell.getLeftEdge());
			for (int i = 1; i < span; i++) {
				cells.add(new GridCell("", position));
			}
		}
		return new GridRow(List.copyOf(cells));
	}

	/** The index of the grid line an edge falls on (the nearest one). */
	private static int columnIndex(List<Integer> grid, int edge) {
		int best = 0;
		for (int i = 1; i < grid.size(); i++) {
			if (Math.abs(grid.get(i) - edge) < Math.abs(grid.get(best) - edge)) {
				best = i;
			}
		}
		return best;
	}

	/** A cell's paragraphs joined by line breaks, as a label wrapped inside the cell reads. */
	private static String text(TableCell cell) {
		List<String> lines = new ArrayList<>();
		for (int p = 0; p < cell.numParagraphs(); p++) {
			lines.add(clean(cell.getParagraph(p).text()));
		}
		return String.join("\n", lines).strip();
	}

	/**
	 * The visible text of a paragraph: field codes dropped (their results kept), the paragraph and cell marks gone, a
	 * manual line break read as a line break.
	 */
	private static String clean(String text) {
		return Range.stripFields(text)
			.replace('\u000B', '\n')
			.replaceAll("[\\r\\u0007\\f\\u0001\\u0008]", "")
			.strip();
	}

}
