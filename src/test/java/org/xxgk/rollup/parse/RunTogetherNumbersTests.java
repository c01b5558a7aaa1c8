package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Severity;

/**
 * Two cells' numbers that {@code pdftotext -layout} printed run together in a narrow column ({@link GluedNumbers}),
 * on the copy it makes of {@code pdf/template/shanghai-2025-landscape.pdf} (上海 2025's figures in the real 2021 form,
 * exported by LibreOffice): the fixture {@code shanghai-2025-landscape.layout.txt} is {@code pdftotext -layout} of
 * that PDF (poppler 22.12) as it came out, where 自然人 1259 and 商业企业 36 print as {@code 1259 36} (and （七）总计's
 * 1139 and 48 as {@code 1139 48}, a row this copy loses to its labels). A number so printed is never read as one figure: it is taken apart where the gap
 * or the row's own 总计 says where, else the row is refused naming it as printed. Every figure read is compared with
 * the transcription ({@code ../shared/real/shanghai-szfb-2025.json}).
 */
class RunTogetherNumbersTests {

	private static final String NEW_ROW = "一、本年新收政府信息公开申请数量           1259 36      0     0    0    0    1295";

	private static final String NEW_ROW_LABEL = "一、本年新收政府信息公开申请数量";

	private static final String UNPLACED = "以下行的数字无法对应到列：";

	/** The copy as pdftotext wrote it: both rows taken apart at their gaps, each number in its column. */
	@Test
	void numbersOneSpaceApartAreTwoCells() throws Exception {
		Report report = parse(layout());
		assertFigure(report, "applications.new.natural_person", "1259");
		assertFigure(report, "applications.new.enterprise", "36");
		assertFigure(report, "applications.new.total", "1295");
		assertNoFigureDiffers(report);
		assertThat(refused(report)).doesNotContain(NEW_ROW_LABEL);
		assertThat(runTogether(report)).isEmpty();
	}

	/**
	 * The same row as a tighter PDF prints it, without the space (125936): the row's 总计 1295 is the sum of its parts
	 * for one cut alone, 1259 | 36.
	 */
	@Test
	void digitsWithoutAGapAreCutWhereTheRowsTotalSays() throws Exception {
		String text = layout().replace(NEW_ROW, NEW_ROW.replace("1259 36 ", "125936  "));
		Report report = parse(text);
		assertFigure(report, "applications.new.natural_person", "1259");
		assertFigure(report, "applications.new.enterprise", "36");
		assertFigure(report, "applications.new.research", "0");
		assertFigure(report, "applications.new.total", "1295");
		assertNoFigureDiffers(report);
		assertThat(runTogether(report)).singleElement().satisfies((finding) -> {
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.metric()).isEqualTo("applications.new.total");
			assertThat(finding.actual()).isEqualTo("印作“125936”，按总计读作自然人 1259、商业企业 36");
			assertThat(finding.message()).isEqualTo("表三“" + NEW_ROW_LABEL
					+ "”一行印作“125936”，按总计读作自然人 1259、商业企业 36（原文两栏数字之间没有空格，已按该行总计拆分并计入汇总），请核对原件。");
		});
	}

	/**
	 * Run together where nothing tells the cut, or the gap leaves the row short: the row is refused, TABLE-INCOMPLETE
	 * naming it in the form's words with the value as printed and, where told, its two columns; none of its figures is
	 * read, and no other figure differs from the transcription. Each row keeps the printed row's offsets.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			// no gap and a 总计 no cut makes hold (the unit's 1295 printed 1296): 125936 is longer than any count of the row
			"125936       0     0    0    0    1296;印作“125936”，疑为自然人、商业企业两栏的数字连在一起",
			// a gap, but one cell left blank too: which cells the two numbers are cannot be told
			"1259 36      0     0         0    1295;印作“1259 36”，疑为自然人、商业企业两栏的数字连在一起",
			// no gap, and two cuts make the sum hold (11 | 1 and 1 | 11, 总计 12): which one was printed cannot be told
			"111          0     0    0    0      12;印作“111”，疑为自然人、商业企业两栏的数字连在一起" })
	void runTogetherWithoutEvidenceOfTheCutIsRefusedNamingIt(String printed, String named) throws Exception {
		String text = layout().replace(NEW_ROW, NEW_ROW_LABEL + "           " + printed);
		assertThat(text.length()).isEqualTo(layout().length());
		Report report = parse(text);
		assertThat(report.figures().keySet()).noneMatch((code) -> code.startsWith("applications.new."));
		assertNoFigureDiffers(report);
		assertThat(refused(report)).contains(UNPLACED + NEW_ROW_LABEL + "（" + named + "）");
	}

	/**
	 * Table 四's line with 行政复议's 尚未审结 5 and 总计 55 run together, one space apart or without a gap: the
	 * fifteen values are back (for 555 only 5 | 55 makes 总计 the sum of its four results), every figure as transcribed.
	 * The cut of 555 is said as table 三's are (CELL-RUN-TOGETHER, a warning at the group's 总计 naming the group and
	 * both columns in the form's words); 5 55, two numbers printed, is not.
	 */
	@ParameterizedTest
	@CsvSource({ "5 55", "555" })
	void tableFourNumbersRunTogetherAreTakenApart(String printed) throws Exception {
		String line = "40   0    10     5    55   2    0    4     6    12   6    0    9    7    22";
		assertThat(layout()).contains(line);
		Report report = parse(layout().replace(line, line.replace("5    55", printed)));
		assertFigure(report, "review.reconsideration.pending", "5");
		assertFigure(report, "review.reconsideration.total", "55");
		assertThat(report.figures().keySet().stream().filter((code) -> code.startsWith("review."))).hasSize(15);
		assertNoFigureDiffers(report);
		List<Finding> said = runTogether(report);
		if (printed.contains(" ")) {
			assertThat(said).isEmpty();
			return;
		}
		assertThat(said).singleElement().satisfies((finding) -> {
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.metric()).isEqualTo("review.reconsideration.total");
			assertThat(finding.location()).isEqualTo(report.figures().get("review.reconsideration.total").location());
			assertThat(finding.actual()).isEqualTo("印作“555”，按各组总计读作行政复议“尚未审结” 5、行政复议“总计” 55");
			assertThat(finding.message()).isEqualTo("表四“行政复议”一组印作“555”，按各组总计读作行政复议“尚未审结” 5、行政复议“总计” 55"
					+ "（原文两栏数字之间没有空格，已按各组总计拆分并计入汇总），请核对原件。");
		});
		assertThat(FormStructureTests.validate(report, 2025)).filteredOn(Finding::isError).isEmpty();
	}

	/**
	 * A cut across two groups: 行政复议's 总计 55 and 行政诉讼 未经复议直接起诉's 结果维持 2 printed 552. Only 55 | 2 makes
	 * every group's 总计 hold; the warning is kept under the group of the first figure and names both groups.
	 */
	@Test
	void aTableFourCutAcrossTwoGroupsNamesBoth() throws Exception {
		String line = "40   0    10     5    55   2    0    4     6    12   6    0    9    7    22";
		Report report = parse(layout().replace(line, line.replace("55   2 ", "552    ")));
		assertFigure(report, "review.reconsideration.total", "55");
		assertFigure(report, "review.litigation_direct.upheld", "2");
		assertNoFigureDiffers(report);
		assertThat(runTogether(report)).singleElement()
			.satisfies((finding) -> assertThat(finding.actual())
				.isEqualTo("印作“552”，按各组总计读作行政复议“总计” 55、行政诉讼 未经复议直接起诉“结果维持” 2"));
	}

	/**
	 * 淮安's real PDF as pdftotext -layout copies it with its 法律服务机构 61 left blank: a blank cell, not numbers
	 * run together (no cut makes the row's 总计 hold, no part is longer than it): read by position as before.
	 */
	@Test
	void aBlankCellIsNoNumbersRunTogether() throws Exception {
		String text;
		try (InputStream in = getClass().getResourceAsStream("/real/huaian-city-2024.layout.txt")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String row = "一、本年新收政府信息公开申请数量                3001        53       0        0    61       4   3119";
		assertThat(text).contains(row);
		Report report = parse(text.replace(row, row.replace("    61   ", "         ")));
		assertThat(report.figures().get("applications.new.legal_services").state()).isEqualTo(CellState.BLANK);
		assertThat(report.figures().get("applications.new.natural_person").value()).isEqualByComparingTo("3001");
		assertThat(report.figures().get("applications.new.total").value()).isEqualByComparingTo("3119");
		assertThat(report.runTogether()).isEmpty();
	}

	/**
	 * 淮安's row 一 with its 科研机构 0 left blank and its 总计 3119 printed with a thousands space ({@code 3 119}): read
	 * as one number the row's 总计 holds (3001 + 53 + 61 + 4), read as 3 and 119 it does not, so 3 119 is one number
	 * beside a blank cell; with 法律服务机构's 61 blanked instead neither reading holds and the row is refused naming
	 * the value as printed, never read as 其他 3, 总计 119.
	 */
	@ParameterizedTest
	@CsvSource({ "''", "61" })
	void aThousandsSpacedTotalBesideABlankCellIsReadWhenTheTotalsSaySo(String blanked) throws Exception {
		String row = "一、本年新收政府信息公开申请数量                3001        53       0        0    61       4   3119";
		String text = huaian();
		assertThat(text).contains(row);
		String printed = blanked.isEmpty()
				? row.replace("53       0        0", "53                0").replace("   3119", "  3 119")
				: row.replace("    61   ", "         ").replace("   3119", "  3 119");
		assertThat(printed).hasSameSizeAs(row);
		Report report = parse(text.replace(row, printed));
		if (blanked.isEmpty()) {
			assertThat(report.figures().get("applications.new.research").state()).isEqualTo(CellState.BLANK);
			assertThat(report.figures().get("applications.new.natural_person").value()).isEqualByComparingTo("3001");
			assertThat(report.figures().get("applications.new.legal_services").value()).isEqualByComparingTo("61");
			assertThat(report.figures().get("applications.new.other_org").value()).isEqualByComparingTo("4");
			assertThat(report.figures().get("applications.new.total").value()).isEqualByComparingTo("3119");
			assertThat(report.unplacedRows()).doesNotContain(NEW_ROW_LABEL);
			return;
		}
		assertThat(report.figures().keySet()).noneMatch((code) -> code.startsWith("applications.new."));
		assertThat(refused(report)).contains(UNPLACED + NEW_ROW_LABEL + "（印作“3 119”，疑为其他、总计两栏的数字连在一起）");
	}

	/**
	 * 淮安's real copy, read and accepted as it is, with its 法律服务机构 61 and 其他 4 printed without a gap
	 * ({@code 614}): only 61 | 4 makes the row's 总计 3119 hold; the report is still accepted with every figure,
	 * CELL-RUN-TOGETHER its one new finding, a warning naming the row, the text as printed and the two figures.
	 */
	@Test
	void aCutIsAWarningAndTheReportIsStillAccepted() throws Exception {
		String text = huaian();
		String row = "一、本年新收政府信息公开申请数量                3001        53       0        0    61       4   3119";
		Report asPrinted = parse(text);
		Report cut = parse(text.replace(row, row.replace("61       4", "       614")));
		assertThat(cut.figures()).containsExactlyInAnyOrderEntriesOf(asPrinted.figures());
		List<Finding> findings = FormStructureTests.validate(cut, 2024);
		assertThat(findings).extracting(Finding::severity).doesNotContain(Severity.ERROR);
		assertThat(findings).usingRecursiveFieldByFieldElementComparator()
			.containsAll(FormStructureTests.validate(asPrinted, 2024));
		assertThat(runTogether(findings)).singleElement().satisfies((finding) -> {
			assertThat(finding.actual()).isEqualTo("印作“614”，按总计读作法律服务机构 61、其他 4");
			assertThat(finding.location()).isEqualTo(asPrinted.figures().get("applications.new.total").location());
		});
		assertThat(findings).hasSize(FormStructureTests.validate(asPrinted, 2024).size() + 1);
		assertThat(runTogether(FormStructureTests.validate(asPrinted, 2024))).isEmpty();
	}

	private static List<Finding> runTogether(Report report) {
		return runTogether(FormStructureTests.validate(report, 2025));
	}

	private static List<Finding> runTogether(List<Finding> findings) {
		return findings.stream().filter((finding) -> finding.rule().equals("CELL-RUN-TOGETHER")).toList();
	}

	private static String huaian() throws Exception {
		try (InputStream in = RunTogetherNumbersTests.class.getResourceAsStream("/real/huaian-city-2024.layout.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String layout() throws Exception {
		try (InputStream in = RunTogetherNumbersTests.class
			.getResourceAsStream("/pdf/template/shanghai-2025-landscape.layout.txt")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(text).contains(NEW_ROW);
			return text;
		}
	}

	private static Report parse(String text) throws UnreadableReportException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		SubmissionParser parser = new SubmissionParser();
		assertThat(parser.detect(bytes)).isEqualTo(InputFormat.COLUMN_TEXT);
		return parser.parse(SeedReportTests.source("report.txt", "real"), bytes);
	}

	private static void assertFigure(Report report, String code, String value) {
		assertThat(report.figures().get(code)).as(code).isNotNull();
		assertThat(report.figures().get(code).value()).as(code).isEqualByComparingTo(value);
	}

	/** Every figure read is the transcription's (a row refused reads none): none is two numbers read as one. */
	private static void assertNoFigureDiffers(Report report) throws Exception {
		Map<String, Object> metrics = JsonPath.read(
				java.nio.file.Files.readString(RealWebPageTests.REAL.resolve("shanghai-szfb-2025.json")), "$.metrics");
		SoftAssertions figures = new SoftAssertions();
		report.figures().forEach((code, cell) -> {
			if (cell.state() == CellState.NUMBER && metrics.containsKey(code)) {
				figures.assertThat(metrics.get(code)).as(code + " " + cell).isNotNull();
				if (metrics.get(code) != null) {
					figures.assertThat(cell.value()).as(code + " " + cell)
						.isEqualByComparingTo(new BigDecimal(metrics.get(code).toString()));
				}
			}
		});
		figures.assertAll();
	}

	/** What TABLE-INCOMPLETE says of table 三 (the copy lacks other rows too: the form's labels wrapped apart). */
	private static String refused(Report report) {
		List<Finding> findings = FormStructureTests.validate(report, 2025);
		return findings.stream()
			.filter((finding) -> finding.rule().equals("TABLE-INCOMPLETE"))
			.map(Finding::actual)
			.filter((actual) -> actual.contains("以下行"))
			.findFirst()
			.orElse("");
	}

}
