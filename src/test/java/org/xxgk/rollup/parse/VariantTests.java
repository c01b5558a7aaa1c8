package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.demo.SeedLayoutWriter;
import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.SourceFile;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.model.UnexpectedLabel;

/** The variations FORMAT.md lists, each applied to a generated report, and inputs that are not reports at all. */
class VariantTests {

	private static final String UNIT = "唐家镇人民政府";

	private static final SourceFile SOURCE = SeedReportTests.source("report.txt", "唐家镇");

	private static final Map<String, BigDecimal> FIGURES_2019 = SampleFigures.distinct(Template.V2019);

	private static final Map<String, BigDecimal> FIGURES_2021 = SampleFigures.distinct(Template.V2021);

	private final SubmissionParser parser = new SubmissionParser();

	private static GeneratedReport report(Template template) {
		return GeneratedReport.of(UNIT, 2021, template, (template == Template.V2019) ? FIGURES_2019 : FIGURES_2021);
	}

	private Report parseText(String text) throws UnreadableReportException {
		return this.parser.parse(SOURCE, text.getBytes(StandardCharsets.UTF_8));
	}

	private Report parse(GeneratedReport report) throws UnreadableReportException {
		return parseText(SeedLayoutWriter.write(report));
	}

	private static void assertAllPrintedFigures(Report report, Map<String, BigDecimal> figures) {
		for (Metric metric : MetricCatalog.standard().of(report.template())) {
			Cell cell = report.figures().get(metric.code());
			assertThat(cell).as(metric.code()).isNotNull();
			if (cell.state() != CellState.DERIVED) {
				assertThat(cell.value()).as(metric.code()).isEqualByComparingTo(figures.get(metric.code()));
			}
		}
		assertThat(report.unexpectedLabels()).isEmpty();
	}

	@Test
	void halfWidthBracketsAndPunctuation() throws Exception {
		String text = SeedLayoutWriter.write(report(Template.V2021))
			.replace('（', '(').replace('）', ')').replace('：', ':').replace('，', ',');
		Report report = parseText(text);
		assertThat(report.template()).isEqualTo(Template.V2021);
		assertAllPrintedFigures(report, FIGURES_2021);
	}

	@Test
	void normativeDocumentsUnderEitherName() throws Exception {
		Report old = parseText(SeedLayoutWriter.write(report(Template.V2019))
			.replace("\t规范性文件\n", "\t行政规范性文件\n"));
		assertThat(old.template()).isEqualTo(Template.V2019);
		assertAllPrintedFigures(old, FIGURES_2019);
		assertThat(old.figures().get("proactive.normative_docs.new_made").value())
			.isEqualByComparingTo(FIGURES_2019.get("proactive.normative_docs.new_made"));

		Report current = parseText(SeedLayoutWriter.write(report(Template.V2021))
			.replace("\t行政规范性文件\n", "\t规范性文件\n"));
		assertThat(current.template()).isEqualTo(Template.V2021);
		assertAllPrintedFigures(current, FIGURES_2021);
	}

	@Test
	void yearInsertedInARowLabel() throws Exception {
		Report report = parseText(SeedLayoutWriter.write(report(Template.V2019))
			.replace("\t一、本年新收", "\t一、本年(2021)新收")
			.replace("\t二、上年结转", "\t二、上年（2020年）结转"));
		assertAllPrintedFigures(report, FIGURES_2019);
	}

	@Test
	void blankDashAndTextCells() throws Exception {
		Report report = parse(report(Template.V2019).withoutCell("applications.new.research")
			.withCell("applications.new.enterprise", "—")
			.withCell("review.reconsideration.upheld", "/")
			.withCell("applications.carried_over.other_org", "十二"));
		Cell blank = report.figures().get("applications.new.research");
		assertThat(blank.state()).isEqualTo(CellState.BLANK);
		assertThat(blank.value()).isNull();
		assertThat(blank.location()).startsWith("表三 第4行第4列（原文第");
		assertThat(report.figures().get("applications.new.enterprise")).extracting(Cell::state, Cell::value)
			.containsExactly(CellState.DASH, null);
		assertThat(report.figures().get("review.reconsideration.upheld").state()).isEqualTo(CellState.DASH);
		Cell text = report.figures().get("applications.carried_over.other_org");
		assertThat(text).extracting(Cell::raw, Cell::state, Cell::value)
			.containsExactly("十二", CellState.NOT_NUMBER, null);
		assertThat(report.figures().get("applications.new.public_interest").value())
			.isEqualByComparingTo(FIGURES_2019.get("applications.new.public_interest"));
	}

	@Test
	void amountInYuanIsConvertedToTenThousandYuan() throws Exception {
		Report glued = parse(report(Template.V2021).withCell("proactive.fees.amount", "1230500元"));
		assertThat(glued.figures().get("proactive.fees.amount").value()).isEqualByComparingTo("123.05");
		assertThat(glued.figures().get("proactive.fees.amount").raw()).isEqualTo("1230500元");
		assertThat(glued.yuanHeadedMetrics()).containsExactly("proactive.fees.amount");

		Report headed = parseText(SeedLayoutWriter.write(report(Template.V2021).withCell("proactive.fees.amount", "52000"))
			.replace("（单位：万元）", "（单位：元）"));
		assertThat(headed.figures().get("proactive.fees.amount").value()).isEqualByComparingTo("5.2");
		assertThat(headed.yuanHeadedMetrics()).containsExactly("proactive.fees.amount");
		assertThat(headed.unexpectedLabels()).isEmpty();
	}

	@Test
	void fullWidthDigits() throws Exception {
		Report report = parse(report(Template.V2019).withCell("applications.new.total", "１２")
			.withCell("proactive.procurement.amount", "３．５"));
		assertThat(report.figures().get("applications.new.total"))
			.extracting(Cell::state, Cell::value)
			.containsExactly(CellState.NUMBER, new BigDecimal("12"));
		assertThat(report.figures().get("proactive.procurement.amount").value()).isEqualByComparingTo("3.5");
	}

	@Test
	void missingTableIsNotFound() throws Exception {
		String text = SeedLayoutWriter.write(report(Template.V2019));
		String withoutFour = text.substring(0, text.indexOf("四、政府信息公开行政复议")) + text.substring(text.indexOf("五、存在"));
		Report report = parseText(withoutFour);
		assertThat(report.tablesFound()).containsExactly(2, 3);
		assertThat(report.figures().keySet()).noneMatch((code) -> code.startsWith("review."));
		assertThat(report.figures().get("applications.carried_forward.total").value())
			.isEqualByComparingTo(FIGURES_2019.get("applications.carried_forward.total"));
	}

	@Test
	void unknownRowLabelIsReported() throws Exception {
		String text = SeedLayoutWriter.write(report(Template.V2019));
		String extraRow = "\t\n\t（八）转交其他机关办理\n" + "\t1\n".repeat(7) + "\n";
		Report report = parseText(text.replace("\t四、结转下年度继续办理", extraRow + "\t四、结转下年度继续办理"));
		assertThat(report.unexpectedLabels()).hasSize(1);
		UnexpectedLabel label = report.unexpectedLabels().get(0);
		assertThat(label.table()).isEqualTo(3);
		assertThat(label.label()).isEqualTo("三、本年度办理结果（八）转交其他机关办理");
		assertThat(label.location()).startsWith("表三 第");
		assertThat(report.figures().get("applications.carried_forward.total").value())
			.isEqualByComparingTo(FIGURES_2019.get("applications.carried_forward.total"));
	}

	@Test
	void yearFromTheFileNameWhenTheReportDoesNotSayIt() throws Exception {
		GeneratedReport undated = report(Template.V2019).withTitle(UNIT + "政府信息公开工作年度报告")
			.withProse("一", "我镇认真贯彻落实《中华人民共和国政府信息公开条例》。");
		byte[] bytes = SeedLayoutWriter.write(undated).getBytes(StandardCharsets.UTF_8);
		Report report = this.parser.parse(SeedReportTests.source("唐家镇2023年政府信息公开年报.txt", "唐家镇"), bytes);
		assertThat(report.year()).isEqualTo(2023);
		assertThat(report.statedUnit()).isEqualTo(UNIT);
		Report unknown = this.parser.parse(SeedReportTests.source("年报.txt", "唐家镇"), bytes);
		assertThat(unknown.year()).isNull();
	}

	@Test
	void yearFromTheReportingPeriod() throws Exception {
		GeneratedReport undated = report(Template.V2019).withTitle(UNIT + "政府信息公开工作年度报告")
			.withProse("一", "本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。");
		assertThat(parse(undated).year()).isEqualTo(2020);
	}

	@Test
	void gbkAndGb18030Text() throws Exception {
		Map<String, BigDecimal> figures = SampleFigures.consistent(Template.V2021, new Random(3), 7);
		String text = SeedLayoutWriter.write(GeneratedReport.of(UNIT, 2021, Template.V2021, figures)).replace('\u00A0', ' ');
		Report report = this.parser.parse(SOURCE, text.getBytes(Charset.forName("GBK")));
		assertThat(report.title()).isEqualTo(UNIT + "2021年度政府信息公开工作年度报告");
		assertAllPrintedFigures(report, figures);

		String seed = new String(SeedReportTests.seedBytes(), StandardCharsets.UTF_8);
		Report gb = this.parser.parse(SOURCE, seed.getBytes(Charset.forName("GB18030")));
		assertThat(gb.statedUnit()).isEqualTo("企水镇人民政府");
		assertThat(gb.figures()).hasSize(MetricCatalog.standard().of(Template.V2019).size());
	}

	@Test
	void utf8WithByteOrderMark() throws Exception {
		byte[] text = SeedReportTests.seedBytes();
		byte[] bom = new byte[text.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, bom, 3, text.length);
		assertThat(this.parser.parse(SOURCE, bom).title()).isEqualTo("企水镇人民政府2021年度信息公开工作年度报告");
	}

	@Test
	void filesThatAreNotReports() {
		assertThatExceptionOfType(UnreadableReportException.class).isThrownBy(() -> this.parser.parse(SOURCE, new byte[0]))
			.withMessage("文件为空，没有可读取的内容");
		assertThatExceptionOfType(UnreadableReportException.class)
			.isThrownBy(() -> this.parser.parse(SOURCE, null));
		byte[] random = new byte[4096];
		new Random(42).nextBytes(random);
		assertThatExceptionOfType(UnreadableReportException.class).isThrownBy(() -> this.parser.parse(SOURCE, random))
			.withMessageStartingWith("文件编码无法识别");
		assertThatExceptionOfType(UnreadableReportException.class)
			.isThrownBy(() -> this.parser.parse(SOURCE, "PK\u0003\u0004word/document.xml".getBytes(StandardCharsets.UTF_8)))
			.withMessageContaining(".docx");
		assertThatExceptionOfType(UnreadableReportException.class)
			.isThrownBy(() -> parseText("会议纪要\n今天天气很好。\n"))
			.withMessage("文件不是可识别的年度报告：找不到报告标题和表格");
	}

	@Test
	void neverThrowsAnythingElse() {
		Random random = new Random(7);
		String seed = SeedLayoutWriter.write(report(Template.V2021));
		for (int i = 0; i < 200; i++) {
			int from = random.nextInt(seed.length());
			int to = from + random.nextInt(seed.length() - from);
			String mangled = seed.substring(0, from) + seed.substring(to);
			try {
				Report report = parseText(mangled);
				assertThat(report.figures().keySet()).allMatch(MetricCatalog.standard()::contains);
			}
			catch (UnreadableReportException expected) {
				assertThat(expected.getMessage()).isNotBlank();
			}
		}
	}

	@Test
	void looselyWordedHeadingsAndNumberedPointsInsideProse() throws Exception {
		GeneratedReport generated = report(Template.V2019)
			.withProse("一", "一、加强组织领导\n我镇成立了领导小组。\n二、完善公开制度\n我镇修订了公开目录。");
		String text = SeedLayoutWriter.write(generated)
			.replace("四、政府信息公开行政复议、行政诉讼情况", "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况")
			.replace("五、存在的主要问题及改进情况", "五、存在的主要问题和改进措施");
		Report report = parseText(text);
		assertThat(report.section("一")).isEqualTo("一、加强组织领导\n我镇成立了领导小组。\n二、完善公开制度\n我镇修订了公开目录。");
		assertThat(report.section("五")).isEqualTo(generated.prose().get("五"));
		assertThat(report.tablesFound()).containsExactly(2, 3, 4);
		assertAllPrintedFigures(report, FIGURES_2019);
	}

	@Test
	void amountsInTenThousandYuanOrWithoutTheFormsUnitStayAsWritten() throws Exception {
		Report report = parse(report(Template.V2021).withCell("proactive.fees.amount", "12.5万元")
			.withCell("proactive.licensing.decisions", "7元"));
		assertThat(report.figures().get("proactive.fees.amount").value()).isEqualByComparingTo("12.5");
		assertThat(report.figures().get("proactive.licensing.decisions").value()).isEqualByComparingTo("7");
		assertThat(report.yuanHeadedMetrics()).isEmpty();
	}

	@Test
	void unknownColumnLabelIsReportedWithoutShiftingTheOthers() throws Exception {
		Report report = parseText(SeedLayoutWriter.write(report(Template.V2019)).replace("\t科研机构\n", "\t科研院所\n"));
		assertThat(report.unexpectedLabels()).extracting(UnexpectedLabel::table, UnexpectedLabel::label)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "科研院所"));
		assertThat(report.figures()).doesNotContainKey("applications.new.research");
		for (String column : new String[] { "natural_person", "enterprise", "public_interest", "total" }) {
			String code = "applications.result.withheld.query_matters." + column;
			assertThat(report.figures().get(code).value()).as(code).isEqualByComparingTo(FIGURES_2019.get(code));
		}
	}

}
