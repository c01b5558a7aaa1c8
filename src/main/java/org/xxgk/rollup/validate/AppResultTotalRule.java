package org.xxgk.rollup.validate;

import static org.xxgk.rollup.validate.FormLayout.RESULT_TOTAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Template;

/**
 * APP-RESULT-TOTAL (error): in table 三, for each column including 总计, （七）总计 = the sum of the result rows
 * （一）…（六）; in the 2021 template （六）其他处理 counts as its three sub-rows.
 */
public final class AppResultTotalRule extends BaseRule {

	public static final String ID = "APP-RESULT-TOTAL";

	public AppResultTotalRule() {
		super(ID, false, Set.of(3));
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		Template template = report.template();
		List<String> rows = FormLayout.resultRows(template);
		List<Finding> findings = new ArrayList<>();
		for (String column : FormLayout.COLUMNS) {
			Arithmetic results = Arithmetic.ofCells(report, rows.stream().map((row) -> row + column).toList(), false);
			String totalCode = RESULT_TOTAL + column;
			BigDecimal total = report.valueOrZero(totalCode);
			if (results.differsFrom(total)) {
				String label = FormLayout.metric(totalCode).columnLabel(template);
				String parts = (template == Template.V2021) ? "（一）至（五）各项与（六）其他处理三个小项" : "（一）至（六）各项办理结果";
				findings.add(Findings.error(ID, totalCode, FormLayout.location(report, totalCode), results.shown(),
						Arithmetic.of("（七）总计", total).shown(),
						"表三“" + label + "”列：（七）总计(" + Findings.plain(total) + ")应等于" + parts + "之和("
								+ Findings.plain(results.total()) + ")，请核对。"));
			}
		}
		return findings;
	}

}
