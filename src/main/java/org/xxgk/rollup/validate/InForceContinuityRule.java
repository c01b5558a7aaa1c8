package org.xxgk.rollup.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.model.Template;

/**
 * IN-FORCE-CONTINUITY (warning): 2021 template, and last year's accepted report known and in the 2021 template too:
 * for 规章 and 行政规范性文件, 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数.
 */
public final class InForceContinuityRule extends BaseRule {

	public static final String ID = Rule.IN_FORCE_CONTINUITY.id();

	public InForceContinuityRule() {
		super(Rule.IN_FORCE_CONTINUITY, true, Set.of(2));
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		if (report.template() != Template.V2021) {
			return List.of();
		}
		Optional<PriorReport> prior = context.previousYear().filter((p) -> p.template() == Template.V2021);
		if (prior.isEmpty()) {
			return List.of();
		}
		List<Finding> findings = new ArrayList<>();
		for (String prefix : FormLayout.DOCUMENT_ROWS) {
			BigDecimal previous = prior.get().figures().get(prefix + "in_force");
			if (previous == null) {
				continue;
			}
			Arithmetic expected = Arithmetic.of("上年现行有效", previous)
				.plus("本年制发", report.valueOrZero(prefix + "issued"))
				.minus("本年废止", report.valueOrZero(prefix + "repealed"));
			BigDecimal inForce = report.valueOrZero(prefix + "in_force");
			if (expected.differsFrom(inForce)) {
				String row = FormLayout.metric(prefix + "in_force").rowLabel(Template.V2021);
				findings.add(Findings.of(rule(), prefix + "in_force", FormLayout.location(report, prefix + "in_force"),
						expected.shown(), Arithmetic.of("现行有效", inForce).shown(),
						"表二“" + row + "”：现行有效件数(" + Findings.plain(inForce) + ")应等于" + prior.get().year()
								+ "年度报告的现行有效件数(" + Findings.plain(previous) + ")加本年制发件数减本年废止件数，即"
								+ Findings.plain(expected.total()) + "，请核对。"));
			}
		}
		return findings;
	}

}
