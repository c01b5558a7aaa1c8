package org.xxgk.rollup.validate;

import java.util.ArrayList;
import java.util.List;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.model.Template;

/**
 * APP-COLUMN-TOTAL (error): in table 三, for each printed row, the 总计 column = 自然人 + the five 法人或其他组织
 * columns. The 2021 （六）其他处理 row is not printed (its sub-rows are, and are checked).
 */
public final class AppColumnTotalRule extends TotalRule {

	public static final String ID = Rule.APP_COLUMN_TOTAL.id();

	public AppColumnTotalRule() {
		super(Rule.APP_COLUMN_TOTAL, 3);
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		Template template = report.template();
		List<Finding> findings = new ArrayList<>();
		for (String row : FormLayout.tableThreeRows(template)) {
			if (FormLayout.isDerivedRow(row, template) && !TableGaps.printsOtherAsOneRow(report)) {
				continue;
			}
			Arithmetic applicants = Arithmetic.ofCells(report,
					FormLayout.APPLICANTS.stream().map((column) -> row + column).toList(), true);
			String totalCode = row + "total";
			checkTotal(findings, report, applicants, totalCode, "总计",
					"表三“" + FormLayout.metric(totalCode).rowLabel(template) + "”行", "自然人与法人或其他组织各列");
		}
		return findings;
	}

}
