package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.xxgk.rollup.parse.SourceDocument.Block;
import org.xxgk.rollup.parse.SourceDocument.Grid;
import org.xxgk.rollup.parse.SourceDocument.GridCell;
import org.xxgk.rollup.parse.SourceDocument.GridRow;
import org.xxgk.rollup.parse.SourceDocument.Paragraph;

/**
 * Reads text copied from a web page, where nothing but the part headings tells prose from tables: the lines after a
 * heading 二、三、四 (or from a table's first header words, {@link TableLocator#startedBy}, where the heading was left
 * out) up to the next part heading are that table, everything else is prose. Two shapes of table text:
 * <ul>
 * <li>pipe rows ({@code 行政许可 | 0 | ||}): one row per line, a merged header left as a one-cell row, filler cells
 * from colspans dropped at the row's end, a line without a pipe glued to the row below (a label broken inside its
 * cell);</li>
 * <li>one cell per line (blank lines, {@code  |} endings or lines holding only {@code |} between cells): the rows are
 * rebuilt from the form's labels by {@link FlatTableRows}.</li>
 * </ul>
 * A "table" region without a single number is prose after all (tables published as images leave only a caption).
 */
final class WebTextReader {

	private final boolean pipeRows;

	WebTextReader(boolean pipeRows) {
		this.pipeRows = pipeRows;
	}

	SourceDocument read(String text) {
		String[] lines = text.split("\r\n|\r|\n", -1);
		List<Block> blocks = new ArrayList<>();
		List<GridCell> region = new ArrayList<>();
		int table = 0;
		for (int i = 0; i < lines.length; i++) {
			String line = withoutEdgePipes(lines[i]);
			if (ColumnTextReader.isPageNumber(line)) {
				// a PDF's text copied from a viewer: -4- between two lines
				continue;
			}
			boolean heading = Headings.part(line) != null;
			int started = heading ? 0 : TableLocator.startedBy(line);
			if (started != 0 && started != table) {
				// a table printed without its heading
				endRegion(blocks, region, table);
				table = started;
			}
			if (heading || table == 0) {
				if (heading) {
					endRegion(blocks, region, table);
					table = Headings.table(line);
				}
				if (!line.isBlank()) {
					blocks.add(new Paragraph(line.strip(), i + 1));
				}
			}
			else if (this.pipeRows ? !lines[i].isBlank() : !line.isBlank()) {
				region.add(new GridCell(this.pipeRows ? lines[i] : line.strip(), i + 1));
			}
		}
		endRegion(blocks, region, table);
		return new SourceDocument(List.copyOf(blocks));
	}

	private void endRegion(List<Block> blocks, List<GridCell> region, int table) {
		if (region.isEmpty()) {
			return;
		}
		List<GridRow> rows = this.pipeRows ? pipeRows(region) : FlatTableRows.regroup(table, region);
		boolean hasNumbers = rows.stream()
			.flatMap((row) -> row.cells().stream())
			.anyMatch((cell) -> CellReader.isValueLike(cell.text()) && !cell.text().isBlank());
		if (hasNumbers) {
			blocks.add(new Grid(List.copyOf(rows)));
		}
		else {
			region.forEach((line) -> blocks.add(new Paragraph(withoutEdgePipes(line.text()).strip(), line.line())));
		}
		region.clear();
	}

	private static List<GridRow> pipeRows(List<GridCell> lines) {
		List<GridRow> rows = new ArrayList<>();
		String pending = null;
		int pendingLine = 0;
		for (GridCell line : lines) {
			if (!line.text().contains("|")) {
				pending = (pending == null) ? line.text().strip() : pending + "\n" + line.text().strip();
				pendingLine = (pendingLine == 0) ? line.line() : pendingLine;
				continue;
			}
			List<String> texts = new ArrayList<>(Arrays.stream(line.text().split("\\|", -1)).map(String::strip).toList());
			if (line.text().strip().startsWith("|")) {
				texts.remove(0);
			}
			while (!texts.isEmpty() && texts.get(texts.size() - 1).isEmpty()) {
				texts.remove(texts.size() - 1);
			}
			if (texts.isEmpty()) {
				continue;
			}
			int first = line.line();
			if (pending != null) {
				texts.set(0, pending + "\n" + texts.get(0));
				first = pendingLine;
				pending = null;
				pendingLine = 0;
			}
			int at = first;
			rows.add(new GridRow(texts.stream().map((text) -> new GridCell(text, at)).toList()));
		}
		return rows;
	}

	/** A cell line of the one-cell-per-line shapes without its {@code |} ending; a line of only {@code |} is blank. */
	private static String withoutEdgePipes(String line) {
		String stripped = line.strip();
		while (stripped.endsWith("|")) {
			stripped = stripped.substring(0, stripped.length() - 1).strip();
		}
		while (stripped.startsWith("|")) {
			stripped = stripped.substring(1).strip();
		}
		return stripped;
	}

}
