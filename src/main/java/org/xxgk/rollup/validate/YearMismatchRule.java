package org.xxgk.rollup.validate;

import java.util.List;
import java.util.Set;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/**
 * YEAR-MISMATCH (error): the year the report states differs from the year being consolidated. A report that states
 * no year (the parser found none in the title or 统计期限) raises nothing here: it was submitted for the year being
 * consolidated, and an unstated year is not evidence of a wrong one.
 */
public final class YearMismatchRule extends BaseRule {

	public static final String ID = Rule.YEAR_MISMATCH.id();

	public YearMismatchRule() {
		super(Rule.YEAR_MISMATCH, false, Set.of());
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		if (report.year() == null || report.year() == context.year()) {
			return List.of();
		}
		return List.of(Findings.of(rule(), null, report.source().path(), String.valueOf(context.year()),
				String.valueOf(report.year()), "报告写明的年度是" + report.year() + "年，但本次汇总的是" + context.year()
						+ "年度的报告，请报送" + context.year() + "年度的报告。"));
	}

}
