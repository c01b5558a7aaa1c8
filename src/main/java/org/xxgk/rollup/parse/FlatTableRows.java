package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.List;

import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.parse.SourceDocument.GridCell;
import org.xxgk.rollup.parse.SourceDocument.GridRow;

/**
 * Rebuilds table rows from a flat run of cells (a web table copied one cell per line, row boundaries lost), using
 * what the form itself says: in table 二 a row starts at 第二十条…, 信息内容 or an item label; in table 三 the header
 * splits into its two levels (自然人 … 总计 | the five kinds of 法人或其他组织) and a data row starts at a label that
 * follows a number; in table 四 the numbers start the value row. Labels of both templates are known.
 */
final class FlatTableRows {

	private static final List<LabelIndex> INDEXES = List.of(LabelIndex.of(Template.V2019),
			LabelIndex.of(Template.V2021));

	private FlatTableRows() {
	}

	/** Digits one space apart that can be one number: groups of three after the first (3 119, 1 026 000). */
	private static final java.util.regex.Pattern THOUSANDS = java.util.regex.Pattern.compile("\\d{1,3}(?: \\d{3})+");

	/**
	 * A line of numbers one space apart that no thousands spacing explains ({@code 264 12}, {@code 1139 48}: a PDF's
	 * text in stream order puts two narrow cells' numbers on one line) is those numbers, each a cell of its own:
	 * read as one it would be a figure never printed (26412).
	 */
	private static List<GridCell> numbersApart(List<GridCell> cells) {
		List<GridCell> apart = new ArrayList<>(cells.size());
		for (GridCell cell : cells) {
			String text = cell.text().strip();
			if (GluedNumbers.isGapped(text) && !THOUSANDS.matcher(text).matches()) {
				for (int[] span : GluedNumbers.numbers(text)) {
					apart.add(new GridCell(text.substring(span[0], span[1]), cell.line()));
				}
			}
			else {
				apart.add(cell);
			}
		}
		return apart;
	}

	static List<GridRow> regroup(int table, List<GridCell> printed) {
		List<GridCell> cells = numbersApart(printed);
		List<GridRow> rows = new ArrayList<>();
		List<GridCell> row = new ArrayList<>();
		boolean header = true;
		String previous = null;
		boolean previousIsValue = false;
		int values = 0;
		for (GridCell cell : cells) {
			String label = LabelKey.of(cell.text());
			// a blank cell the copy kept is a value's place: after a row's label or values, never in a header but
			// after table 四's last label (总计), where its value row starts
			boolean blank = cell.text().isBlank();
			if (blank && (table == 3 && header || table != 3 && previous == null
					|| table == 4 && !previousIsValue && !FormWords.TOTAL.equals(previous)
					|| table == 2 && (previous.startsWith(FormWords.ARTICLE) || previous.equals(FormWords.CONTENT)))) {
				continue;
			}
			boolean value = blank || CellReader.isValueLike(cell.text());
			boolean breakBefore = switch (table) {
				case 2 -> !value && (label.startsWith(FormWords.ARTICLE) || label.equals(FormWords.CONTENT) || isRow(2, label)
						|| previous != null && previous.startsWith(FormWords.ARTICLE));
				case 3 -> {
					if (header && !value && isRow(3, label) && !isColumn(3, label)) {
						header = false;
						yield true;
					}
					// a run of seven values is a row: its label may come elsewhere (a PDF's text in stream order)
					yield header ? isColumn(3, label) && (previous == null || !isColumn(3, previous))
							&& !FormWords.ORGANISATIONS.equals(previous) || FormWords.TOTAL.equals(previous)
							: !value && previousIsValue || value && values == FormOrder.TABLE_THREE_VALUES;
				}
				case 4 -> value && !previousIsValue;
				default -> false;
			};
			if (breakBefore && !row.isEmpty()) {
				rows.add(new GridRow(List.copyOf(row)));
				row.clear();
			}
			values = breakBefore ? 0 : values;
			row.add(cell);
			values += value ? 1 : 0;
			previous = label;
			previousIsValue = value;
		}
		if (!row.isEmpty()) {
			rows.add(new GridRow(List.copyOf(row)));
		}
		return withLostPositions(table, rows);
	}

	/**
	 * The rows with those marked whose values are fewer than the form's columns there (a copy that dropped blank
	 * cells) or more (a cell line copied twice, a blank cell's line copied twice, or a lost label line read as a
	 * blank cell; in table 三, more filled values): the values are the row's, but nothing says which column each stood in. Table 二's item rows against
	 * their block's header, table 三's data rows against its seven columns, table 四's value row against fifteen. A
	 * table 三 row of seven values followed by a run of fewer without a label is one row too long, cut at seven:
	 * both are marked.
	 */
	private static List<GridRow> withLostPositions(int table, List<GridRow> rows) {
		List<GridRow> marked = new ArrayList<>();
		int columns = 0;
		boolean header = true;
		for (int r = 0; r < rows.size(); r++) {
			List<GridCell> cells = rows.get(r).cells();
			String first = LabelKey.of(cells.get(0).text());
			long values = values(cells, true);
			long filled = values(cells, false);
			boolean lost = switch (table) {
				case 2 -> {
					if (first.equals(FormWords.CONTENT)) {
						columns = cells.size() - 1;
						yield false;
					}
					yield isRow(2, first) && values != columns;
				}
				case 3 -> {
					header &= values == 0;
					yield !header && values > 0 && (values < FormOrder.TABLE_THREE_VALUES
							|| values == FormOrder.TABLE_THREE_VALUES && isRemainder(rows, r + 1));
				}
				case 4 -> values > 0 && values != FormOrder.TABLE_FOUR_VALUES;
				default -> false;
			};
			marked.add(lost ? new GridRow(cells, true) : rows.get(r));
		}
		return marked;
	}

	/** The values of a row's cells, blank cells counted when {@code blanks}. */
	private static long values(List<GridCell> cells, boolean blanks) {
		return cells.stream()
			.filter((c) -> c.text().isBlank() ? blanks : CellReader.isValueLike(c.text()))
			.count();
	}

	/** True for a row of table 三 that is only values, fewer than seven: what is left of a row cut at seven. */
	private static boolean isRemainder(List<GridRow> rows, int r) {
		if (r >= rows.size()) {
			return false;
		}
		List<GridCell> cells = rows.get(r).cells();
		long values = values(cells, true);
		return values == cells.size() && values < FormOrder.TABLE_THREE_VALUES;
	}

	private static boolean isRow(int table, String label) {
		return INDEXES.stream().anyMatch((index) -> index.row(table, label).found());
	}

	private static boolean isColumn(int table, String label) {
		return INDEXES.stream().anyMatch((index) -> index.column(table, label).found());
	}

}
