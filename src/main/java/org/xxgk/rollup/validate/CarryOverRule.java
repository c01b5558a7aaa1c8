package org.xxgk.rollup.validate;

import static org.xxgk.rollup.model.FormLayout.CARRIED_FORWARD;
import static org.xxgk.rollup.model.FormLayout.CARRIED_OVER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/**
 * CARRY-OVER (warning): per column of table 三 including 总计, this year's 二、上年结转 = the same unit's
 * 四、结转下年度继续办理 of the previous year, when that year's accepted report is known (and has the column).
 */
public final class CarryOverRule extends BaseRule {

	public static final String ID = Rule.CARRY_OVER.id();

	public CarryOverRule() {
		super(Rule.CARRY_OVER, true, Set.of(3));
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		Optional<PriorReport> prior = context.previousYear();
		if (prior.isEmpty()) {
			return List.of();
		}
		List<Finding> findings = new ArrayList<>();
		for (String column : FormLayout.COLUMNS) {
			BigDecimal previous = prior.get().figures().get(CARRIED_FORWARD + column);
			BigDecimal carriedOver = report.valueOrZero(CARRIED_OVER + column);
			if (previous != null && previous.compareTo(carriedOver) != 0) {
				String label = FormLayout.metric(CARRIED_OVER + column).columnLabel(report.template());
				findings.add(Findings.of(rule(), CARRIED_OVER + column,
						FormLayout.location(report, CARRIED_OVER + column), Findings.plain(previous),
						Findings.plain(carriedOver),
						"表三“" + label + "”列：二、上年结转(" + Findings.plain(carriedOver) + ")与本单位"
								+ prior.get().year() + "年度报告的四、结转下年度继续办理(" + Findings.plain(previous)
								+ ")不一致，请核对。"));
			}
		}
		return findings;
	}

}
