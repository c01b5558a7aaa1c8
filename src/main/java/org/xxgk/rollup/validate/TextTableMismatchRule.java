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
import org.xxgk.rollup.model.ReviewGroup;
import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.model.Template;

/**
 * TEXT-TABLE-MISMATCH (warning): a figure stated anywhere in the prose (parts 一 … 六, read in that order) differs from
 * the same figure in the tables. Only figures the prose actually states are compared (the first statement of each), in
 * Arabic digits, and only when the table holding the figure was found. Recognised phrasings (whitespace ignored, so a
 * number or word broken over lines is read whole), as real reports write them:
 * <ul>
 * <li>{@code 受理/收到/收办/新收…申请N件} → 本年新收 总计, or 本年新收 + 上年结转 (real reports use it for either, both are
 * accepted)</li>
 * <li>{@code 上年（度）结转…N件} → 上年结转 总计</li>
 * <li>{@code 答复/办结/办理…N件} → （七）总计 总计 (not in a clause about 案件, 复议 or 诉讼)</li>
 * <li>{@code 结转下（一）年（度）…N件}, {@code 顺延…N件}, {@code N件顺延/结转到下年度} → 结转下年度继续办理 总计</li>
 * <li>{@code 行政复议…N件} → 行政复议 总计</li>
 * <li>{@code 行政诉讼…N件} → 未经复议直接起诉 总计 + 复议后起诉 总计</li>
 * <li>{@code （行政）规范性文件…N件} → 2019: 规范性文件 本年新制作数量; 2021: 行政规范性文件 本年制发件数 (not when the clause
 * speaks of 现行有效, 废止 or 累计, which are other figures)</li>
 * </ul>
 */
public final class TextTableMismatchRule extends BaseRule {

	public static final String ID = Rule.TEXT_TABLE_MISMATCH.id();

	/** Text between the key words and the number: no clause break, no digits. */
	private static final String GAP = "[^，。；;,、：:\\d]{0,20}?";

	private static final Pattern CLAUSE_BREAK = Pattern.compile("[，。；;,、]");

	private static final List<String> PARTS = List.of("一", "二", "三", "四", "五", "六");

	private static final String NEW = FormLayout.NEW_TOTAL;

	private static final String CARRIED_OVER = FormLayout.CARRIED_OVER_TOTAL;

	private static final List<Phrase> PHRASES = List.of(
			new Phrase("(?:受理|收到|收办|新收)" + GAP + "申请" + GAP + "(\\d+)件", List.of(List.of(NEW), List.of(NEW, CARRIED_OVER)),
					null, List.of()),
			new Phrase("上年度?结转" + GAP + "(\\d+)件", List.of(List.of(CARRIED_OVER)), null, List.of()),
			new Phrase("(?:答复|办结|办理)" + GAP + "(\\d+)件", List.of(List.of(FormLayout.RESULTS_TOTAL)), null,
					List.of("案件", "复议", "诉讼", "结转", "顺延")),
			new Phrase("(?:(?:结转|顺延)(?:到|至)?下一?年度?(?:继续办理)?" + GAP + "(\\d+)件|(\\d+)件(?:申请)?(?:顺延|结转)(?:到|至)?下一?年度?)",
					List.of(List.of(FormLayout.CARRIED_FORWARD_TOTAL)), null, List.of()),
			new Phrase("行政复议" + GAP + "(\\d+)件", List.of(List.of(ReviewGroup.RECONSIDERATION.total())), null, List.of()),
			new Phrase("行政诉讼" + GAP + "(\\d+)件",
					List.of(List.of(ReviewGroup.LITIGATION_DIRECT.total(), ReviewGroup.LITIGATION_AFTER_RECONSIDERATION.total())), null,
					List.of()),
			new Phrase("(?:行政)?规范性文件" + GAP + "(\\d+)件", List.of(List.of(FormLayout.NORMATIVE_DOCS + "new_made")),
					List.of(List.of(FormLayout.NORMATIVE_DOCS + "issued")), List.of("现行有效", "废止", "累计")));

	public TextTableMismatchRule() {
		super(Rule.TEXT_TABLE_MISMATCH, false, Set.of());
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		List<Finding> findings = new ArrayList<>();
		for (Phrase phrase : PHRASES) {
			List<List<String>> all = phrase.readings(report.template());
			Metric metric = FormLayout.metric(all.get(0).get(0));
			// a figure the table did not give (its row missing or unplaced) is not a figure that differs: TABLE-INCOMPLETE says it
			List<List<String>> readings = all.stream()
				.filter((codes) -> codes.stream().allMatch(report.figures()::containsKey))
				.toList();
			if (!report.tablesFound().contains(metric.table()) || readings.isEmpty()) {
				continue;
			}
			statement(report, phrase).ifPresent((stated) -> {
				BigDecimal value = new BigDecimal(stated.number());
				List<BigDecimal> table = readings.stream()
					.map((codes) -> codes.stream().map(report::valueOrZero).reduce(BigDecimal.ZERO, BigDecimal::add))
					.toList();
				if (table.stream().noneMatch((reading) -> reading.compareTo(value) == 0)) {
					findings.add(finding(report, readings, table, stated, value));
				}
			});
		}
		return findings;
	}

	/** The first statement of the phrase in the prose, with the heading of the part it is in. */
	private static java.util.Optional<Statement> statement(Report report, Phrase phrase) {
		for (String part : PARTS) {
			String prose = report.section(part).replaceAll("\\s+", "");
			Matcher matcher = phrase.pattern.matcher(prose);
			while (matcher.find()) {
				if (!phrase.excluded(prose, matcher)) {
					String number = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
					return java.util.Optional.of(new Statement(part, matcher.group(), number));
				}
			}
		}
		return java.util.Optional.empty();
	}

	private static Finding finding(Report report, List<List<String>> readings, List<BigDecimal> table,
			Statement stated, BigDecimal value) {
		Template template = report.template();
		List<String> names = new ArrayList<>();
		for (int i = 0; i < readings.size(); i++) {
			names.add(String.join("加", readings.get(i).stream()
				.map((code) -> FormLayout.cellName(FormLayout.metric(code), template))
				.toList()) + "的" + Findings.plain(table.get(i)));
		}
		String expected = String.join(" 或 ", table.stream().map(Findings::plain).toList());
		return Findings.of(Rule.TEXT_TABLE_MISMATCH, readings.get(0).get(0), FormLayout.partHeading(stated.part()), expected,
				Findings.plain(value), "“" + FormLayout.partHeading(stated.part()) + "”中写的“" + stated.text() + "”与"
						+ String.join("或", names) + "不一致，请核对正文或表格。");
	}

	/** A figure stated in the prose: the part, the words as written (spaces removed) and the number. */
	private record Statement(String part, String text, String number) {

	}

	private static final class Phrase {

		private final Pattern pattern;

		private final List<List<String>> readings2019;

		private final List<List<String>> readings2021;

		private final List<String> excludedWords;

		/**
		 * @param readings each accepted reading of the stated number: the metrics whose sum it may be (the first
		 * reading's first metric names the finding)
		 */
		Phrase(String regex, List<List<String>> readings2019, List<List<String>> readings2021,
				List<String> excludedWords) {
			this.pattern = Pattern.compile(regex);
			this.readings2019 = readings2019;
			this.readings2021 = (readings2021 != null) ? readings2021 : readings2019;
			this.excludedWords = excludedWords;
		}

		List<List<String>> readings(Template template) {
			return (template == Template.V2019) ? this.readings2019 : this.readings2021;
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
