package org.xxgk.rollup.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.parse.SourceDocument.Block;
import org.xxgk.rollup.parse.SourceDocument.Grid;
import org.xxgk.rollup.parse.SourceDocument.GridCell;
import org.xxgk.rollup.parse.SourceDocument.GridRow;
import org.xxgk.rollup.parse.SourceDocument.Paragraph;

/**
 * Reads Markdown written by PDF and OCR converters: pipe tables with {@code |---|} rule lines and {@code <br>} inside
 * cells, headings written {@code ## 五、…} or {@code **三、…**}. The part headings 二、三、四 tell which table the pipe
 * tables after them belong to, and what converters do to each table is undone here:
 * <ul>
 * <li>table 二's blocks printed as lines ({@code 信息内容本年处理决定数量}, {@code 行政许可 0}) become rows, and a cell
 * pushed out of the table because it held a note ({@code 22} / {@code （其中修订 16 件）}) goes back into the row that
 * lacks it when the cells pushed out are just as many as the rows lack, else those rows are printed but unplaced;</li>
 * <li>table 三 printed as one Markdown table per block under a heading ({@code ### （三）不予公开}): each row takes
 * its block's heading as its parent label, or as its label when it only repeats the heading without its numbering
 * (the tables then join into one table 三 by their part, as a table broken across pages does);</li>
 * <li>table 四 printed as one table per group under its heading ({@code ### 行政诉讼（复议后起诉）}) becomes one
 * table of the three groups.</li>
 * </ul>
 * Headers the converter made up ({@code 数据1}…{@code 数据6}, a wrong repeated header) are left as they came: the
 * table mappers take the form's order where a header does not name the form's columns ({@link FormOrder}).
 */
final class MarkdownReader {

	private static final Pattern RULE = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?$");

	/** A rule line a lost line break glued to the row after it ({@code |---|---|| a | b |}): the row is the rest. */
	private static final Pattern RULE_BEFORE = Pattern.compile("^(\\|\\s*:?-{3,}:?\\s*)+\\|(?=\\s*\\|)");

	/** A rule line glued to the row before it ({@code | a | b ||---|---|}). */
	private static final Pattern RULE_AFTER = Pattern.compile("\\|(\\|\\s*:?-{3,}:?\\s*)+\\|\\s*$");

	private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");

	/** The start of a table a converter wrote as HTML inside the Markdown. */
	private static final Pattern HTML_TABLE = Pattern.compile("(?i)<table[\\s>]");

	private static final Pattern MARKUP = Pattern.compile("^#{1,6}\\s+|\\s+#+$|^\\*\\*|\\*\\*$");

	private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–－]+\\s*\\d{1,3}\\s*[-—–－]+$");

	/** A converter's running header repeated on each page ({@code ## 表三：收到和处理…}), not a block's heading. */
	private static final Pattern RUNNING_HEADER = Pattern.compile("^表[二三四][:：].*");

	/**
	 * A table 二 row printed as a line: the item and its number, which is a figure as {@link CellReader} reads one
	 * (an OCR's 0 read O, full-width digits, 1,234).
	 */
	private static final Pattern ITEM_LINE = Pattern.compile("^(\\S.*?)\\s+(\\S+)$");

	private static final Pattern NOTE = Pattern.compile("^[（(].*[）)]$");

	/** A row label numbered as a part or a block of table 三 (一、 / （一）) stands on its own, not under a heading. */
	private static final Pattern OWN_NUMBER = Pattern.compile("^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]).*");

	private static final String HEADER = FormWords.CONTENT;

	/** Converter page labels that are not part of the report. */
	private static final List<String> PAGE_LABELS = List.of("正文", "目录");

	private final List<Block> blocks = new ArrayList<>();

	private final List<GridRow> rows = new ArrayList<>();

	/** Table 二 cells pushed out of the table with their notes, waiting for the row they belong to. */
	private final Deque<GridCell> orphans = new ArrayDeque<>();

	/** Table 二's rows printing fewer cells than their block's header, waiting for the part's pushed-out cells. */
	private final List<ShortRow> shortRows = new ArrayList<>();

	/** Table 四's tables, one per group, and the heading above each: joined when the part ends. */
	private final List<Grid> groupTables = new ArrayList<>();

	private final List<GridCell> groupHeadings = new ArrayList<>();

	private int table;

	/** A table 二 row as printed, {@code lost} cells short of its block's header. */
	private record ShortRow(GridRow printed, int lost) {

		boolean hasValues() {
			return this.printed.cells().stream().skip(1).anyMatch((cell) -> CellReader.isValueLike(cell.text()));
		}

	}

	private String blockHeading;

	private int blockHeadingLine;

	private int tableTwoColumns;

	/** The cells the header (first) row of the pipe table being read has, up to its last filled one; 0 between tables. */
	private int headerCells;

	SourceDocument read(String text) {
		String[] lines = text.split("\r\n|\r|\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			int number = i + 1;
			if (RULE.matcher(line).matches() && line.contains("-")) {
				continue;
			}
			if (line.startsWith("|")) {
				line = RULE_AFTER.matcher(RULE_BEFORE.matcher(line).replaceFirst("")).replaceFirst("|");
				List<GridCell> cells = cells(line, number);
				this.headerCells = (this.headerCells == 0) ? cells.size() : this.headerCells;
				// blank cells at a row's end under columns its table's header names are cells left blank, not the
				// empty filler cells converters leave past a table's last column
				while (cells.size() < Math.min(printedCells(line), this.headerCells)) {
					cells.add(new GridCell("", number));
				}
				addRow(cells, number, printedCells(line));
				continue;
			}
			this.headerCells = 0;
			if (HTML_TABLE.matcher(line).find()) {
				// a converter's table written as HTML (MinerU): up to its end, spans as a page's
				StringBuilder html = new StringBuilder(line);
				while (!line.contains("</table>") && i + 1 < lines.length) {
					line = lines[++i].strip();
					html.append('\n').append(line);
				}
				endTable();
				for (List<GridRow> table : HtmlReader.tables(html.toString(), number)) {
					this.rows.addAll(table);
					endTable();
				}
				continue;
			}
			endTable();
			String plain = MARKUP.matcher(line).replaceAll("").strip();
			if (plain.isEmpty() || PAGE_NUMBER.matcher(plain).matches() || PAGE_LABELS.contains(plain)) {
				continue;
			}
			if (Headings.part(plain) != null) {
				endPart();
				this.table = Headings.table(plain);
				this.blockHeading = null;
				this.blocks.add(new Paragraph(plain, number));
				continue;
			}
			if (this.table == 2 && tableTwoLine(plain, number, (i + 1 < lines.length) ? lines[i + 1].strip() : "")) {
				i += isFigure(plain) ? 1 : 0;
				continue;
			}
			if (this.table != 0 && line.startsWith("#") && !RUNNING_HEADER.matcher(plain).matches()) {
				this.blockHeading = plain;
				this.blockHeadingLine = number;
				if (this.table == 4) {
					this.groupHeadings.add(new GridCell(plain, number));
				}
			}
			this.blocks.add(new Paragraph(plain, number));
		}
		endTable();
		endPart();
		return new SourceDocument(List.copyOf(this.blocks));
	}

	/** The cells of a pipe row, {@code <br>} as a line break, without the empty cells a row's edges leave. */
	private static List<GridCell> cells(String line, int number) {
		String inner = line.substring(1);
		inner = inner.endsWith("|") ? inner.substring(0, inner.length() - 1) : inner;
		List<GridCell> cells = new ArrayList<>();
		for (String cell : inner.split("\\|", -1)) {
			String text = BREAK.matcher(cell).replaceAll("\n").strip();
			// a cell of no-break spaces (a blank cell as Word and web pages save it) is blank
			cells.add(new GridCell(CellReader.clean(text).isEmpty() ? "" : text, number));
		}
		while (cells.size() > 1 && cells.get(cells.size() - 1).text().isEmpty()) {
			cells.remove(cells.size() - 1);
		}
		return cells;
	}

	/** How many cells a pipe row prints, blank ones at its end included. */
	private static int printedCells(String line) {
		String inner = line.substring(1);
		inner = inner.endsWith("|") ? inner.substring(0, inner.length() - 1) : inner;
		return inner.split("\\|", -1).length;
	}

	/**
	 * A line of table 二's region that is part of the table: a block's header ({@code 信息内容本年处理决定数量}), an
	 * item and its number, or a number whose note is on the next line (a cell pushed out of the table).
	 */
	private boolean tableTwoLine(String line, int number, String next) {
		if (line.startsWith(HEADER) && !line.equals(HEADER)) {
			addRow(List.of(new GridCell(HEADER, number), new GridCell(line.substring(HEADER.length()).strip(), number)),
					number);
			return true;
		}
		Matcher item = ITEM_LINE.matcher(line);
		if (item.matches() && !item.group(1).startsWith(FormWords.ARTICLE) && isFigure(item.group(2))
				&& !isFigure(item.group(1).substring(item.group(1).lastIndexOf(' ') + 1))) {
			addRow(List.of(new GridCell(item.group(1), number), new GridCell(item.group(2), number)), number);
			return true;
		}
		if (isFigure(line) && NOTE.matcher(next).matches()) {
			this.orphans.add(new GridCell(line + next, number));
			return true;
		}
		return false;
	}

	/**
	 * A number as a cell reads it, O for 0 and full-width digits included: a line of it alone (a cell pushed out) or
	 * at an item line's end; a label's last word that is one (行政许可 44 7228, a space inside a number) makes the
	 * line no item line.
	 */
	private static boolean isFigure(String text) {
		return CellReader.read(text, "").cell().state() == CellState.NUMBER;
	}

	private void addRow(List<GridCell> cells, int number) {
		addRow(cells, number, cells.size());
	}

	private void addRow(List<GridCell> cells, int number, int printed) {
		List<GridCell> row = new ArrayList<>(cells);
		if (this.table == 2) {
			GridRow printedRow = new GridRow(List.copyOf(row));
			int lost = lostInTableTwo(row, printed);
			if (lost > 0) {
				this.shortRows.add(new ShortRow(printedRow, lost));
			}
			this.rows.add(printedRow);
			return;
		}
		boolean lost = false;
		if (this.table == 3) {
			lost = lostCells(cells, printed);
			underBlockHeading(row);
		}
		this.rows.add(new GridRow(List.copyOf(row), lost));
	}

	/**
	 * True for a table 三 row printing fewer cells after its labels than the form's seven columns, or more from its
	 * first value up to its last filled cell: a cell the converter dropped (an OCR that missed a 0) or split in two (1 | 42 for 142)
	 * shifted the others, and which one it was is a guess.
	 */
	private static boolean lostCells(List<GridCell> cells, int printed) {
		int first = 0;
		// the row's last label before its first value: blank cells after it are merged label columns or values left
		// blank (| 予以公开 |  | 1 |), so the row has room for seven values from there
		int labels = 0;
		while (first < cells.size() && !CellReader.isValueLike(cells.get(first).text())) {
			labels = cells.get(first).text().isEmpty() ? labels : first + 1;
			first++;
		}
		// cells() dropped the row's trailing empty cells: the last one kept is its last filled cell
		return first < cells.size() && (printed - labels < FormOrder.TABLE_THREE_VALUES
				|| cells.size() - first > FormOrder.TABLE_THREE_VALUES);
	}

	/** How many cells a table 二 item row prints fewer than its block's header has columns; a header row sets them. */
	private int lostInTableTwo(List<GridCell> row, int printed) {
		String first = Labels.normalize(row.get(0).text());
		if (first.equals(HEADER)) {
			this.tableTwoColumns = row.size() - 1;
			return 0;
		}
		if (first.startsWith(FormWords.ARTICLE)) {
			return 0;
		}
		return Math.max(0, this.tableTwoColumns - (printed - 1));
	}

	/**
	 * When part 二 ends, its rows printing fewer cells than their block's header take back the cells the converter
	 * pushed out with their notes ({@code 22} / {@code （其中修订 16 件）}), in order, only when the cells pushed out are
	 * exactly as many as the rows lack: then each is where the converter took it from. A row with one cell lost takes
	 * it after its first value (the converter keeps a row's first and last cells in place, as in 规章 | 22 | 235 with
	 * 22（其中修订 16 件） taken out between them); a row with no value printed takes its cells in order. Rows without
	 * values are rows left blank when the cells pushed out are just as many as the rows with values lack. Otherwise
	 * (a pushed-out cell lost, or one too many) which row and column each cell came from is a guess: every short row
	 * with values, and every short row when cells were pushed out, is printed but unplaced, and TABLE-INCOMPLETE names
	 * it rather than figures moved to another cell.
	 */
	private void placePushedOutCells() {
		int withValues = this.shortRows.stream().filter(ShortRow::hasValues).mapToInt(ShortRow::lost).sum();
		int all = this.shortRows.stream().mapToInt(ShortRow::lost).sum();
		boolean fillAll = this.orphans.size() == all;
		boolean fillWithValues = this.orphans.size() == withValues;
		boolean pushedOut = !this.orphans.isEmpty();
		Map<GridRow, GridRow> placed = new IdentityHashMap<>();
		for (ShortRow shortRow : this.shortRows) {
			if (fillAll || fillWithValues && shortRow.hasValues()) {
				List<GridCell> cells = new ArrayList<>(shortRow.printed().cells());
				List<GridCell> taken = new ArrayList<>();
				for (int c = 0; c < shortRow.lost(); c++) {
					taken.add(this.orphans.poll());
				}
				long values = cells.stream().skip(1).filter((cell) -> CellReader.isValueLike(cell.text())).count();
				if (values == 0) {
					cells.subList(1, cells.size()).clear();
					cells.addAll(taken);
				}
				else if (shortRow.lost() == 1 && cells.size() >= 3) {
					cells.add(2, taken.get(0));
				}
				else {
					// first and last kept, but the row printed fewer: where its values stood is a guess
					placed.put(shortRow.printed(), new GridRow(shortRow.printed().cells(), true));
					continue;
				}
				placed.put(shortRow.printed(), new GridRow(List.copyOf(cells)));
			}
			else if (shortRow.hasValues() || pushedOut) {
				placed.put(shortRow.printed(), new GridRow(shortRow.printed().cells(), true));
			}
		}
		for (int b = 0; b < this.blocks.size() && !placed.isEmpty(); b++) {
			if (this.blocks.get(b) instanceof Grid grid && grid.rows().stream().anyMatch(placed::containsKey)) {
				this.blocks.set(b, new Grid(grid.rows().stream().map((row) -> placed.getOrDefault(row, row)).toList()));
			}
		}
		this.shortRows.clear();
		this.orphans.clear();
	}

	/** A table 三 value row under its block's heading: the heading is its parent, or its label when repeated. */
	private void underBlockHeading(List<GridCell> row) {
		if (this.blockHeading == null || row.stream().noneMatch((cell) -> CellReader.isValueLike(cell.text()))) {
			return;
		}
		String label = row.get(0).text();
		if (CellReader.isValueLike(label) || OWN_NUMBER.matcher(Labels.normalize(label)).matches()) {
			return;
		}
		GridCell heading = new GridCell(this.blockHeading, this.blockHeadingLine);
		if (FormOrder.key(this.blockHeading).endsWith(FormOrder.key(label))) {
			row.set(0, new GridCell(this.blockHeading, row.get(0).line()));
		}
		else {
			row.add(0, heading);
		}
	}

	private void endTable() {
		if (this.rows.isEmpty()) {
			return;
		}
		Grid grid = new Grid(List.copyOf(this.rows));
		this.rows.clear();
		if (this.table == 4) {
			this.groupTables.add(grid);
		}
		else {
			this.blocks.add(grid);
		}
	}

	/** Table 四's tables go in as one table when each was one group's header and values under its heading. */
	private void endPart() {
		if (this.table == 2) {
			placePushedOutCells();
		}
		if (this.groupTables.isEmpty()) {
			return;
		}
		boolean perGroup = this.groupTables.size() > 1 && this.groupTables.size() == this.groupHeadings.size()
				&& this.groupTables.stream().allMatch((grid) -> grid.rows().size() == 2);
		if (perGroup) {
			List<GridCell> groups = new ArrayList<>();
			List<GridCell> results = new ArrayList<>();
			List<GridCell> values = new ArrayList<>();
			for (int g = 0; g < this.groupTables.size(); g++) {
				groups.addAll(groupLabels(this.groupHeadings.get(g)));
				results.addAll(this.groupTables.get(g).rows().get(0).cells());
				values.addAll(this.groupTables.get(g).rows().get(1).cells());
			}
			this.blocks.add(new Grid(List.of(new GridRow(groups), new GridRow(results), new GridRow(values))));
		}
		else {
			this.blocks.addAll(this.groupTables);
		}
		this.groupTables.clear();
		this.groupHeadings.clear();
	}

	/** {@code 行政诉讼（复议后起诉）} is the group 复议后起诉 under 行政诉讼. */
	private static List<GridCell> groupLabels(GridCell heading) {
		String text = heading.text();
		int open = Math.max(text.indexOf('（'), text.indexOf('('));
		if (open <= 0) {
			return List.of(heading);
		}
		String inner = text.substring(open + 1).replaceAll("[）)]\\s*$", "");
		return List.of(new GridCell(text.substring(0, open).strip(), heading.line()),
				new GridCell(inner.strip(), heading.line()));
	}

}
