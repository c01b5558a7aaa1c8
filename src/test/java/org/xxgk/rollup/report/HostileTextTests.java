package org.xxgk.rollup.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.SubmissionStatus;
import org.xxgk.rollup.model.UnitStatus;
import org.xxgk.rollup.report.ReviewData.ReviewFinding;
import org.xxgk.rollup.report.ReviewData.Total;
import org.xxgk.rollup.report.ReviewData.ReceivedFile;
import org.xxgk.rollup.report.ReviewData.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a registry or a township can write into the outputs stays text: a unit named with a script tag, a cell
 * holding a spreadsheet formula.
 */
class HostileTextTests {

	static final String SCRIPT_NAME = "<script>alert(1)</script>镇";

	static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"点击\")";

	static ReviewData hostileData() {
		OffsetDateTime arrived = OffsetDateTime.parse("2022-01-20T09:30:00+08:00");
		List<Unit> units = List.of(new Unit("440882901", SCRIPT_NAME, UnitStatus.LATE, "2021",
				List.of(new ReceivedFile("a.txt", arrived, SubmissionStatus.ACCEPTED_WITH_WARNINGS))),
				new Unit("440882902", FORMULA, UnitStatus.REJECTED, "2021",
						List.of(new ReceivedFile("b.txt", arrived, SubmissionStatus.REJECTED))));
		List<ReviewFinding> findings = List.of(
				new ReviewFinding("440882902", FORMULA, "b.txt", "2021", "CELL-NOT-NUMBER", "error",
						"applications.new.natural_person", "表三 第3行第2列", "数字", FORMULA, "“" + FORMULA + "”不是数字"),
				new ReviewFinding("440882901", SCRIPT_NAME, "a.txt", "2021", "SUBMISSION-LATE", "warning", "", "",
						"", "<img src=x onerror=alert(2)>", "晚了"));
		return new ReviewData("440882", "雷州市", 2021, OffsetDateTime.parse("2022-02-01T10:00:00+08:00"),
				Optional.empty(), units, Map.of("applications.new.total", new Total(BigDecimal.TEN, 1, 2)), Map.of(),
				Map.of("440882901", Map.of("applications.new.total", BigDecimal.TEN)), findings);
	}

	@Test
	void overviewShowsHostileNamesAsText() {
		ReviewData data = hostileData();
		ChineseFont font = ChineseFont.locate();
		String html = new OverviewPage(MetricCatalog.standard()).render(data, new ChartRenderer(font).charts(data), font);
		Document page = Jsoup.parse(html);
		assertThat(page.select("script")).as("only the page's own sorting script").hasSize(1);
		assertThat(page.select("script").first().data()).doesNotContain("alert");
		assertThat(page.select("img[onerror]")).isEmpty();
		assertThat(page.select("#unit-table tbody td:eq(0)").eachText()).containsExactly(SCRIPT_NAME, FORMULA);
		assertThat(page.select("table.findings td").eachText()).contains(FORMULA, "<img src=x onerror=alert(2)>");
		assertThat(html).doesNotContain("<script>alert(1)");
	}

	@Test
	void lettersHaveSafeFileNamesAndEscapedContent(@TempDir Path temp) throws IOException {
		new ReviewOutputs(MetricCatalog.standard(), ChineseFont.locate(), OfficeSettings.DEFAULTS).write(hostileData(), temp);
		try (var letters = Files.list(temp.resolve("feedback"))) {
			assertThat(letters.map((file) -> file.getFileName().toString()))
				.containsExactlyInAnyOrder("_script_alert(1)__script_镇.html", "=HYPERLINK(_http___example.invalid_,_点击_).html");
		}
		Document letter = Jsoup.parse(temp.resolve("feedback/_script_alert(1)__script_镇.html").toFile(), "UTF-8");
		assertThat(letter.select("script")).isEmpty();
		assertThat(letter.select("img")).isEmpty();
		assertThat(letter.select("h1").text()).contains(SCRIPT_NAME);
	}

	@Test
	void workbookStoresFormulaLikeTextAsQuotedText() throws IOException {
		byte[] xlsx = new ConsolidatedWorkbook(MetricCatalog.standard()).write(hostileData());
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			int formulas = 0;
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						formulas += (cell.getCellType() == CellType.FORMULA) ? 1 : 0;
					}
				}
			}
			assertThat(formulas).isZero();
			Cell name = workbook.getSheet(ConsolidatedWorkbook.UNITS_SHEET).getRow(2).getCell(1);
			assertThat(name.getStringCellValue()).isEqualTo(FORMULA);
			assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
			Row finding = workbook.getSheet(ConsolidatedWorkbook.FINDINGS_SHEET).getRow(1);
			assertThat(finding.getCell(0).getStringCellValue()).isEqualTo(FORMULA);
			assertThat(finding.getCell(5).getStringCellValue()).isEqualTo(FORMULA);
			assertThat(finding.getCell(5).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(workbook.getSheet(ConsolidatedWorkbook.UNITS_SHEET).getRow(1).getCell(1).getCellStyle()
				.getQuotePrefixed()).isFalse();
		}
		assertThat(new String(xlsx, StandardCharsets.ISO_8859_1)).doesNotContain("<f>");
	}

}
