package org.xxgk.rollup.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.xxgk.rollup.model.Applicant;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.ResultGroup;
import org.xxgk.rollup.model.ReviewGroup;
import org.xxgk.rollup.model.ReviewResult;

/**
 * The figures and rates reviewers look at first, each defined once by metric codes so the overview, the charts and
 * the spreadsheet agree: applicant types, outcome groups of table 三, review results of table 四, the main per-unit
 * columns and the key rates.
 */
public final class KeyFigures {

	/** A named figure: the sum of some metrics. {@code key} names its colour in the charts. */
	public record Figure(String key, String label, List<String> metrics) {

		public BigDecimal of(Function<String, BigDecimal> values) {
			return this.metrics.stream().map(values).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

	}

	/** A rate with its definition in words; empty when the denominator is 0. */
	public record Rate(String label, String definition, Figure numerator, Figure denominator) {

		public Optional<BigDecimal> of(Function<String, BigDecimal> values) {
			BigDecimal below = this.denominator.of(values);
			return (below.signum() == 0) ? Optional.empty()
					: Optional.of(this.numerator.of(values).divide(below, MathContext.DECIMAL64));
		}

	}

	/** One figure per applicant column of table 三: its new applications. */
	public static final List<Figure> APPLICANT_TYPES = Arrays.stream(Applicant.values())
		.map((applicant) -> one(applicant.code(), applicant.label(), FormLayout.NEW + applicant.code()))
		.toList();

	public static final Figure NEW_APPLICATIONS = one("new", "本年新收申请", FormLayout.NEW_TOTAL);

	public static final Figure RESULTS_TOTAL = one("results", "办理结果总计", FormLayout.RESULTS_TOTAL);

	/** One figure per result group of table 三: the 总计 of its rows. */
	public static final List<Figure> OUTCOMES = Arrays.stream(ResultGroup.values())
		.map((group) -> new Figure(group.code(), group.label(), group.totals()))
		.toList();

	public static final Figure RECONSIDERATION = one("reconsideration", ReviewGroup.RECONSIDERATION.label(),
			ReviewGroup.RECONSIDERATION.total());

	private static final List<ReviewGroup> LITIGATION_GROUPS = List.of(ReviewGroup.LITIGATION_DIRECT,
			ReviewGroup.LITIGATION_AFTER_RECONSIDERATION);

	public static final Figure LITIGATION = new Figure("litigation", ReviewGroup.LITIGATION,
			LITIGATION_GROUPS.stream().map(ReviewGroup::total).toList());

	/** The per-unit table's columns after the unit. */
	public static final List<Figure> UNIT_COLUMNS = List.of(NEW_APPLICATIONS, RESULTS_TOTAL, OUTCOMES.get(0),
			RECONSIDERATION, LITIGATION,
			one("licensing", "行政许可处理决定", "proactive.licensing.decisions"),
			one("penalty", "行政处罚处理决定", "proactive.penalty.decisions"));

	public static final List<Rate> RATES = List.of(
			new Rate("予以公开率", "予以公开 ÷ 办理结果总计", OUTCOMES.get(0), RESULTS_TOTAL),
			new Rate("公开率（含部分公开）", "（予以公开 + 部分公开）÷ 办理结果总计",
					new Figure("open", "予以公开 + 部分公开", List.of(ResultGroup.DISCLOSED.prefix() + FormLayout.TOTAL,
							ResultGroup.PARTIALLY_DISCLOSED.prefix() + FormLayout.TOTAL)),
					RESULTS_TOTAL),
			new Rate("行政复议纠错率", "结果纠正 ÷ 已审结，已审结 = 总计 − 尚未审结（结果维持 + 结果纠正 + 其他结果）",
					one("c", "结果纠正", ReviewGroup.RECONSIDERATION.metric(ReviewResult.CORRECTED)),
					new Figure("decided", "已审结", decided(List.of(ReviewGroup.RECONSIDERATION)))),
			new Rate("行政诉讼纠错率", "结果纠正 ÷ 已审结（两类行政诉讼合计）",
					new Figure("lc", "结果纠正",
							LITIGATION_GROUPS.stream().map((group) -> group.metric(ReviewResult.CORRECTED)).toList()),
					new Figure("ldecided", "已审结", decided(LITIGATION_GROUPS))));

	private KeyFigures() {
	}

	private static Figure one(String key, String label, String metric) {
		return new Figure(key, label, List.of(metric));
	}

	/** The decided cases of the groups: every result but 尚未审结, group by group. */
	private static List<String> decided(List<ReviewGroup> groups) {
		return groups.stream()
			.flatMap((group) -> Arrays.stream(ReviewResult.values())
				.filter((result) -> result != ReviewResult.PENDING)
				.map(group::metric))
			.toList();
	}

}
