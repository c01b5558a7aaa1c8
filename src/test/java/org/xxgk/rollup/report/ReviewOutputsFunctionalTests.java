package org.xxgk.rollup.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.model.MetricCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The review outputs of a demo run, read back and compared with the database. */
class ReviewOutputsFunctionalTests {

	@TempDir
	static Path temp;

	private static DemoRun demo;

	@BeforeAll
	static void consolidateTheDemoSet() throws IOException {
		demo = DemoRun.run(temp);
	}

	/** The outputs are kept in target/review-demo to look at after the tests. */
	@AfterAll
	static void keepOutputsAndDropDatabase() throws IOException {
		try {
			Path kept = Path.of("target/review-demo");
			org.springframework.util.FileSystemUtils.deleteRecursively(kept);
			org.springframework.util.FileSystemUtils.copyRecursively(demo.output(), kept);
		}
		finally {
			demo.database().close();
		}
	}

	@Test
	void overviewTablesShowTheCountyTotalsOfTheDatabase() throws IOException {
		Document page = Jsoup.parse(demo.output().resolve("overview.html").toFile(), "UTF-8");
		Map<String, BigDecimal> totals = demo.countyTotals();
		Map<String, BigDecimal> shown = new HashMap<>();
		for (Element cell : page.select("table.form td[data-metric]")) {
			String text = cell.selectFirst("span.v").text();
			if (!text.equals("—")) {
				shown.merge(cell.attr("data-metric"), new BigDecimal(text), (a, b) -> a);
			}
		}
		assertThat(shown).hasSize(totals.size());
		shown.forEach((metric, value) -> assertThat(value).as(metric).isEqualByComparingTo(totals.get(metric)));
		assertThat(page.select("td[data-metric=applications.result.other.no_correction.total] small.cov").text())
			.isEqualTo("15/21 个单位");
		assertThat(page.select("td[data-metric=proactive.normative_docs.new_made] small.cov").text())
			.isEqualTo("3/21 个单位");
		assertThat(page.select("td[data-metric=applications.new.total] small.cov")).isEmpty();
	}

	@Test
	void overviewCountsTheUnitsByStatusWithTheirNames() throws IOException {
		Document page = Jsoup.parse(demo.output().resolve("overview.html").toFile(), "UTF-8");
		Map<String, List<String>> groups = new HashMap<>();
		for (Element row : page.select("#completeness-table tbody tr")) {
			groups.put(row.attr("data-group"), List.of(row.select("td").get(0).text(), row.select("td").get(1).text()));
		}
		assertThat(groups.get("应报单位").get(0)).isEqualTo("21");
		assertThat(groups.get("已报送").get(0)).isEqualTo("20");
		assertThat(groups.get("通过（计入汇总）").get(0)).isEqualTo("18");
		assertThat(groups.get("退回修改")).containsExactly("2", "沈塘镇、南兴镇");
		assertThat(groups.get("未报送")).containsExactly("1", "覃斗镇");
		assertThat(groups.get("逾期报送")).containsExactly("1", "纪家镇");
		assertThat(page.select("#unit-table tbody tr")).hasSize(21);
		assertThat(page.select("h3.finding-unit").eachText()).contains("沈塘镇", "南兴镇", "唐家镇", "覃斗镇", "纪家镇");
	}

	@Test
	void keyRatesFollowTheirDefinitions() throws IOException {
		Document page = Jsoup.parse(demo.output().resolve("overview.html").toFile(), "UTF-8");
		Map<String, BigDecimal> totals = demo.countyTotals();
		BigDecimal disclosed = totals.get("applications.result.disclosed.total");
		BigDecimal results = totals.get("applications.result.total.total");
		String expected = Wording.percent(disclosed.divide(results, java.math.MathContext.DECIMAL64));
		Element row = page.select("#rates-table tr:has(th:containsOwn(予以公开率))").first();
		assertThat(row.select("td").get(0).text()).isEqualTo(expected);
	}

	@Test
	void workbookTablesHoldTheCountyTotalsOfTheDatabase() throws IOException {
		Map<String, BigDecimal> totals = demo.countyTotals();
		Map<String, BigDecimal> shown = new HashMap<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(demo.output().resolve("consolidated.xlsx").toFile())) {
			for (FormTable table : CountyForm.tables(MetricCatalog.standard())) {
				Sheet sheet = workbook.getSheet(ConsolidatedWorkbook.sheetName(table));
				int rowIndex = 1;
				for (FormTable.Block block : table.blocks()) {
					rowIndex += block.headers().size();
					for (FormTable.Row body : block.rows()) {
						Row row = sheet.getRow(rowIndex++);
						assertThat(row.getCell(0).getStringCellValue()).isEqualTo(body.label());
						for (int i = 0; i < body.metrics().size(); i++) {
							Cell cell = row.getCell(i + 1);
							if (cell.getCellType() == CellType.NUMERIC) {
								shown.put(body.metrics().get(i), BigDecimal.valueOf(cell.getNumericCellValue()));
							}
							else {
								assertThat(cell.getStringCellValue()).isEqualTo("—");
								assertThat(totals).doesNotContainKey(body.metrics().get(i));
							}
						}
					}
					rowIndex++;
				}
			}
			assertThat(shown).hasSize(totals.size());
			shown.forEach((metric, value) -> assertThat(value).as(metric).isEqualByComparingTo(totals.get(metric)));

			XSSFSheet units = workbook.getSheet(ConsolidatedWorkbook.UNITS_SHEET);
			assertThat(units.getLastRowNum()).isEqualTo(21);
			assertThat(units.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(units.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:R22");
			Row leicheng = units.getRow(1);
			assertThat(leicheng.getCell(1).getStringCellValue()).isEqualTo("雷城街道");
			assertThat(leicheng.getCell(4).getNumericCellValue()).isEqualTo(
					demo.jdbc().queryForObject("select f.value from figure f join submission s on s.id = f.submission_id"
							+ " where s.unit_code = '440882001' and f.metric = 'applications.new.total'", Double.class));
			assertThat(leicheng.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(leicheng.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			assertThat(workbook.getSheet(ConsolidatedWorkbook.FINDINGS_SHEET).getLastRowNum())
				.isEqualTo(demo.jdbc().queryForObject("select count(*) from finding where year = 2021", Integer.class));
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void countyReportFillsTheFormTablesWithTheCountyTotals() throws IOException {
		Map<String, BigDecimal> totals = demo.countyTotals();
		Map<String, BigDecimal> shown = new HashMap<>();
		try (XWPFDocument document = new XWPFDocument(Files.newInputStream(demo.output().resolve("county-report.docx")))) {
			List<XWPFTable> tables = document.getTables();
			int tableIndex = 0;
			for (FormTable table : CountyForm.tables(MetricCatalog.standard())) {
				for (FormTable.Block block : table.blocks()) {
					XWPFTable docTable = tables.get(tableIndex++);
					assertThat(docTable.getNumberOfRows()).isEqualTo(block.headers().size() + block.rows().size());
					int rowIndex = block.headers().size();
					for (FormTable.Row body : block.rows()) {
						XWPFTableRow row = docTable.getRow(rowIndex++);
						assertThat(row.getCell(0).getText()).isEqualTo(body.label());
						for (int i = 0; i < body.metrics().size(); i++) {
							String text = row.getCell(i + 1).getText();
							if (!text.equals("—")) {
								shown.put(body.metrics().get(i), new BigDecimal(text));
							}
						}
					}
				}
			}
			assertThat(tables).hasSize(tableIndex);
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo("雷州市2021年政府信息公开工作年度报告");
		}
		assertThat(shown).hasSize(totals.size());
		shown.forEach((metric, value) -> assertThat(value).as(metric).isEqualByComparingTo(totals.get(metric)));
	}

	@Test
	void everyChartIsAPngOfSensibleSize() throws IOException {
		List<String> charts = List.of("new-applications-by-unit.png", "outcomes.png", "applicant-types.png",
				"review-results.png");
		for (String chart : charts) {
			Path file = demo.output().resolve("charts").resolve(chart);
			byte[] bytes = Files.readAllBytes(file);
			assertThat(bytes).as(chart).startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
			java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
			assertThat(image.getWidth()).as(chart).isEqualTo(900);
			assertThat(image.getHeight()).as(chart).isBetween(300, 1200);
			assertThat(bytes.length).as(chart).isBetween(5_000, 500_000);
		}
		assertThat(demo.output().resolve("charts/year-over-year.png")).as("no 2020 in the database").doesNotExist();
	}

	@Test
	void aLetterGoesToEveryUnitWithFindingsErrorsFirst() throws IOException {
		Path letters = demo.output().resolve("feedback");
		Document shentang = Jsoup.parse(letters.resolve("沈塘镇.html").toFile(), "UTF-8");
		List<String> severities = shentang.select("table.findings tbody tr td:eq(1)").eachText();
		assertThat(severities).first().isEqualTo("错误");
		assertThat(severities).isSortedAccordingTo((a, b) -> Boolean.compare(a.equals("警告"), b.equals("警告")));
		assertThat(shentang.text()).contains("报告暂不能计入全县汇总").contains("表三");
		assertThat(Files.readString(letters.resolve("纪家镇.html"), StandardCharsets.UTF_8)).contains("SUBMISSION-LATE")
			.doesNotContain("报告暂不能计入全县汇总");
		assertThat(letters.resolve("雷城街道.html")).doesNotExist();
	}

	/**
	 * Opens overview.html in headless chromium: its script must run to the end (it marks the body) with no console
	 * error, and a screenshot is saved to target/overview-screenshot.png. Skipped only where chromium is absent and
	 * cannot be installed (no apt-get); where apt-get exists, a missing chromium fails the test.
	 */
	@Test
	void overviewRendersInHeadlessChromiumWithoutConsoleErrors() throws IOException, InterruptedException {
		assumeTrue(HeadlessChromium.installed() || HeadlessChromium.aptAvailable(),
				"skipped: /usr/bin/chromium is absent and apt-get is unavailable to install it");
		assertThat(HeadlessChromium.installed()).as("/usr/bin/chromium missing: run apt-get install -y chromium (.ci/run does)")
			.isTrue();
		HeadlessChromium chromium = new HeadlessChromium(HeadlessChromium.DEBIAN);
		String page = demo.output().resolve("overview.html").toUri().toString();
		HeadlessChromium.Output dom = chromium.run(temp, "--dump-dom", page);
		assertThat(dom.stdout()).as(dom.stderr()).contains("data-ready=\"yes\"").contains("各单位主要数据");
		assertThat(dom.stderr()).doesNotContain("Uncaught").doesNotContain(":CONSOLE(");
		Path screenshot = Path.of("target/overview-screenshot.png").toAbsolutePath();
		Files.deleteIfExists(screenshot);
		HeadlessChromium.Output shot = chromium.run(temp, "--hide-scrollbars", "--window-size=1280,2000",
				"--screenshot=" + screenshot, page);
		assertThat(screenshot).as(shot.stderr()).isRegularFile();
		assertThat(Files.readAllBytes(screenshot)).startsWith(0x89, 'P', 'N', 'G');
		assertThat(shot.stderr()).doesNotContain("Uncaught").doesNotContain(":CONSOLE(");
	}

}
