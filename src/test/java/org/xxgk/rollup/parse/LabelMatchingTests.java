package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.HtmlPageWriter;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.demo.SeedLayoutWriter;
import org.xxgk.rollup.demo.WebTextWriter;
import org.xxgk.rollup.demo.WebTextWriter.Shape;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.model.UnexpectedLabel;
import org.xxgk.rollup.validate.LabelUnexpectedRule;

/**
 * Labels as real reports print them are matched to the form's closed set (numbering styles, converters' leftovers,
 * pinyin, inserted years, one damaged character, spaces), and labels between two of the form's, or near none, are
 * not.
 */
class LabelMatchingTests {

	private static final String UNIT = "雷州市乌石镇人民政府";

	/** The text layouts a damage can be written into, by name. */
	static Map<String, Function<GeneratedReport, String>> textLayouts() {
		return Map.of("word text", SeedLayoutWriter::write, "html page", HtmlPageWriter::write, "pipe rows",
				(r) -> WebTextWriter.write(r, Shape.PIPE_ROWS), "one cell per line",
				(r) -> WebTextWriter.write(r, Shape.CELL_PER_LINE), "cell then | line",
				(r) -> WebTextWriter.write(r, Shape.CELL_THEN_PIPE_LINE));
	}

	/** The damage real reports do to the form's labels, each a class of FORMAT.md. */
	static Map<String, UnaryOperator<String>> damages() {
		return Map.of("sub-rows numbered 1、", (text) -> text.replaceAll("(?<![\\d.])([1-8])\\.(?=\\p{IsHan})", "$1、"),
				"sub-rows numbered （1）", (text) -> text.replaceAll("(?<![\\d.])([1-8])\\.(?=\\p{IsHan})", "（$1）"),
				"sub-rows numbered 1)", (text) -> text.replaceAll("(?<![\\d.])([1-8])\\.(?=\\p{IsHan})", "$1)"),
				"year inserted", (text) -> text.replace("本年新收", "本年(2021)新收").replace("上年结转", "上年(2020)结转")
					.replace("本年度办理结果", "本年度(2021年)办理结果"),
				"converters' leftovers", (text) -> text.replace("国家秘密", "國家祕密").replace("重复申请", "重覆申请")
					.replace("另行制作", "另行製作").replace("相关政府", "相關政府"),
				"pinyin after characters", (text) -> text.replace("不予处理", "不予處(chù)理").replace("数量", "數(shù)量"),
				"one character dropped, doubled or misread", (text) -> text.replace("行政法规禁止公开", "行政止公开")
					.replace("第三方合法权益", "第三方方合法权益")
					.replace("要求提供公开出版物", "要求提供公开岀版物")
					.replace("社会公益组织", "社会公组织"),
				"spaces inside labels", (text) -> text.replace("商业企业", "商业 企业").replace("不予公开", "不予 公开")
					.replace("本年制发件数", "本年 制发件数"));
	}

	static Stream<Arguments> damagedLayouts() {
		List<Arguments> cases = new ArrayList<>();
		textLayouts().forEach((layout, writer) -> damages().forEach((damage, change) -> {
			for (Template template : Template.values()) {
				cases.add(Arguments.of(layout, damage, template, writer, change));
			}
		}));
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}, {1}, {2}")
	@MethodSource("damagedLayouts")
	void labelsDamagedAsRealReportsDamageThemAreMatchedWithoutAFinding(String layout, String damage, Template template,
			Function<GeneratedReport, String> writer, UnaryOperator<String> change) throws Exception {
		Map<String, BigDecimal> figures = SampleFigures.distinct(template);
		GeneratedReport generated = GeneratedReport.of(UNIT, 2021, template, figures);
		String printed = writer.apply(generated);
		String damaged = change.apply(printed);
		assertThat(damaged).isNotEqualTo(printed);
		Report report = parse(damaged);
		RoundTripTests.assertSameReport(report, generated, figures, false);
	}

	/**
	 * The form is described once: LabelIndex reads the labels of metrics.csv (MetricCatalog), and model.PrintedForm,
	 * which the writers, FormWords and the blank form print from, takes its row labels from the same catalog and its
	 * header words from the enums below. Every label cell PrintedForm prints in either template is a label of the
	 * index letter for letter (a row, a row's part under its parents, a column) or one of FormWords' header words,
	 * so no printed variant is lost between the two; and the enums name the catalog's columns and groups.
	 */
	@ParameterizedTest
	@EnumSource(Template.class)
	void everyLabelThePrintedFormPrintsIsOneTheIndexReads(Template template) {
		LabelIndex index = LabelIndex.of(template);
		org.xxgk.rollup.model.PrintedForm form = org.xxgk.rollup.model.PrintedForm.blank(template);
		Set<String> headerWords = Set.of(FormWords.CONTENT, FormWords.NOTE, FormWords.APPLICANTS, FormWords.ORGANISATIONS,
				FormWords.LITIGATION);
		for (int table = 2; table <= 4; table++) {
			for (List<org.xxgk.rollup.model.PrintedForm.FormCell> row : form.table(table)) {
				for (org.xxgk.rollup.model.PrintedForm.FormCell cell : row) {
					String text = Labels.normalize(cell.text());
					if (!cell.label() || text.isEmpty()) {
						continue;
					}
					boolean known = index.row(table, text).isExact() || index.column(table, text).isExact()
							|| headerWords.contains(text) || table == 2 && text.startsWith(FormWords.ARTICLE)
							|| table == 3 && FormWords.distance(text) == 0 && isPartOfARow(index, text);
					assertThat(known).as("表" + table + " " + cell.text()).isTrue();
				}
			}
		}
		List<String> columns = MetricCatalog.standard().of(template).stream().filter((m) -> m.table() == 3)
			.map((m) -> m.columnLabel(template)).distinct().toList();
		assertThat(columns).containsExactlyElementsOf(Stream.concat(
				Stream.of(org.xxgk.rollup.model.Applicant.values()).map(org.xxgk.rollup.model.Applicant::label),
				Stream.of(org.xxgk.rollup.model.FormLayout.TOTAL_LABEL)).toList());
		List<String> results = MetricCatalog.standard().of(template).stream().filter((m) -> m.table() == 4)
			.map((m) -> m.columnLabel(template)).distinct().toList();
		assertThat(results).containsExactlyElementsOf(org.xxgk.rollup.model.PrintedForm.REVIEW_RESULTS);
		List<String> groups = MetricCatalog.standard().of(template).stream().filter((m) -> m.table() == 4)
			.map((m) -> m.rowLabel(template)).distinct().toList();
		assertThat(groups).containsExactlyElementsOf(Stream.of(org.xxgk.rollup.model.ReviewGroup.values())
			.map((group) -> (group == org.xxgk.rollup.model.ReviewGroup.RECONSIDERATION) ? group.header()
					: FormWords.LITIGATION + " " + group.header())
			.toList());
	}

	/** A piece of table 三's labels (（三）不予公开, 1.属于国家秘密, 三、本年度办理结果) that some row label holds whole. */
	private static boolean isPartOfARow(LabelIndex index, String piece) {
		String key = FormOrder.key(piece);
		return MetricCatalog.standard().of(index.template()).stream().filter((m) -> m.table() == 3)
			.anyMatch((m) -> FormOrder.key(m.rowLabel(index.template())).contains(key));
	}

	@Test
	void aHeaderLabelBetweenTwoResultsIsNeitherSoTableFourIsReadInTheFormsOrder() throws Exception {
		Map<String, BigDecimal> figures = SampleFigures.distinct(Template.V2021);
		GeneratedReport generated = GeneratedReport.of(UNIT, 2021, Template.V2021, figures);
		// 结果纠持 is one character from 结果维持 and from 结果纠正, so it names neither; with fifteen values in the
		// row, table 四 is the form's fifteen cells in order (FormOrder) and nothing is lost or misplaced
		assertThat(LabelIndex.of(Template.V2021).column(4, "结果纠持").found()).isFalse();
		Report report = parse(HtmlPageWriter.write(generated).replaceFirst("结果纠正", "结果纠持"));
		assertThat(report.unexpectedLabels()).isEmpty();
		for (String code : List.of("review.reconsideration.upheld", "review.reconsideration.corrected",
				"review.litigation_after_reconsideration.total")) {
			assertThat(report.figures().get(code).value()).as(code).isEqualByComparingTo(figures.get(code));
		}
	}

	@Test
	void aColumnBetweenIssuedAndRepealedIsNeither() throws Exception {
		Map<String, BigDecimal> figures = SampleFigures.distinct(Template.V2021);
		GeneratedReport generated = GeneratedReport.of(UNIT, 2021, Template.V2021, figures);
		Report report = parse(HtmlPageWriter.write(generated).replace("本年废止件数", "本年制止件数"));
		assertThat(report.unexpectedLabels()).extracting(UnexpectedLabel::label).containsExactly("本年制止件数");
		String nearest = report.unexpectedLabels().get(0).nearest();
		assertThat(nearest).isIn("本年制发件数", "本年废止件数");
		Finding finding = new LabelUnexpectedRule().check(report, null).get(0);
		assertThat(finding.message()).contains("表二中的“本年制止件数”").contains("最接近的是“" + nearest + "”");
		assertThat(report.figures().get("proactive.rules.repealed")).isNull();
		assertThat(report.figures().get("proactive.rules.issued").value())
			.isEqualByComparingTo(figures.get("proactive.rules.issued"));
	}

	@Test
	void aSubRowNearNoneOfTheFormIsUnexpectedAndNamesTheNearest() throws Exception {
		Map<String, BigDecimal> figures = SampleFigures.distinct(Template.V2019);
		GeneratedReport generated = GeneratedReport.of(UNIT, 2021, Template.V2019, figures);
		Report report = parse(SeedLayoutWriter.write(generated).replace("属于行政查询事项", "属于其他不予公开的情形"));
		assertThat(report.unexpectedLabels()).hasSize(1);
		UnexpectedLabel label = report.unexpectedLabels().get(0);
		assertThat(label.label()).contains("属于其他不予公开的情形");
		assertThat(label.nearest()).startsWith("（三）不予公开");
		assertThat(report.figures().get("applications.result.withheld.query_matters.total")).isNull();
	}

	@Test
	void eachVariantClassAloneIsMatchedToItsLabel() {
		LabelIndex index = LabelIndex.of(Template.V2021);
		Map<String, String> rows = Map.of("（三）不予公开（1）属于国家祕密", "(三)不予公开1.属于国家秘密",
				"（五）不予处(chù)理 2、重覆申请", "(五)不予处理2.重复申请",
				"一、本年(2021)新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量",
				"二、上年(2020)结转政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
				"（三）不予公开2.其他法律行政止公开", "(三)不予公开2.其他法律行政法规禁止公开",
				"(四)无法提供 2)没有现成信息需要另行製作", "(四)无法提供2.没有现成信息需要另行制作",
				"（二）部分公开", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)");
		rows.forEach((printed, form) -> assertThat(index.row(3, printed).label()).as(printed).isEqualTo(form));
		assertThat(index.column(3, "商业\n企业").label()).isEqualTo("商业企业");
		assertThat(index.column(3, "社會公益組織").label()).isEqualTo("社会公益组织");
		assertThat(index.row(2, "規範性文件").label()).isEqualTo("规范性文件");
		assertThat(index.column(4, "結果維持").label()).isEqualTo("结果维持");
		assertThat(LabelKey.of("關係於")).isEqualTo("关系于");
	}

	@Test
	void labelsNearNoneOrTwoAreNotMatched() {
		LabelIndex index = LabelIndex.of(Template.V2021);
		assertThat(index.column(4, "结果纠持")).extracting(LabelMatcher.Match::found).isEqualTo(false);
		assertThat(index.column(2, "本年制止件数").found()).isFalse();
		assertThat(index.column(2, "本年制止件数").nearest()).isIn("本年制发件数", "本年废止件数");
		assertThat(index.row(2, "规则").found()).isFalse();
		assertThat(index.row(3, "七、其他申请").found()).isFalse();
		assertThat(index.row(3, "（三）不予公开 9.其他").found()).isFalse();
		// a sub-row's words under another sub-row's number are neither row: the key drops numbering, the match does not
		assertThat(index.row(3, "（五）不予处理 4.重复申请").found()).isFalse();
		assertThat(index.row(3, "（五）不予处理 4.反复申请").found()).isFalse();
		assertThat(index.row(3, "（六）其他处理 2.其他").found()).isFalse();
		assertThat(index.row(3, "（五）不予处理 2、重复申请").label()).isEqualTo("(五)不予处理2.重复申请");
		assertThat(index.row(3, "（五）不予处理（2）重复申请").label()).isEqualTo("(五)不予处理2.重复申请");
		assertThat(index.row(3, "（一）予以公开").label()).isEqualTo("三、本年度办理结果(一)予以公开");
	}

	/**
	 * No two labels of the form are merged: each label is its own match, and a label damaged half-way towards another
	 * (as many edits from both, or one fewer from itself) is never taken for the other, nor for either when equally far
	 * from both (table 四's groups also count by their short names, so halfway is measured as the matcher measures).
	 */
	@ParameterizedTest
	@EnumSource(Template.class)
	void everyPairOfLabelsOfTheFormIsKeptApart(Template template) {
		LabelIndex index = LabelIndex.of(template);
		int pairs = 0;
		for (int table = 2; table <= 4; table++) {
			for (boolean rows : List.of(true, false)) {
				List<String> labels = labels(template, table, rows);
				for (String a : labels) {
					LabelMatcher.Match own = match(index, table, rows, a);
					assertThat(own.label()).as(a).isEqualTo(Labels.normalize(a));
					for (String b : labels) {
						if (a.equals(b)) {
							continue;
						}
						pairs++;
						String keyA = LabelKey.of(a);
						String keyB = LabelKey.of(b);
						assertThat(keyA).as(a + " / " + b).isNotEqualTo(keyB);
						int distance = LabelMatcher.distance(keyA, keyB, Integer.MAX_VALUE);
						String halfway = towards(keyA, keyB, distance / 2);
						LabelMatcher matcher = index.matcher(table, rows);
						int fromA = matcher.distance(halfway, Labels.normalize(a));
						int fromB = matcher.distance(halfway, Labels.normalize(b));
						String found = match(index, table, rows, halfway).label();
						if (fromA <= fromB) {
							assertThat(found).as(a + " → " + halfway + " → " + b).isNotEqualTo(Labels.normalize(b));
						}
						if (fromB <= fromA) {
							assertThat(found).as(a + " ← " + halfway + " ← " + b).isNotEqualTo(Labels.normalize(a));
						}
					}
				}
			}
		}
		// every ordered pair of every table: table 三 alone has 23 rows (2019) or 26 (2021)
		assertThat(pairs).isGreaterThan(600);
	}

	@Test
	void theSubRowsOfWithheldUnavailableAndNotProcessedAreAllDistinct() {
		LabelIndex index = LabelIndex.of(Template.V2021);
		Set<String> matched = new LinkedHashSet<>();
		for (String row : labels(Template.V2021, 3, true)) {
			matched.add(index.row(3, row.replace(" ", "").replaceAll("(\\d)\\.", "$1、")).label());
		}
		assertThat(matched).hasSize(labels(Template.V2021, 3, true).size()).doesNotContainNull();
	}

	private static LabelMatcher.Match match(LabelIndex index, int table, boolean rows, String text) {
		return rows ? index.row(table, text) : index.column(table, text);
	}

	private static List<String> labels(Template template, int table, boolean rows) {
		Set<String> labels = new LinkedHashSet<>();
		for (Metric metric : MetricCatalog.standard().of(template)) {
			if (metric.table() == table) {
				labels.add(rows ? metric.rowLabel(template) : metric.columnLabel(template));
			}
		}
		return List.copyOf(labels);
	}

	/** {@code from} after the first {@code steps} edits of a shortest edit script turning it into {@code to}. */
	static String towards(String from, String to, int steps) {
		int[][] d = new int[from.length() + 1][to.length() + 1];
		for (int i = 0; i <= from.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= to.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= from.length(); i++) {
			for (int j = 1; j <= to.length(); j++) {
				int cost = (from.charAt(i - 1) == to.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
			}
		}
		// walk back from the end, then apply the edits found nearest the start first
		List<int[]> edits = new ArrayList<>();
		int i = from.length();
		int j = to.length();
		while (i > 0 || j > 0) {
			if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + ((from.charAt(i - 1) == to.charAt(j - 1)) ? 0 : 1)) {
				if (from.charAt(i - 1) != to.charAt(j - 1)) {
					edits.add(new int[] { 0, i - 1, to.charAt(j - 1) });
				}
				i--;
				j--;
			}
			else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
				edits.add(new int[] { 1, i - 1, 0 });
				i--;
			}
			else {
				edits.add(new int[] { 2, i, to.charAt(j - 1) });
				j--;
			}
		}
		// edits are listed from the end backwards: applying the last ones in that order keeps their positions valid
		StringBuilder text = new StringBuilder(from);
		for (int[] edit : edits.subList(edits.size() - steps, edits.size())) {
			switch (edit[0]) {
				case 0 -> text.setCharAt(edit[1], (char) edit[2]);
				case 1 -> text.deleteCharAt(edit[1]);
				default -> text.insert(edit[1], (char) edit[2]);
			}
		}
		return text.toString();
	}

	private static Report parse(String text) throws UnreadableReportException {
		return new SubmissionParser().parse(SeedReportTests.source("report.txt", "乌石镇"),
				text.getBytes(StandardCharsets.UTF_8));
	}

}
