package org.xxgk.rollup.validate;

import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/**
 * TEXT-COPIED (warning), against the same unit's previous-year report: the prose (parts 一, 五 and 六, see
 * {@link #prose(Report)}) is more similar than {@link ValidationSettings#copiedThreshold()} to the prose stored with
 * last year's accepted report. Texts with fewer than {@value #MIN_LETTERS} letters (e.g. only 无) are not compared.
 * Copies from another unit of the same year are found by the job and raised with
 * {@link Findings#textCopiedFromUnit}.
 */
public final class TextCopiedRule extends BaseRule {

	public static final String ID = Rule.TEXT_COPIED.id();

	static final int MIN_LETTERS = 30;

	/** The prose of a report as compared here (and as it should be stored for later years): 一, 五, 六. */
	public static String prose(Report report) {
		return String.join("\n", report.section("一"), report.section("五"), report.section("六"));
	}

	public TextCopiedRule() {
		super(Rule.TEXT_COPIED, true, Set.of());
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		Optional<PriorReport> prior = context.previousYear();
		String prose = prose(report);
		if (prior.isEmpty() || prior.get().prose() == null || TextSimilarity.normalise(prose).length < MIN_LETTERS
				|| TextSimilarity.normalise(prior.get().prose()).length < MIN_LETTERS) {
			return List.of();
		}
		double similarity = TextSimilarity.similarity(prose, prior.get().prose());
		double threshold = context.settings().copiedThreshold();
		if (similarity <= threshold) {
			return List.of();
		}
		return List.of(Findings.of(rule(), null, FormLayout.SECTION_ONE, "≤ " + Findings.percent(threshold),
				Findings.percent(similarity), "报告正文与本单位" + prior.get().year() + "年度报告的相似度为"
						+ Findings.percent(similarity) + "，请按本年度实际情况撰写总体情况、存在问题和其他事项。"));
	}

}
