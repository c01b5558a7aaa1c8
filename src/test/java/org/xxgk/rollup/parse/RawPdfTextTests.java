package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;

/**
 * A PDF's text as a viewer copies it, one cell per line in the order the PDF draws them: {@code pdftotext} without
 * {@code -layout} (poppler 22.12) of 淮安市人民政府's PDF ({@code real/huaian-city-2024.raw.txt}) and of Chromium's
 * print of 沭阳县发展和改革局's page ({@code real/web/shuyang-fgj-2023.footer.chromium.raw.txt}). Table 二 and table
 * 三 of 淮安 come out in the form's order, a run of seven values per row with the labels of some rows drawn after
 * them: every figure of both is the transcription's. Table 四 does not: the PDF draws each group's 总计 after the
 * other groups' results (72 64 178 37 | 12 1 1 6 | 351 | …), and nothing in the text says where a number stood, so
 * the report is rejected with TABLE-INCOMPLETE on table 四, never accepted with figures guessed. Chromium's page
 * drops its blank cells from the text: rejected too.
 */
class RawPdfTextTests {

	@Test
	void huaiansTablesTwoAndThreeReadAsTranscribedAndTableFourIsRefused() throws Exception {
		Report report = parse("/real/huaian-city-2024.raw.txt");
		assertThat(report.title()).isEqualTo("淮安市人民政府2024年政府信息公开工作年度报告");
		assertThat(report.year()).isEqualTo(2024);
		assertThat(report.tablesFound()).containsExactly(2, 3, 4);
		Map<String, Object> metrics = JsonPath.read(Files.readString(RealWebPageTests.REAL.resolve("huaian-city-2024.json")),
				"$.metrics");
		SoftAssertions figures = new SoftAssertions();
		metrics.forEach((code, value) -> {
			if (!code.startsWith("review.")) {
				Cell cell = report.figures().get(code);
				figures.assertThat(cell).as(code).isNotNull();
				figures.assertThat((cell != null) ? cell.value() : null).as(code)
					.isEqualByComparingTo(new BigDecimal(value.toString()));
			}
		});
		figures.assertAll();
		assertThat(report.section("五")).doesNotContain("-5-").endsWith("增强队伍凝聚力。");
		List<Finding> findings = FormStructureTests.validate(report, 2024);
		assertThat(findings).filteredOn(Finding::isError)
			.extracting(Finding::rule)
			.contains("TABLE-INCOMPLETE");
		Finding incomplete = FormStructureTests.only(findings, "TABLE-INCOMPLETE");
		assertThat(incomplete.location()).isEqualTo("四、政府信息公开行政复议、行政诉讼情况");
		// the three rows are printed, their values are there: it is their columns that are not known, and no word
		// of the header is taken for a figure
		assertThat(incomplete.actual()).isEqualTo("以下行的数字无法对应到列：行政复议；行政诉讼 未经复议直接起诉；行政诉讼 复议后起诉");
		assertThat(report.figures().keySet()).noneMatch((code) -> code.startsWith("review."));
		assertThat(findings).filteredOn((finding) -> finding.rule().equals("CELL-NOT-NUMBER")).isEmpty();
		// part 一's 351 行政复议 cases are not said to differ from a table that gave no figure
		assertThat(findings).filteredOn((finding) -> finding.rule().equals("TEXT-TABLE-MISMATCH")).isEmpty();
	}

	@Test
	void chromiumsPageCopiedFromAViewerLosesItsBlankCellsAndIsRefused() throws Exception {
		List<Finding> findings = FormStructureTests.validate(parse("/real/web/shuyang-fgj-2023.footer.chromium.raw.txt"), 2023);
		assertThat(findings).filteredOn((finding) -> finding.rule().equals("TABLE-INCOMPLETE"))
			.extracting(Finding::location)
			.contains("三、收到和处理政府信息公开申请情况");
	}

	private static Report parse(String resource) throws Exception {
		try (InputStream in = RawPdfTextTests.class.getResourceAsStream(resource)) {
			byte[] bytes = in.readAllBytes();
			SubmissionParser parser = new SubmissionParser();
			assertThat(parser.detect(bytes)).isEqualTo(InputFormat.CELL_PER_LINE_TEXT);
			return parser.parse(SeedReportTests.source("report.txt", "real"), bytes);
		}
	}

}
