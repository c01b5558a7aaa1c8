package org.xxgk.rollup.validate;

import static org.xxgk.rollup.model.FormLayout.RESULT_TOTAL;

import java.util.ArrayList;
import java.util.List;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.model.Template;

/**
 * APP-RESULT-TOTAL (error): in table 三, for each column including 总计, （七）总计 = the sum of the result rows
 * （一）…（六）; in the 2021 template （六）其他处理 counts as its three sub-rows, or as its one row when the report
 * printed it as the 2019 form did.
 */
public final class AppResultTotalRule extends TotalRule {

	public static final String ID = Rule.APP_RESULT_TOTAL.id();

	public AppResultTotalRule() {
		super(Rule.APP_RESULT_TOTAL, 3);
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		Template template = report.template();
		boolean oneRow = TableGaps.printsOtherAsOneRow(report);
		List<String> rows = oneRow ? FormLayout.resultRows(Template.V2019) : FormLayout.resultRows(template);
		List<Finding> findings = new ArrayList<>();
		for (String column : FormLayout.COLUMNS) {
			Arithmetic results = Arithmetic.ofCells(report, rows.stream().map((row) -> row + column).toList(), false);
			String totalCode = RESULT_TOTAL + column;
			String parts = (template == Template.V2021 && !oneRow) ? "（一）至（五）各项与（六）其他处理三个小项" : "（一）至（六）各项办理结果";
			checkTotal(findings, report, results, totalCode, "（七）总计",
					"表三“" + FormLayout.metric(totalCode).columnLabel(template) + "”列", parts);
		}
		return findings;
	}

}
