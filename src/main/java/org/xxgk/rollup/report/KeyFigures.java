package org.xxgk.rollup.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.xxgk.rollup.model.MetricCatalog;

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

	public static final List<Figure> APPLICANT_TYPES = List.of(
			one("natural_person", "自然人", "applications.new.natural_person"),
			one("enterprise", "商业企业", "applications.new.enterprise"),
			one("research", "科研机构", "applications.new.research"),
			one("public_interest", "社会公益组织", "applications.new.public_interest"),
			one("legal_services", "法律服务机构", "applications.new.legal_services"),
			one("other_org", "其他", "applications.new.other_org"));

	public static final Figure NEW_APPLICATIONS = one("new", "本年新收申请", "applications.new.total");

	public static final Figure RESULTS_TOTAL = one("results", "办理结果总计", "applications.result.total.total");

	public static final List<Figure> OUTCOMES = List.of(
			one("disclosed", "予以公开", "applications.result.disclosed.total"),
			one("partially_disclosed", "部分公开", "applications.result.partially_disclosed.total"),
			new Figure("withheld", "不予公开", totalsUnder("applications.result.withheld.")),
			new Figure("unavailable", "无法提供", totalsUnder("applications.result.unavailable.")),
			new Figure("not_processed", "不予处理", totalsUnder("applications.result.not_processed.")),
			one("other", "其他处理", "applications.result.other.total"));

	public static final List<String> REVIEW_RESULTS = List.of("upheld", "corrected", "other", "pending");

	public static final Map<String, String> REVIEW_RESULT_LABELS = Map.of("upheld", "结果维持", "corrected", "结果纠正",
			"other", "其他结果", "pending", "尚未审结");

	/** The three rows of table 四, by metric code segment. */
	public record ReviewKind(String code, String label) {

	}

	public static final List<ReviewKind> REVIEW_KINDS = List.of(new ReviewKind("reconsideration", "行政复议"),
			new ReviewKind("litigation_direct", "行政诉讼（未经复议直接起诉）"),
			new ReviewKind("litigation_after_reconsideration", "行政诉讼（复议后起诉）"));

	public static final Figure RECONSIDERATION = one("reconsideration", "行政复议", "review.reconsideration.total");

	public static final Figure LITIGATION = new Figure("litigation", "行政诉讼",
			List.of("review.litigation_direct.total", "review.litigation_after_reconsideration.total"));

	/** The per-unit table's columns after the unit. */
	public static final List<Figure> UNIT_COLUMNS = List.of(NEW_APPLICATIONS, RESULTS_TOTAL, OUTCOMES.get(0),
			RECONSIDERATION, LITIGATION,
			one("licensing", "行政许可处理决定", "proactive.licensing.decisions"),
			one("penalty", "行政处罚处理决定", "proactive.penalty.decisions"));

	public static final List<Rate> RATES = List.of(
			new Rate("予以公开率", "予以公开 ÷ 办理结果总计", OUTCOMES.get(0), RESULTS_TOTAL),
			new Rate("公开率（含部分公开）", "（予以公开 + 部分公开）÷ 办理结果总计",
					new Figure("open", "予以公开 + 部分公开", List.of("applications.result.disclosed.total",
							"applications.result.partially_disclosed.total")),
					RESULTS_TOTAL),
			new Rate("行政复议纠错率", "结果纠正 ÷ 已审结，已审结 = 总计 − 尚未审结（结果维持 + 结果纠正 + 其他结果）", one("c", "结果纠正", "review.reconsideration.corrected"),
					new Figure("decided", "已审结", List.of("review.reconsideration.upheld",
							"review.reconsideration.corrected", "review.reconsideration.other"))),
			new Rate("行政诉讼纠错率", "结果纠正 ÷ 已审结（两类行政诉讼合计）",
					new Figure("lc", "结果纠正", List.of("review.litigation_direct.corrected",
							"review.litigation_after_reconsideration.corrected")),
					new Figure("ldecided", "已审结", List.of("review.litigation_direct.upheld",
							"review.litigation_direct.corrected", "review.litigation_direct.other",
							"review.litigation_after_reconsideration.upheld",
							"review.litigation_after_reconsideration.corrected",
							"review.litigation_after_reconsideration.other"))));

	private KeyFigures() {
	}

	private static Figure one(String key, String label, String metric) {
		return new Figure(key, label, List.of(metric));
	}

	/** The 总计 column of every row of a result group (e.g. the eight 不予公开 reasons). */
	private static List<String> totalsUnder(String prefix) {
		return MetricCatalog.standard()
			.ofTable(3)
			.stream()
			.map((metric) -> metric.code())
			.filter((code) -> code.startsWith(prefix) && code.endsWith(".total"))
			.toList();
	}

}
