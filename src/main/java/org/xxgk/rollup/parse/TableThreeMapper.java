package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.parse.SourceDocument.GridCell;
import org.xxgk.rollup.parse.SourceDocument.GridRow;

/**
 * Table 三: a two-level header (自然人 | 法人或其他组织 → five kinds | 总计) over hierarchical row labels
 * (三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密) whose merged parent cells come out empty. Columns are
 * resolved from the header labels; rows from the labels in their leading cells, inheriting empty parents from the
 * row above.
 */
final class TableThreeMapper {

	private static final int TABLE = 3;

	void map(List<GridRow> rows, LabelIndex index, Figures figures) {
		Optional<List<String>> formRows = FormOrder.tableThreeRows(rows, index);
		if (formRows.isPresent()) {
			mapInFormOrder(rows, formRows.get(), index, figures);
			return;
		}
		List<String> columns = new ArrayList<>();
		List<String> parents = List.of();
		boolean inData = false;
		for (int r = 0; r < rows.size(); r++) {
			GridRow row = rows.get(r);
			if (row.isEmpty()) {
				continue;
			}
			int labelCount = labelCount(row, columns.size());
			List<String> parts = inheritParents(row.cells().subList(0, labelCount), parents);
			Optional<String> rowLabel = index.matchRow(TABLE, parts);
			if (rowLabel.isEmpty() && inData) {
				List<String> withParents = underParents(parts, parents, index);
				rowLabel = index.matchRow(TABLE, withParents);
				parts = rowLabel.isPresent() ? withParents : parts;
			}
			if (rowLabel.isEmpty() && !inData) {
				if (columns.isEmpty()) {
					columns = columns(rows.subList(r, rows.size()), r, index, figures);
				}
				continue;
			}
			inData = true;
			parents = parts;
			if (rowLabel.isEmpty()) {
				GridCell first = row.cells().get(0);
				figures.unexpected(TABLE, String.join("", parts), Locations.row(TABLE, r + 1, first.line()));
				continue;
			}
			mapValues(row, r, labelCount, rowLabel.get(), columns, index, figures);
		}
	}

	/**
	 * The value rows taken in the form's order ({@link FormOrder}): each row's values under the header's columns when
	 * the header names seven, else under the form's.
	 */
	private static void mapInFormOrder(List<GridRow> rows, List<String> formRows, LabelIndex index,
			Figures figures) {
		int header = 0;
		while (header < rows.size() && formRows.get(header) == null && rows.get(header).isEmpty()) {
			header++;
		}
		List<String> columns = (header < rows.size() && formRows.get(header) == null)
				? columns(rows.subList(header, rows.size()), header, index, figures)
				: FormOrder.tableThreeColumns(index);
		for (int r = 0; r < rows.size(); r++) {
			if (formRows.get(r) != null) {
				GridRow row = rows.get(r);
				mapValues(row, r, row.cells().size() - columns.size(), formRows.get(r), columns, index, figures);
			}
		}
	}

	/**
	 * The value columns from the header rows starting at {@code rows}; when they are not seven columns mostly named
	 * as the form names them (a converter's {@code 数据1…数据6}, labels split per character) and the table has rows of
	 * seven values, the form's.
	 */
	private static List<String> columns(List<GridRow> rows, int r, LabelIndex index, Figures figures) {
		List<String> columns = HeaderColumns.flatten(rows, index.columns(TABLE));
		long known = columns.stream().filter(index.columns(TABLE)::contains).count();
		boolean named = columns.size() == FormOrder.TABLE_THREE_VALUES && known * 2 > columns.size();
		if (!named && rows.stream().anyMatch(FormOrder::isValueRow)) {
			return FormOrder.tableThreeColumns(index);
		}
		reportUnknownColumns(columns, r, rows.get(0), index, figures);
		return columns;
	}

	private static void reportUnknownColumns(List<String> columns, int r, GridRow row, LabelIndex index,
			Figures figures) {
		columns.stream()
			.filter((column) -> !index.columns(TABLE).contains(column))
			.forEach((column) -> figures.unexpected(TABLE, column,
					Locations.row(TABLE, r + 1, row.cells().get(0).line())));
	}

	/** Values are the trailing cells, one per header column; when cells are missing, labels are the leading text. */
	private static int labelCount(GridRow row, int columnCount) {
		int count = row.cells().size() - columnCount;
		if (count >= 1 && columnCount > 0) {
			return count;
		}
		int labels = 0;
		while (labels < row.cells().size() && !CellReader.isValueLike(row.cells().get(labels).text())) {
			labels++;
		}
		return Math.max(1, Math.min(labels, row.cells().size()));
	}

	private static List<String> inheritParents(List<GridCell> labelCells, List<String> parents) {
		List<String> parts = new ArrayList<>();
		boolean ownLabelSeen = false;
		for (int i = 0; i < labelCells.size(); i++) {
			String text = labelCells.get(i).text().strip();
			if (!text.isEmpty()) {
				parts.add(text);
				ownLabelSeen = true;
			}
			else if (!ownLabelSeen && i < parents.size()) {
				parts.add(parents.get(i));
			}
		}
		return parts;
	}

	/**
	 * A sub-row written without its merged parent cells (pipe rows and cell-per-line text drop them, rather than
	 * leaving them empty): 2.其他法律行政法规禁止公开 under the （三）不予公开 of the row above.
	 */
	private static List<String> underParents(List<String> parts, List<String> parents, LabelIndex index) {
		for (int keep = parents.size() - 1; keep >= 1; keep--) {
			List<String> candidate = new ArrayList<>(parents.subList(0, keep));
			candidate.addAll(parts);
			if (index.matchRow(TABLE, candidate).isPresent()) {
				return candidate;
			}
		}
		return parts;
	}

	private static void mapValues(GridRow row, int r, int labelCount, String rowLabel, List<String> columns,
			LabelIndex index, Figures figures) {
		for (int c = 0; c < columns.size(); c++) {
			Optional<Metric> metric = index.find(TABLE, rowLabel, columns.get(c));
			if (metric.isEmpty()) {
				continue;
			}
			figures.putAt(metric.get(), TABLE, r + 1, row, labelCount + c, null);
		}
	}

}
