package org.xxgk.rollup.validate;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/**
 * YEAR-IN-PROSE (warning): part 一 gives its figures for another year than the report's, the mark of a sentence copied
 * from last year's report ({@code 2020年，我镇共收到政府信息公开申请5件} in a report on 2021). A sentence counts when it
 * names a year other than the report's, or follows a sentence opened by one ({@code 2020年，…}), states a count
 * (N件/条/个/篇/次/场/期), and neither names the report's year nor compares (同比, 较, 相比, 比上年…). Part 五, which
 * cites last and next year, is not read.
 */
public final class YearInProseRule extends BaseRule {

	public static final String ID = Rule.YEAR_IN_PROSE.id();

	private static final Pattern SENTENCE = Pattern.compile("[^。；;！!？?\\n]+");

	private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");

	private static final Pattern OPENING_YEAR = Pattern.compile("^((?:19|20)\\d{2})年度?[，,]");

	private static final Pattern COUNT = Pattern.compile("\\d+(?:件|条|个|篇|次|场|期)");

	private static final List<String> COMPARING = List.of("同比", "相比", "比上年", "较上年", "较去年", "上一年", "上年度",
			"增长", "下降", "增加", "减少", "以来", "至今", "截至");

	public YearInProseRule() {
		super(Rule.YEAR_IN_PROSE, false, Set.of());
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		int year = (report.year() != null) ? report.year() : context.year();
		// lines are joined first: converters break sentences across lines
		String prose = report.section("一").replaceAll("[\\s\\u3000]+", "");
		// a sentence opening with 2020年， speaks of 2020 for the sentences after it too
		String openedYear = null;
		Matcher sentences = SENTENCE.matcher(prose);
		while (sentences.find()) {
			String sentence = sentences.group();
			Matcher opening = OPENING_YEAR.matcher(sentence);
			if (opening.find()) {
				openedYear = opening.group(1);
			}
			Matcher named = YEAR.matcher(sentence);
			String stated = named.find() ? named.group(1) : openedYear;
			if (stated == null || stated.equals(String.valueOf(year)) || !COUNT.matcher(sentence).find()
					|| sentence.contains(year + "年") || COMPARING.stream().anyMatch(sentence::contains)) {
				continue;
			}
			String quoted = (sentence.length() > 60) ? sentence.substring(0, 60) + "…" : sentence;
			return List.of(Findings.of(rule(), null, FormLayout.SECTION_ONE, year + "年", stated + "年",
					"“" + FormLayout.SECTION_ONE + "”写的是" + stated + "年的数据（“" + quoted + "”），本报告是" + year
							+ "年度的。是否沿用了往年报告的文字？请核对年份和数字。"));
		}
		return List.of();
	}

}
