package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

	/** A page number's place in a region copied one cell per line. */
	private static final String PAGE_BREAK = "\f";

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
				// a PDF's text copied from a viewer: -4- between two lines; in a table, the blank lines around it
				// say nothing of blank cells
				if (!this.pipeRows && table != 0) {
					region.add(new GridCell(PAGE_BREAK, i + 1));
				}
				continue;
			}
			boolean heading = Headings.part(line) != null;
			if (table != 0 && !heading && SiteFooter.isFooter(line)) {
				// the site's footer below a last table (a copy without 五、六): no cell of the form, the table ends
				endRegion(blocks, region, table);
				table = 0;
			}
			int started = heading ? 0 : TableLocator.startedBy(line);
			if (started != 0 && started != table) {
				// a table printed without its heading
				endRegion(blocks, region, table);
				table = started;
				brokenBlockHeading(blocks).ifPresent((cell) -> region.add(this.pipeRows
						? new GridCell(cell.text() + " |", cell.line()) : cell));
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
			else if (!this.pipeRows || !lines[i].isBlank()) {
				// one cell per line: blank lines too, as they may be the only trace of a blank cell
				region.add(new GridCell(lines[i], i + 1));
			}
		}
		endRegion(blocks, region, table);
		return new SourceDocument(List.copyOf(blocks));
	}

	private void endRegion(List<Block> blocks, List<GridCell> region, int table) {
		if (region.isEmpty()) {
			return;
		}
		List<GridRow> rows = this.pipeRows ? pipeRows(region, table) : FlatTableRows.regroup(table, cellLines(region));
		boolean hasNumbers = rows.stream()
			.flatMap((row) -> row.cells().stream())
			.anyMatch((cell) -> CellReader.isValueLike(cell.text()) && !cell.text().isBlank());
		// a table whose values were all left blank prints its header and rows of blank cells between separators
		boolean leftBlank = !hasNumbers && this.pipeRows
				&& rows.stream().anyMatch((row) -> row.cells().size() > 1 && row.cells().stream().allMatch((c) -> c.text().isEmpty()))
				&& TableLocator.byContent(new Grid(rows)) == table;
		if (hasNumbers || leftBlank) {
			blocks.add(new Grid(List.copyOf(rows)));
		}
		else {
			region.stream()
				.filter((line) -> !line.text().equals(PAGE_BREAK) && !withoutEdgePipes(line.text()).isEmpty())
				.forEach((line) -> blocks.add(new Paragraph(withoutEdgePipes(line.text()).strip(), line.line())));
		}
		region.clear();
	}

	/**
	 * Table 二's first block heading broken over the two lines before the table's first header words
	 * ({@code 第二十} / {@code 条第(一)项}), taken out of the prose they were read as: a table without its heading
	 * starts at 信息内容, which the broken heading is above.
	 */
	private static Optional<GridCell> brokenBlockHeading(List<Block> blocks) {
		int size = blocks.size();
		if (size < 2 || !(blocks.get(size - 2) instanceof Paragraph first)
				|| !(blocks.get(size - 1) instanceof Paragraph second)) {
			return Optional.empty();
		}
		String joined = first.text() + second.text();
		if (!LabelKey.of(joined).startsWith(FormWords.ARTICLE) || !FormWords.joins(first.text(), second.text())) {
			return Optional.empty();
		}
		blocks.subList(size - 2, size).clear();
		return Optional.of(new GridCell(joined, first.line()));
	}

	/**
	 * The cells of a region copied one cell per line, a blank cell as an empty cell where the copy's shape shows it:
	 * a line of only {@code |} where each cell line ends in {@code  |}; nothing between two {@code |} lines where each
	 * cell is followed by one; where cells are separated by one blank line, each further pair of blank lines (a blank
	 * cell's empty line and its separator). Where the shape shows nothing (runs of blank lines of other lengths, a
	 * page break), no blank cell is made up: {@link FlatTableRows} then finds the rows short.
	 */
	private static List<GridCell> cellLines(List<GridCell> region) {
		List<GridCell> lines = region.stream().filter((line) -> !line.text().isBlank()).toList();
		long pipeOnly = lines.stream().filter((line) -> line.text().strip().equals("|")).count();
		long pipeEnded = lines.stream().filter((line) -> line.text().strip().endsWith("|")).count() - pipeOnly;
		List<GridCell> cells = new ArrayList<>();
		// blank cells are lines of only | in both shapes with pipes: the cells' own lines tell them apart
		if (pipeEnded * 2 >= lines.size() - pipeOnly) {
			lines.stream()
				.filter((line) -> !line.text().equals(PAGE_BREAK))
				.forEach((line) -> cells.add(new GridCell(cellText(line.text()), line.line())));
			return cells;
		}
		if (pipeOnly * 2 >= lines.size() - 1) {
			boolean filled = false;
			for (GridCell line : lines) {
				if (line.text().strip().equals("|")) {
					if (!filled) {
						cells.add(new GridCell("", line.line()));
					}
					filled = false;
				}
				else if (!line.text().equals(PAGE_BREAK)) {
					cells.add(new GridCell(cellText(line.text()), line.line()));
					filled = true;
				}
			}
			return cells;
		}
		int blankRun = -1;
		for (GridCell line : region) {
			if (line.text().equals(PAGE_BREAK)) {
				blankRun = -1;
			}
			else if (line.text().isBlank()) {
				blankRun = (blankRun >= 0) ? blankRun + 1 : blankRun;
			}
			else {
				for (int blank = 0; blankRun >= 3 && blank < (blankRun - 1) / 2 && blankRun % 2 == 1; blank++) {
					cells.add(new GridCell("", line.line() - blankRun + 2 * blank));
				}
				cells.add(new GridCell(cellText(line.text()), line.line()));
				blankRun = 0;
			}
		}
		return cells;
	}

	/** A cell line's text; a line of only no-break or ideographic spaces (a blank cell's {@code &nbsp;}) is empty. */
	private static String cellText(String line) {
		String text = withoutEdgePipes(line);
		return CellReader.clean(text).isEmpty() ? "" : text;
	}

	/**
	 * Rows of cells separated by {@code |} or tabs. In table 二 a row with values that prints fewer cells than its
	 * block's header (信息内容 and its columns) lost a cell, and which one nothing tells: its positions are lost. A
	 * blank cell keeps its place between the separators, so a row printing them all is read as it stands.
	 */
	private static List<GridRow> pipeRows(List<GridCell> lines, int table) {
		List<GridRow> rows = new ArrayList<>();
		String pending = null;
		int pendingLine = 0;
		int columns = 0;
		for (GridCell line : lines) {
			if (!line.text().contains("|") && !line.text().strip().contains("\t") && pending == null
					&& LabelKey.of(line.text()).startsWith(FormWords.ARTICLE)
					&& FormWords.distance(line.text()) == 0) {
				// a block heading of table 二 copied without the pipe of its merged cell: a row of its own
				rows.add(new GridRow(List.of(new GridCell(line.text().strip(), line.line()))));
				continue;
			}
			String separator = line.text().contains("|") ? "\\|" : line.text().strip().contains("\t") ? "\t" : null;
			if (separator == null) {
				pending = (pending == null) ? line.text().strip() : pending + "\n" + line.text().strip();
				pendingLine = (pendingLine == 0) ? line.line() : pendingLine;
				continue;
			}
			List<String> texts = new ArrayList<>(Arrays.stream(line.text().split(separator, -1))
				.map((text) -> CellReader.clean(text).isEmpty() ? "" : text.strip())
				.toList());
			// a row copied between edge pipes (| a | b |) starts with one; a row whose first cell is blank starts
			// with its separator ( | 0 | 1), and that blank cell keeps its place
			if (line.text().strip().startsWith("|") && line.text().strip().endsWith("|")) {
				texts.remove(0);
			}
			if (line.text().strip().endsWith("|") && !texts.isEmpty() && texts.get(texts.size() - 1).isEmpty()) {
				texts.remove(texts.size() - 1);
			}
			int printed = texts.size();
			while (!texts.isEmpty() && texts.get(texts.size() - 1).isEmpty()) {
				texts.remove(texts.size() - 1);
			}
			if (texts.isEmpty() && printed > 1) {
				// a row of blank cells (a block the unit left blank): their places are the row's
				int at = line.line();
				rows.add(new GridRow(java.util.Collections.nCopies(printed, new GridCell("", at))));
				continue;
			}
			if (texts.isEmpty()) {
				continue;
			}
			boolean header = LabelKey.of(texts.get(0)).equals(FormWords.CONTENT);
			columns = header ? printed - 1 : columns;
			boolean positionsLost = table == 2 && !header && printed - 1 < columns
					&& texts.stream().skip(1).anyMatch(CellReader::isValueLike);
			int first = line.line();
			if (pending != null) {
				texts.set(0, pending + "\n" + texts.get(0));
				first = pendingLine;
				pending = null;
				pendingLine = 0;
			}
			int at = first;
			rows.add(new GridRow(texts.stream().map((text) -> new GridCell(text, at)).toList(), positionsLost));
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
