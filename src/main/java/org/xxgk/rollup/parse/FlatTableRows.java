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

	static List<GridRow> regroup(int table, List<GridCell> cells) {
		List<GridRow> rows = new ArrayList<>();
		List<GridCell> row = new ArrayList<>();
		boolean header = true;
		String previous = null;
		boolean previousIsValue = false;
		int values = 0;
		for (GridCell cell : cells) {
			String label = LabelKey.of(cell.text());
			boolean value = CellReader.isValueLike(cell.text());
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
		return rows;
	}

	private static boolean isRow(int table, String label) {
		return INDEXES.stream().anyMatch((index) -> index.row(table, label).found());
	}

	private static boolean isColumn(int table, String label) {
		return INDEXES.stream().anyMatch((index) -> index.column(table, label).found());
	}

}
