package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.rollup.demo.TraditionalScript;
import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.parse.RealVariantInputs.Format;

/**
 * FORMAT.md's variants of the form's labels, each applied to real reports in each of their formats
 * ({@link RealVariantInputs}: the saved web page, its text copy, the OCR Markdown, the real 2021 form filled with a
 * real report's figures): every figure of the transcription is still read, in its own cell, and no label is left
 * unmatched.
 */
class RealVariantTests {

	/** The label variants FORMAT.md lists, each as an edit of a label cell's text. */
	static Map<String, UnaryOperator<String>> labelVariants() {
		Map<String, UnaryOperator<String>> variants = new LinkedHashMap<>();
		variants.put("labels broken inside their cells", (text) -> text.replace("本年制发件数", "本年\n制发件数")
			.replace("本年废止件数", "本年废止 件数").replace("现行有效件数", "现行有效\n件数")
			.replace("商业 企业", "商业企业").replace("商业企业", "商业\n企业").replace("科研 机构", "科研机构")
			.replace("科研机构", "科研\n机构").replace("（三）不予公开", "（三）\n不予公开").replace("法律服务机构", "法律 服务机构")
			.replace("本年处理决定数量", "本年处理\n决定数量"));
		variants.put("the year inserted", (text) -> text.replace("本年新收", "本年(2021)新收")
			.replace("上年结转", "上年(2020)结转").replace("本年度办理结果", "本年度(2021年)办理结果"));
		variants.put("规范性文件 and 行政规范性文件 swapped", (text) -> text.contains("行政规范性文件")
				? text.replace("行政规范性文件", "规范性文件") : text.replace("规范性文件", "行政规范性文件"));
		variants.put("the 勾稽 note left out", (text) -> text.contains("勾稽") ? "" : text);
		variants.put("the 勾稽 note garbled", (text) -> text.replace("勾稽关系", "勾积关糸").replace("之和，等于", "之合，等干")
			.replace("第三项加第四项之和）", "第三项加第"));
		variants.put("converters' leftovers", (text) -> text.replace("国家秘密", "國家祕密").replace("重复申请", "重覆申请")
			.replace("反复申请", "反覆申请").replace("另行制作", "另行製作").replace("勾稽关系", "勾稽關係")
			.replace("等于", "等於").replace("相关政府", "相關政府"));
		variants.put("traditional script throughout", TraditionalScript::convert);
		variants.put("pinyin after characters", (text) -> text.replace("不予处理", "不予處(chù)理")
			.replace("数量", "數(shù)量").replace("处理决定", "處(chǔ)理决定"));
		variants.put("sub-rows numbered 1、", (text) -> text.replaceAll("^(\\d)\\.\\s*", "$1、"));
		variants.put("sub-rows numbered （1）", (text) -> text.replaceAll("^(\\d)\\.\\s*", "（$1）"));
		variants.put("a character dropped or doubled", (text) -> text.replace("行政法规禁止公开", "行政止公开")
			.replace("第三方合法权益", "第三方方合法权益").replace("结转下年度继续办理", "结转下年度继续理")
			.replace("要求提供公开出版物", "要求提供公开岀版物"));
		variants.put("half-width brackets and punctuation", (text) -> text.replace('（', '(').replace('）', ')')
			.replace('：', ':').replace('，', ','));
		return variants;
	}

	static Stream<Arguments> labelCases() {
		return labelCasesIn(Format.inProcess());
	}

	static Stream<Arguments> labelCasesIn(List<Format> formats) {
		List<Arguments> cases = new ArrayList<>();
		labelVariants().forEach((name, edit) -> {
			for (Format format : formats) {
				cases.add(Arguments.of(name, format, edit));
			}
		});
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}, {1}")
	@MethodSource("labelCases")
	void aLabelVariantLeavesEveryFigureInItsCell(String name, Format format, UnaryOperator<String> edit)
			throws Exception {
		byte[] original = RealVariantInputs.write(format, UnaryOperator.identity());
		byte[] varied = RealVariantInputs.write(format, edit);
		assumeThat(varied).as("the variant changes this format's labels").isNotEqualTo(original);
		Report report = RealVariantInputs.parse(format, varied);
		assertEveryFigure(report, format, Map.of());
	}

	/**
	 * A cell as real reports fill it: what is written in it (from the transcribed figure), how it is read, and the
	 * finding that says so.
	 */
	record CellVariant(String name, String code, Function<BigDecimal, String> written, CellState state,
			Function<BigDecimal, BigDecimal> read, String note, String rule) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static List<CellVariant> cellVariants() {
		Function<BigDecimal, BigDecimal> same = Function.identity();
		Function<BigDecimal, BigDecimal> none = (v) -> null;
		return List.of(
				new CellVariant("a number with a note 其中修订", "proactive.normative_docs.repealed",
						(v) -> plain(v) + "（其中修订16件）", CellState.NUMBER, same, "其中修订16件", "CELL-ANNOTATED"),
				new CellVariant("a number with a note 含自然失效", "proactive.normative_docs.in_force",
						(v) -> plain(v) + "（含自然失效 29 件）", CellState.NUMBER, same, "含自然失效29件", "CELL-ANNOTATED"),
				new CellVariant("不适用", "proactive.rules.issued", (v) -> "不适用", CellState.NOT_APPLICABLE, none, "",
						"CELL-NOT-APPLICABLE"),
				new CellVariant("a dash", "applications.new.enterprise", (v) -> "—", CellState.DASH, none, "",
						"CELL-MISSING"),
				new CellVariant("a slash", "review.reconsideration.upheld", (v) -> "/", CellState.DASH, none, "",
						"CELL-MISSING"),
				new CellVariant("a blank", "applications.result.disclosed.natural_person", (v) -> "", CellState.BLANK, none,
						"", "CELL-MISSING"),
				new CellVariant("full-width digits", "applications.carried_over.natural_person",
						(v) -> fullWidth(plain(v)), CellState.NUMBER, same, "", null),
				new CellVariant("a counting word", "applications.result.disclosed.total", (v) -> plain(v) + "件",
						CellState.NUMBER, same, "", "CELL-COUNT-UNIT"),
				new CellVariant("an amount in 元 with its unit", "proactive.fees.amount", (v) -> "1230500元",
						CellState.NUMBER, (v) -> new BigDecimal("123.05"), "", "AMOUNT-UNIT"),
				new CellVariant("an amount with six decimals", "proactive.fees.amount", (v) -> "12.345678",
						CellState.NUMBER, (v) -> new BigDecimal("12.345678"), "", "AMOUNT-UNIT"),
				new CellVariant("an amount in full-width digits", "proactive.fees.amount", (v) -> "３．５", CellState.NUMBER,
						(v) -> new BigDecimal("3.5"), "", null));
	}

	static Stream<Arguments> cellCases() {
		return cellCasesIn(Format.inProcess());
	}

	static Stream<Arguments> cellCasesIn(List<Format> formats) {
		List<Arguments> cases = new ArrayList<>();
		for (CellVariant variant : cellVariants()) {
			for (Format format : formats) {
				cases.add(Arguments.of(variant, format));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}, {1}")
	@MethodSource("cellCases")
	void aCellFilledAsRealReportsFillItIsReadAsWritten(CellVariant variant, Format format) throws Exception {
		BigDecimal transcribed = format.transcribed().get(variant.code());
		String written = variant.written().apply((transcribed != null) ? transcribed : BigDecimal.ZERO);
		Report report = RealVariantInputs.parse(format,
				RealVariantInputs.write(format, UnaryOperator.identity(), Map.of(variant.code(), written)));
		Cell cell = report.figures().get(variant.code());
		assertThat(cell).as(variant.code()).isNotNull();
		assertThat(cell.state()).as(cell.toString()).isEqualTo(variant.state());
		BigDecimal read = variant.read().apply(transcribed);
		if (read == null) {
			assertThat(cell.value()).isNull();
		}
		else {
			assertThat(cell.value()).isEqualByComparingTo(read);
		}
		assertThat(cell.note()).isEqualTo(variant.note());
		Map<String, BigDecimal> others = new LinkedHashMap<>();
		others.put(variant.code(), read);
		assertEveryFigure(report, format, others, variant.code());
		List<Finding> findings = FormStructureTests.validate(report, format.year);
		if (variant.rule() != null) {
			assertThat(findings).filteredOn((finding) -> finding.metric() != null && finding.metric().equals(variant.code()))
				.extracting(Finding::rule)
				.contains(variant.rule());
		}
	}

	/**
	 * 本年收费金额 headed (单位：元) or (单位:元) and filled in 元: the amount is converted to the form's 万元 and
	 * AMOUNT-UNIT says so. 沭阳县发展和改革局 charged nothing, so its page is given 52000 元.
	 */
	@ParameterizedTest(name = "{0}, {1}")
	@MethodSource("feeHeadings")
	void aFeeColumnHeadedInYuanIsConvertedToTenThousandYuan(String heading, Format format) throws Exception {
		BigDecimal transcribed = format.transcribed().get("proactive.fees.amount");
		BigDecimal tenThousands = (transcribed.signum() == 0) ? new BigDecimal("5.2") : transcribed;
		String yuan = plain(tenThousands.multiply(BigDecimal.valueOf(10_000)));
		Report report = RealVariantInputs.parse(format, RealVariantInputs.write(format,
				(text) -> text.replace("（单位：万元）", heading), Map.of("proactive.fees.amount", yuan)));
		assertThat(report.figures().get("proactive.fees.amount").value()).isEqualByComparingTo(tenThousands);
		assertThat(report.yuanHeadedMetrics()).containsExactly("proactive.fees.amount");
		assertEveryFigure(report, format, Map.of("proactive.fees.amount", tenThousands));
		assertThat(FormStructureTests.validate(report, format.year)).filteredOn((f) -> f.rule().equals("AMOUNT-UNIT"))
			.extracting(Finding::metric, Finding::expected, Finding::actual)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("proactive.fees.amount", "万元", "元"));
	}

	/**
	 * A 2021-form report printing （六）其他处理 as one row, the 2019 form's, holding the sums of its three sub-rows:
	 * the row is read as the （六） total (the sub-rows absent, not TABLE-INCOMPLETE), ROW-OUTDATED warns, and the
	 * cross-checks hold with it.
	 */
	@ParameterizedTest
	@MethodSource("formats")
	void otherProcessingPrintedAsOneRowIsReadAsItsTotal(Format format) throws Exception {
		Report report = RealVariantInputs.parse(format, RealVariantInputs.write(format, UnaryOperator.identity(), Map.of(),
				RealVariantInputs.Structure.OTHER_AS_ONE_ROW));
		assertThat(report.template()).isEqualTo(Template.V2021);
		assertThat(report.unexpectedLabels()).isEmpty();
		Map<String, BigDecimal> expected = format.transcribed();
		expected.keySet().removeIf(RealVariantInputs::isOtherSubRow);
		List<String> sums = RealVariantInputs.otherSums(format);
		List<String> columns = List.of("natural_person", "enterprise", "research", "public_interest", "legal_services",
				"other_org", "total");
		SoftAssertions figures = new SoftAssertions();
		expected.forEach((code, value) -> {
			Cell cell = report.figures().get(code);
			if (value == null) {
				figures.assertThat(RealVariantInputs.isBlank(cell)).as(code + " " + cell).isTrue();
			}
			else {
				figures.assertThat((cell != null) ? cell.value() : null).as(code + " " + cell).isEqualByComparingTo(value);
			}
		});
		for (int c = 0; c < columns.size(); c++) {
			Cell other = report.figures().get("applications.result.other." + columns.get(c));
			if (sums.get(c).isEmpty()) {
				figures.assertThat(RealVariantInputs.isBlank(other)).as(columns.get(c) + " " + other).isTrue();
			}
			else {
				figures.assertThat((other != null) ? other.value() : null).as(columns.get(c) + " " + other)
					.isEqualByComparingTo(sums.get(c));
			}
		}
		figures.assertAll();
		assertThat(report.figures().keySet()).noneMatch(RealVariantInputs::isOtherSubRow);
		List<Finding> findings = FormStructureTests.validate(report, format.year);
		assertThat(findings).extracting(Finding::rule).contains("ROW-OUTDATED").doesNotContain("TABLE-INCOMPLETE");
		assertThat(findings).noneMatch(Finding::isError);
	}

	/**
	 * Table 四 left blank as a whole (the unit meant 0): every cell is read blank, each CELL-MISSING (counted as 0),
	 * and the report is not FORM-BLANK nor short of a table.
	 */
	@ParameterizedTest
	@MethodSource("formats")
	void aWholeBlockLeftBlankIsReadBlank(Format format) throws Exception {
		Map<String, String> blank = new LinkedHashMap<>();
		Map<String, BigDecimal> blanks = new LinkedHashMap<>();
		format.transcribed().keySet().stream().filter((code) -> code.startsWith("review.")).forEach((code) -> {
			blank.put(code, "");
			blanks.put(code, null);
		});
		assertThat(blank).hasSize(15);
		Report report = RealVariantInputs.parse(format, RealVariantInputs.write(format, UnaryOperator.identity(), blank));
		assertEveryFigure(report, format, blanks);
		List<Finding> findings = FormStructureTests.validate(report, format.year);
		assertThat(findings).filteredOn((finding) -> finding.rule().equals("CELL-MISSING"))
			.extracting(Finding::metric)
			.containsAll(blank.keySet());
		assertThat(findings).extracting(Finding::rule).doesNotContain("FORM-BLANK", "TABLE-MISSING", "TABLE-INCOMPLETE",
				"REVIEW-TOTAL");
	}

	/**
	 * A 总计 left blank beside filled parts, and a 总计 printed 0 while its parts are not: the total is read as
	 * printed (blank, counted as 0, or 0), and the form's cross-checks refuse the report naming that total.
	 */
	@ParameterizedTest(name = "{0}, {1}")
	@MethodSource("totalCases")
	void aTotalBlankOrZeroBesideFilledPartsBreaksItsCrossCheck(String written, Format format, String code,
			List<String> rules) throws Exception {
		assumeThat(format.transcribed().get(code)).as(code + " is not 0 in this report").isNotZero();
		Report report = RealVariantInputs.parse(format,
				RealVariantInputs.write(format, UnaryOperator.identity(), Map.of(code, written)));
		Cell total = report.figures().get(code);
		assertThat(total.state()).isEqualTo(written.isEmpty() ? CellState.BLANK : CellState.NUMBER);
		Map<String, BigDecimal> changed = new LinkedHashMap<>();
		changed.put(code, written.isEmpty() ? null : BigDecimal.ZERO);
		assertEveryFigure(report, format, changed);
		assertThat(FormStructureTests.validate(report, format.year)).filteredOn(Finding::isError)
			.extracting(Finding::rule, Finding::metric)
			.containsExactlyInAnyOrderElementsOf(
					rules.stream().map((rule) -> org.assertj.core.groups.Tuple.tuple(rule, code)).toList());
	}

	static Stream<Arguments> totalCases() {
		return totalCasesIn(Format.inProcess());
	}

	static Stream<Arguments> totalCasesIn(List<Format> formats) {
		List<Arguments> cases = new ArrayList<>();
		for (String written : List.of("", "0")) {
			for (Format format : formats) {
				// 新收's 总计 is also a term of APP-BALANCE in the 总计 column
				cases.add(Arguments.of(written, format, "applications.new.total", List.of("APP-COLUMN-TOTAL", "APP-BALANCE")));
				cases.add(Arguments.of(written, format, "review.reconsideration.total", List.of("REVIEW-TOTAL")));
			}
		}
		return cases.stream();
	}

	/**
	 * A row label near another row's words but numbered as neither, or near no row: the form's labels are a closed set
	 * and a label is matched to the nearest one only when it is near enough, clearly nearest and numbered as it (the
	 * key leaves numbering out), never to a label merely containing it. Its figures land in no row: the label is
	 * LABEL-UNEXPECTED, the row TABLE-INCOMPLETE, every other figure in its own cell.
	 */
	@ParameterizedTest(name = "{0} → {1}, {3}")
	@MethodSource("nearMisses")
	void aNearMissRowLabelLandsInNoRow(String printed, String damaged, String row, Format format) throws Exception {
		byte[] varied = RealVariantInputs.write(format, (text) -> text.replaceAll("^" + printed + "$", damaged));
		assumeThat(varied).isNotEqualTo(RealVariantInputs.write(format, UnaryOperator.identity()));
		Report report = RealVariantInputs.parse(format, varied);
		assertThat(report.unexpectedLabels()).filteredOn((label) -> label.label().contains(damaged)).hasSize(1);
		String prefix = format.transcribed().keySet().stream()
			.filter((code) -> org.xxgk.rollup.model.MetricCatalog.standard().find(code).orElseThrow()
				.rowLabel(Template.V2021).equals(row))
			.findFirst().orElseThrow();
		String rowCode = prefix.substring(0, prefix.lastIndexOf('.') + 1);
		SoftAssertions figures = new SoftAssertions();
		format.transcribed().forEach((code, value) -> {
			Cell cell = report.figures().get(code);
			if (code.startsWith(rowCode)) {
				figures.assertThat(cell).as(code).isNull();
			}
			else if (value == null) {
				figures.assertThat(RealVariantInputs.isBlank(cell)).as(code + " " + cell).isTrue();
			}
			else {
				figures.assertThat((cell != null) ? cell.value() : null).as(code + " " + cell).isEqualByComparingTo(value);
			}
		});
		figures.assertAll();
		assertThat(FormStructureTests.validate(report, format.year)).filteredOn((f) -> f.rule().equals("TABLE-INCOMPLETE"))
			.extracting(Finding::actual)
			.singleElement()
			.asString()
			.contains(row);
	}

	static Stream<Arguments> nearMisses() {
		return nearMissesIn(Format.inProcess());
	}

	static Stream<Arguments> nearMissesIn(List<Format> formats) {
		List<Arguments> cases = new ArrayList<>();
		List<String[]> misses = List.of(
				// the words of 2.重复申请 but row 4's number: neither row
				new String[] { "2\\. ?重复申请", "4.重复申请", "（五）不予处理 2.重复申请" },
				// 4.无正当理由大量反复申请 cut short: one character from 2.重复申请's words, but numbered 4
				new String[] { "4\\. ?无正当理由大量反复申请", "4.反复申请", "（五）不予处理 4.无正当理由大量反复申请" },
				// 3.其他's words numbered 2, the number of the sub-row above it
				new String[] { "3\\. ?其他", "2.其他", "（六）其他处理 3.其他" },
				// near no row: three characters of eleven changed
				new String[] { "1\\. ?本机关不掌握相关政府信息", "1.本机关不公开相关文件", "（四）无法提供 1.本机关不掌握相关政府信息" });
		for (String[] miss : misses) {
			for (Format format : formats) {
				cases.add(Arguments.of(miss[0], miss[1], miss[2], format));
			}
		}
		return cases.stream();
	}

	static List<Format> formats() {
		return Format.inProcess();
	}

	static Stream<Arguments> feeHeadings() {
		return feeHeadingsIn(Format.inProcess());
	}

	static Stream<Arguments> feeHeadingsIn(List<Format> formats) {
		List<Arguments> cases = new ArrayList<>();
		for (String heading : List.of("（单位：元）", "(单位:元)", "（元）")) {
			for (Format format : formats) {
				cases.add(Arguments.of(heading, format));
			}
		}
		return cases.stream();
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static String fullWidth(String digits) {
		StringBuilder wide = new StringBuilder();
		digits.chars().forEach((c) -> wide.append((char) ((c == '.') ? '．' : c - '0' + '０')));
		return wide.toString();
	}

	/** Every figure of the format's transcription (with {@code changes}), nothing else, no unexpected label. */
	static void assertEveryFigure(Report report, Format format, Map<String, BigDecimal> changes) {
		assertEveryFigure(report, format, changes, null);
	}

	/** The same, {@code checkedApart} (a cell the caller checks itself) left out of the figures compared. */
	static void assertEveryFigure(Report report, Format format, Map<String, BigDecimal> changes, String checkedApart) {
		assertThat(report.template()).isEqualTo(Template.V2021);
		assertThat(report.tablesFound()).containsExactly(2, 3, 4);
		assertThat(report.unexpectedLabels()).isEmpty();
		Map<String, BigDecimal> expected = RealVariantInputs.expected(format, changes);
		SoftAssertions figures = new SoftAssertions();
		expected.forEach((code, value) -> {
			if (code.equals(checkedApart)) {
				return;
			}
			Cell cell = report.figures().get(code);
			if (value == null) {
				figures.assertThat(RealVariantInputs.isBlank(cell)).as(code + " " + cell).isTrue();
			}
			else {
				figures.assertThat(cell).as(code).isNotNull();
				figures.assertThat((cell != null) ? cell.value() : null).as(code + " " + cell).isEqualByComparingTo(value);
			}
		});
		figures.assertAll();
		assertThat(report.figures().entrySet()).filteredOn((figure) -> figure.getValue().state() != CellState.DERIVED)
			.extracting(Map.Entry::getKey)
			.containsExactlyInAnyOrderElementsOf(expected.keySet());
	}

}
