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
 * resolved from the header labels (a header naming them out of the form's order leaves each row printed but
 * unplaced); rows from the labels in their leading cells, inheriting empty parents from the row above.
 */
final class TableThreeMapper {

	private static final int TABLE = 3;

	private static final String TOTAL = FormWords.TOTAL;

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
			// the header's 总计 is also the key of the row （七）总计: a row naming an applicant column is header
			boolean header = !inData && namesApplicant(row, index);
			LabelMatcher.Match rowLabel = new LabelMatcher.Match(null, "");
			for (boolean exact : header ? List.<Boolean>of() : List.of(true, false)) {
				rowLabel = index.matchRowParts(TABLE, parts, exact);
				List<String> withParents = inData ? underParents(parts, parents, index, exact) : parts;
				if (!rowLabel.found() || (!exact && withParents != parts)) {
					LabelMatcher.Match underParent = index.matchRowParts(TABLE, withParents, exact);
					rowLabel = underParent.found() ? underParent : rowLabel;
					parts = underParent.found() ? withParents : parts;
				}
				if (rowLabel.found()) {
					break;
				}
			}
			if (!rowLabel.found() && !inData) {
				if (columns.isEmpty()) {
					columns = columns(rows.subList(r, rows.size()), r, index, figures);
				}
				continue;
			}
			inData = true;
			// a row near no label of the form printed alone does not stand for the parents of the rows after it
			parents = (rowLabel.found() || parts.size() > 1 || parents.isEmpty()) ? parts : parents;
			if (!rowLabel.found()) {
				GridCell first = row.cells().get(0);
				figures.unexpected(TABLE, String.join("", parts), rowLabel.nearest(),
						Locations.row(TABLE, r + 1, first.line()));
				continue;
			}
			if (row.positionsLost()) {
				// its values are there, but not which column each stood in: none is guessed
				figures.unplaced(rowLabel.nearest(), row.runTogether());
				continue;
			}
			mapValues(row, r, labelCount, rowLabel.label(), columns, index, figures);
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
			GridRow row = rows.get(r);
			if (formRows.get(r) != null && row.positionsLost()) {
				// its values are there, but not which column each stood in: none is guessed
				figures.unplaced(index.row(TABLE, formRows.get(r)).nearest(), row.runTogether());
			}
			else if (formRows.get(r) != null) {
				mapValues(row, r, row.cells().size() - columns.size(), formRows.get(r), columns, index, figures);
			}
			else if (r > header && FormOrder.isValueRow(row)) {
				// a row the unit added (合计, 小计): its figures are no figures of the form
				String label = String.join("", row.cells().subList(0, row.cells().size() - columns.size()).stream()
					.map(GridCell::text).filter((text) -> !text.isBlank()).toList());
				figures.unexpected(TABLE, label, index.row(TABLE, label).nearest(), Locations.row(TABLE, r + 1, row.cells().get(0).line()));
			}
		}
	}

	/**
	 * The value columns from the header rows starting at {@code rows}; when they are not seven columns mostly named
	 * as the form names them (a converter's {@code 数据1…数据6}, labels split per character) and the table has rows of
	 * seven values, the form's.
	 */
	private static List<String> columns(List<GridRow> rows, int r, LabelIndex index, Figures figures) {
		List<String> columns = HeaderColumns.flatten(rows, index.columns(TABLE),
				(text) -> index.columnOrSelf(TABLE, text));
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
			.forEach((column) -> figures.unexpected(TABLE, column, index.column(TABLE, column).nearest(),
					Locations.row(TABLE, r + 1, row.cells().get(0).line())));
	}

	private static boolean namesApplicant(GridRow row, LabelIndex index) {
		return row.cells().stream().anyMatch((cell) -> {
			LabelMatcher.Match column = index.column(TABLE, cell.text());
			return column.found() && !LabelKey.of(column.label()).equals(TOTAL);
		});
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
	private static List<String> underParents(List<String> parts, List<String> parents, LabelIndex index,
			boolean exact) {
		String own = String.join("", parts);
		for (int keep = parents.size() - 1; keep >= 1; keep--) {
			for (int start = 0; start < keep; start++) {
				LabelMatcher.Match match = index.row(TABLE, String.join("", parents.subList(start, keep)) + own);
				if (match.found() && (!exact || match.isExact())) {
					List<String> candidate = new ArrayList<>(parents.subList(0, keep));
					candidate.addAll(parts);
					return candidate;
				}
			}
		}
		return parts;
	}

	/**
	 * The row's cells by column; none when the header names the form's columns out of its order. A 2021-form report printing （六）其他处理 as one row with figures (the 2019 form's
	 * row) gives the （六） totals, which the 2021 form otherwise derives from the three sub-rows.
	 */
	private static void mapValues(GridRow row, int r, int labelCount, String rowLabel, List<String> columns,
			LabelIndex index, Figures figures) {
		if (!FormOrder.inFormOrder(columns, FormOrder.tableThreeColumns(index))) {
			// a header naming the form's columns in another order (a copy's two header cells swapped): the row's
			// figures are there, which column each is in is a guess
			figures.unplacedRows.add(index.row(TABLE, rowLabel).nearest());
			return;
		}
		if (row.runTogether() != null) {
			// digits printed without a gap, cut into two cells by the row's 总计: read, and said to be so read
			figures.runTogether.putIfAbsent(index.row(TABLE, rowLabel).nearest(), row.runTogether());
		}
		boolean oneRowTotal = index.isDerivedRow(TABLE, rowLabel);
		if (oneRowTotal && row.cells().stream().skip(labelCount).noneMatch((cell) -> CellReader.isValueLike(cell.text()))) {
			return;
		}
		for (int c = 0; c < columns.size(); c++) {
			Optional<Metric> metric = oneRowTotal ? index.findDerived(TABLE, rowLabel, columns.get(c))
					: index.find(TABLE, rowLabel, columns.get(c));
			if (metric.isEmpty()) {
				continue;
			}
			figures.putAt(metric.get(), TABLE, r + 1, row, labelCount + c, null);
		}
	}

}
