package org.xxgk.rollup.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Template;

/**
 * The rows and columns of a found table that the parser found no cell of, in the form's order and words. A row whose
 * label was not recognised leaves all its cells absent (a blank cell of a found row is present, as blank), so this is
 * what TABLE-INCOMPLETE names, and what CELL-MISSING then leaves to it.
 *
 * @param rows the form's row labels of which no cell was found
 * @param columns the form's column labels of which no cell was found, when some rows were found, in no row printed
 *        but unplaced ({@link Report#unplacedRows})
 * @param cells table 四's cells absent from a group that was found (行政诉讼 复议后起诉 / 其他结果): each group has its
 *        own columns, printed in one line of values, so an absent one is a column the page lacks (a wide table cut at
 *        the page's edge), not a blank cell, which is read as blank
 * @param otherAsOneRow the report printed （六）其他处理 as one row, so its 2021 sub-rows are absent by design
 */
record TableGaps(List<String> rows, List<String> columns, List<String> cells, boolean otherAsOneRow) {

	private static final String OTHER = FormLayout.RESULT_OTHER;

	boolean isEmpty() {
		return this.rows.isEmpty() && this.columns.isEmpty() && this.cells.isEmpty();
	}

	/** True when the metric's cell is absent because its row or column is one of the gaps, or by design. */
	boolean covers(Metric metric, Template template) {
		return this.rows.contains(metric.rowLabel(template)) || this.columns.contains(metric.columnLabel(template))
				|| this.cells.contains(metric.displayLabel(template)) || (this.otherAsOneRow && isOtherSubRow(metric.code()));
	}

	private static boolean isOtherSubRow(String code) {
		return code.startsWith(OTHER) && code.indexOf('.', OTHER.length()) > 0;
	}

	static TableGaps of(Report report, int table) {
		Template template = report.template();
		Map<String, Boolean> rowFound = new LinkedHashMap<>();
		Map<String, Boolean> columnFound = new LinkedHashMap<>();
		boolean otherAsOneRow = printsOtherAsOneRow(report);
		for (Metric metric : MetricCatalog.standard().of(template)) {
			if (metric.table() != table || FormLayout.isDerived(metric, template)
					|| (otherAsOneRow && isOtherSubRow(metric.code()))) {
				continue;
			}
			boolean found = report.figures().get(metric.code()) != null;
			rowFound.merge(metric.rowLabel(template), found, Boolean::logicalOr);
			// a row printed but unplaced prints its columns: they are not what the table lacks
			columnFound.merge(metric.columnLabel(template),
					found || report.unplacedRows().contains(metric.rowLabel(template)), Boolean::logicalOr);
		}
		List<String> rows = absent(rowFound);
		List<String> columns = (rows.size() < rowFound.size()) ? absent(columnFound) : List.of();
		List<String> cells = new ArrayList<>();
		if (table == 4) {
			for (Metric metric : MetricCatalog.standard().of(template)) {
				if (metric.table() == 4 && report.figures().get(metric.code()) == null
						&& !rows.contains(metric.rowLabel(template)) && !columns.contains(metric.columnLabel(template))) {
					cells.add(metric.displayLabel(template));
				}
			}
		}
		return new TableGaps(rows, columns, List.copyOf(cells), otherAsOneRow);
	}

	/**
	 * True for a 2021-form report that printed （六）其他处理 as one row, as the 2019 form has it: its totals were read
	 * from the page and none of its three sub-rows was found.
	 */
	static boolean printsOtherAsOneRow(Report report) {
		if (report.template() != Template.V2021) {
			return false;
		}
		boolean totalPrinted = FormLayout.COLUMNS.stream()
			.map((column) -> report.figures().get(OTHER + column))
			.anyMatch((cell) -> cell != null && cell.state() != CellState.DERIVED);
		return totalPrinted && report.figures()
			.keySet()
			.stream()
			.noneMatch(TableGaps::isOtherSubRow);
	}

	private static List<String> absent(Map<String, Boolean> found) {
		List<String> absent = new ArrayList<>();
		found.forEach((label, any) -> {
			if (!any) {
				absent.add(label);
			}
		});
		return absent;
	}

}
