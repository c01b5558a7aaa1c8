package org.xxgk.rollup.validate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/**
 * YEAR-OVER-YEAR-OUTLIER (warning): this year's 本年新收 总计 is more than {@link ValidationSettings#outlierFactor()}
 * times last year's, or less than its inverse, provided one of the two is at least
 * {@link ValidationSettings#outlierMinimum()}. Last year 0 and this year at or above the minimum fires too. Exactly
 * the factor does not fire.
 */
public final class YearOverYearOutlierRule extends BaseRule {

	public static final String ID = Rule.YEAR_OVER_YEAR_OUTLIER.id();

	static final String CODE = FormLayout.NEW_TOTAL;

	public YearOverYearOutlierRule() {
		super(Rule.YEAR_OVER_YEAR_OUTLIER, true, Set.of(3));
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		Optional<PriorReport> prior = context.previousYear();
		BigDecimal previous = prior.map((p) -> p.figures().get(CODE)).orElse(null);
		if (previous == null) {
			return List.of();
		}
		ValidationSettings settings = context.settings();
		BigDecimal current = report.valueOrZero(CODE);
		BigDecimal factor = BigDecimal.valueOf(settings.outlierFactor());
		BigDecimal minimum = BigDecimal.valueOf(settings.outlierMinimum());
		boolean large = current.max(previous).compareTo(minimum) >= 0;
		boolean jump = current.compareTo(previous.multiply(factor)) > 0
				|| current.multiply(factor).compareTo(previous) < 0;
		if (!large || !jump) {
			return List.of();
		}
		String now = Findings.plain(current);
		String before = Findings.plain(previous);
		String range = Findings.plain(previous.divide(factor, 2, java.math.RoundingMode.HALF_UP)) + " ～ "
				+ Findings.plain(previous.multiply(factor));
		return List.of(Findings.of(rule(), CODE, FormLayout.location(report, CODE), range, now,
				"表三本年新收政府信息公开申请总计" + now + "件，" + prior.get().year() + "年度为" + before + "件，变化超过"
						+ Findings.plain(factor) + "倍。请核对数字是否填写正确；如确属实，可在总体情况中说明原因。"));
	}

}
