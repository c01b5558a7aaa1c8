package org.xxgk.rollup.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/**
 * CELL-RUN-TOGETHER (warning, a rule id added by this project): a row of table 三 printed two cells' numbers without a
 * gap ({@code 125936} in a narrow column of a pdftotext copy), and the parser cut them into two figures because one
 * cut alone makes the row's 总计 the sum of its parts. The figures are read and counted, but they are not as printed:
 * the finding names the row, the text as printed and the two figures, so the county office can check the original.
 * CELL-ANNOTATED does not fit (nothing was written beside a number), nor TABLE-INCOMPLETE (the row was read).
 */
public final class CellRunTogetherRule extends BaseRule {

	public static final String ID = Rule.CELL_RUN_TOGETHER.id();

	public CellRunTogetherRule() {
		super(Rule.CELL_RUN_TOGETHER, false, Set.of(3, 4));
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		List<Finding> findings = new ArrayList<>();
		report.runTogether().forEach((row, readApart) -> {
			if (report.unplacedRows().contains(row)) {
				// not read at all: TABLE-INCOMPLETE names it
				return;
			}
			String total = totalOf(report, row);
			int table = (total != null) ? MetricCatalog.standard().get(total).table() : 3;
			String location = (total != null) ? FormLayout.location(report, total) : FormLayout.tableHeading(table);
			String message = (table == 4)
					? "表四“" + row + "”一组" + readApart + "（原文两栏数字之间没有空格，已按各组总计拆分并计入汇总），请核对原件。"
					: "表三“" + row + "”一行" + readApart + "（原文两栏数字之间没有空格，已按该行总计拆分并计入汇总），请核对原件。";
			findings.add(Findings.of(rule(), total, location, "两栏的数字分开印出", readApart, message));
		});
		return findings;
	}

	/** The code of the row's 总计 cell, by the row's label as the form prints it, or null. */
	private static String totalOf(Report report, String row) {
		for (Metric metric : MetricCatalog.standard().of(report.template())) {
			if ((metric.table() == 3 || metric.table() == 4) && metric.code().endsWith("." + FormLayout.TOTAL)
					&& row.equals(metric.rowLabel(report.template())) && report.figures().containsKey(metric.code())) {
				return metric.code();
			}
		}
		return null;
	}

}
