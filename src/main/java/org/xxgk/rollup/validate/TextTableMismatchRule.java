package org.xxgk.rollup.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Template;

/**
 * TEXT-TABLE-MISMATCH (warning): a figure stated in the prose of 一、总体情况 differs from the same figure in the
 * tables. Only figures the prose actually states are compared (the first statement of each), in Arabic digits, and
 * only when the table holding the figure was found. Recognised phrasings (whitespace ignored):
 * <ul>
 * <li>{@code 收到政府信息公开申请N件}, {@code 收到…申请N件}, {@code 新收…申请N件} → 本年新收 总计</li>
 * <li>{@code 上年结转N件}, {@code 上年结转…申请N件} → 上年结转 总计</li>
 * <li>{@code 办结N件}, {@code 办结…申请N件} → （七）总计 总计</li>
 * <li>{@code 结转下年度N件}, {@code 结转下年度继续办理N件} → 结转下年度继续办理 总计</li>
 * <li>{@code 行政复议N件}, {@code 行政复议案件N件} → 行政复议 总计</li>
 * <li>{@code 规范性文件N件}, {@code 行政规范性文件N件} → 2019: 规范性文件 本年新制作数量; 2021: 行政规范性文件 本年制发件数 (not
 * when the clause speaks of 现行有效, 废止 or 累计, which are other figures)</li>
 * </ul>
 */
public final class TextTableMismatchRule extends BaseRule {

	public static final String ID = "TEXT-TABLE-MISMATCH";

	/** Text between the key words and the number: no clause break, no digits. */
	private static final String GAP = "[^，。；;,、：:\\d]{0,20}?";

	private static final Pattern CLAUSE_BREAK = Pattern.compile("[，。；;,、]");

	private static final List<Phrase> PHRASES = List.of(
			new Phrase("(?:收到|新收)" + GAP + "申请" + GAP + "(\\d+)件", "applications.new.total", null, List.of()),
			new Phrase("上年结转" + GAP + "(\\d+)件", "applications.carried_over.total", null, List.of()),
			new Phrase("办结" + GAP + "(\\d+)件", "applications.result.total.total", null, List.of()),
			new Phrase("结转下年度(?:继续办理)?" + GAP + "(\\d+)件", "applications.carried_forward.total", null, List.of()),
			new Phrase("行政复议" + GAP + "(\\d+)件", "review.reconsideration.total", null, List.of()),
			new Phrase("(?:行政)?规范性文件" + GAP + "(\\d+)件", "proactive.normative_docs.new_made",
					"proactive.normative_docs.issued", List.of("现行有效", "废止", "累计")));

	public TextTableMismatchRule() {
		super(ID, false, Set.of());
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		String prose = report.section("一").replaceAll("\\s+", "");
		List<Finding> findings = new ArrayList<>();
		for (Phrase phrase : PHRASES) {
			String code = phrase.code(report.template());
			Metric metric = FormLayout.metric(code);
			if (!report.tablesFound().contains(metric.table())) {
				continue;
			}
			Matcher matcher = phrase.pattern.matcher(prose);
			while (matcher.find()) {
				if (phrase.excluded(prose, matcher)) {
					continue;
				}
				BigDecimal stated = new BigDecimal(matcher.group(1));
				BigDecimal table = report.valueOrZero(code);
				if (stated.compareTo(table) != 0) {
					findings.add(Findings.warning(ID, code, FormLayout.SECTION_ONE, Findings.plain(table),
							Findings.plain(stated),
							"“一、总体情况”中写的“" + matcher.group() + "”与" + FormLayout.cellName(metric, report.template())
									+ "的" + Findings.plain(table) + "不一致，请核对正文或表格。"));
				}
				break;
			}
		}
		return findings;
	}

	private static final class Phrase {

		private final Pattern pattern;

		private final String code2019;

		private final String code2021;

		private final List<String> excludedWords;

		Phrase(String regex, String code2019, String code2021, List<String> excludedWords) {
			this.pattern = Pattern.compile(regex);
			this.code2019 = code2019;
			this.code2021 = (code2021 != null) ? code2021 : code2019;
			this.excludedWords = excludedWords;
		}

		String code(Template template) {
			return (template == Template.V2019) ? this.code2019 : this.code2021;
		}

		/** True when the clause holding the match speaks of another figure (e.g. 现行有效规范性文件). */
		boolean excluded(String prose, Matcher matcher) {
			int start = matcher.start();
			Matcher breaks = CLAUSE_BREAK.matcher(prose.substring(0, start));
			int clauseStart = 0;
			while (breaks.find()) {
				clauseStart = breaks.end();
			}
			String clause = prose.substring(clauseStart, matcher.end());
			return this.excludedWords.stream().anyMatch(clause::contains);
		}

	}

}
