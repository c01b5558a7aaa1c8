package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.parse.SourceDocument.GridCell;
import org.xxgk.rollup.parse.SourceDocument.GridRow;

/**
 * Where a converter's copy of a table lost what the labels say, the form's own structure decides. PDF and OCR
 * converters head table 三's applicant columns {@code 数据1…数据6} or split them per character, separate row labels
 * from their values and push them between other rows, and garble table 四's header; but they keep the form's rows
 * and columns in the form's order. So: table 三's seven value columns are the form's when the header does not name
 * seven columns; its value rows are the form's rows in order when there are exactly as many as the template has and
 * no row's own label contradicts the form's label at its place; table 四's fifteen values are the form's in order.
 */
final class FormOrder {

	/** Value columns of table 三: 自然人, the five kinds of 法人或其他组织, 总计. */
	static final int TABLE_THREE_VALUES = 7;

	/** Values of table 四: five results for 行政复议 and for each kind of 行政诉讼. */
	static final int TABLE_FOUR_VALUES = 15;

	private FormOrder() {
	}

	/** True if a table 三 row ends in the seven value cells (blank cells included) with at least one value. */
	static boolean isValueRow(GridRow row) {
		List<GridCell> cells = row.cells();
		if (cells.size() < TABLE_THREE_VALUES) {
			return false;
		}
		boolean value = false;
		for (GridCell cell : cells.subList(cells.size() - TABLE_THREE_VALUES, cells.size())) {
			boolean valueLike = CellReader.isValueLike(cell.text());
			if (!valueLike && !cell.text().isBlank()) {
				return false;
			}
			value |= valueLike;
		}
		return value && cells.subList(0, cells.size() - TABLE_THREE_VALUES)
			.stream()
			.noneMatch((cell) -> CellReader.isValueLike(cell.text()));
	}

	/**
	 * For each row of table 三, the form's (normalised) row label when the value rows are taken in the form's order,
	 * else null; empty when the order cannot be trusted: not as many value rows as the template's rows, or a row's own
	 * label (its last label cell) that is not part of the form's label at its place.
	 */
	static Optional<List<String>> tableThreeRows(List<GridRow> rows, LabelIndex index) {
		List<String> formRows = rowLabels(index, 3);
		List<String> assigned = new ArrayList<>();
		int next = 0;
		int labelled = 0;
		for (GridRow row : rows) {
			if (!isValueRow(row)) {
				assigned.add(null);
				continue;
			}
			if (next == formRows.size()) {
				return Optional.empty();
			}
			String formRow = formRows.get(next++);
			String own = ownLabel(row);
			if (!own.isEmpty()) {
				if (!key(formRow).contains(own)) {
					return Optional.empty();
				}
				labelled++;
			}
			assigned.add(formRow);
		}
		// the rows must all be there, and mostly labelled: a block of bare numbers is not read as the form
		return (next == formRows.size() && labelled * 2 >= formRows.size()) ? Optional.of(assigned) : Optional.empty();
	}

	/** The form's normalised column labels of table 三, in the form's order. */
	static List<String> tableThreeColumns(LabelIndex index) {
		return List.copyOf(index.columns(3));
	}

	/** The metrics of table 四 in the form's order (行政复议, 未经复议直接起诉, 复议后起诉; 结果维持 … 总计). */
	static List<Metric> tableFour(LabelIndex index) {
		return printed(index, 4);
	}

	/** The label of a row's own (right-most) label cell, as a key: letters and digits only. */
	private static String ownLabel(GridRow row) {
		List<GridCell> labels = row.cells().subList(0, row.cells().size() - TABLE_THREE_VALUES);
		for (int i = labels.size() - 1; i >= 0; i--) {
			String key = key(labels.get(i).text());
			if (!key.isEmpty()) {
				return key;
			}
		}
		return "";
	}

	/**
	 * A label reduced to its letters and digits, so numbering styles (1. 1、 （1）) and punctuation (、 or ,) do not
	 * decide whether a fragment is part of a form label.
	 */
	static String key(String label) {
		String normalized = Labels.normalize(label);
		StringBuilder key = new StringBuilder(normalized.length());
		normalized.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
		return key.toString();
	}

	private static List<String> rowLabels(LabelIndex index, int table) {
		List<String> labels = new ArrayList<>();
		for (Metric metric : printed(index, table)) {
			String label = Labels.normalize(metric.rowLabel(index.template()));
			if (!labels.contains(label)) {
				labels.add(label);
			}
		}
		return labels;
	}

	private static List<Metric> printed(LabelIndex index, int table) {
		return MetricCatalog.standard()
			.of(index.template())
			.stream()
			.filter((metric) -> metric.table() == table)
			.filter((metric) -> !FormLayout.isDerived(metric.code(), index.template()))
			.toList();
	}

}
