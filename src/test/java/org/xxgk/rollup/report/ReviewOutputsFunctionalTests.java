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
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
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

	/**
	 * The metrics the county's 2021 form shows, with the figures it must show for them: the database's totals, 3.其他
	 * of （六） taking the 2019-form units' unsplit row.
	 */
	private static Map<String, BigDecimal> expectedCountyForm() {
		Map<String, BigDecimal> harmonised = CountyFormChecks.harmonised(demo.countyTotals());
		Map<String, BigDecimal> expected = new HashMap<>();
		for (FormTable table : CountyForm.tables(MetricCatalog.standard(), 2021)) {
			table.blocks().stream().flatMap((block) -> block.rows().stream()).flatMap((row) -> row.metrics().stream())
				.filter(harmonised::containsKey)
				.forEach((metric) -> expected.put(metric, harmonised.get(metric)));
		}
		return expected;
	}

	/** The figures shown agree with the database and pass the form's own cross-checks (the 2019 rows of 3 units harmonised). */
	private static void assertCountyForm(Map<String, BigDecimal> shown) {
		Map<String, BigDecimal> expected = expectedCountyForm();
		assertThat(shown.keySet()).isEqualTo(expected.keySet());
		shown.forEach((metric, value) -> assertThat(value).as(metric).isEqualByComparingTo(expected.get(metric)));
		assertThat(CountyFormChecks.failures(shown, org.xxgk.rollup.model.Template.V2021)).isEmpty();
	}

	@Test
	void theCountysFormPassesItsOwnCrossChecksOnlyHarmonised() {
		// the demo's three 2019-form units have （六）其他处理 the 2021 sub-rows do not hold: without the rule the
		// county's result rows would not add up to （七）总计
		Map<String, BigDecimal> raw = new HashMap<>(demo.countyTotals());
		raw.keySet().removeIf((metric) -> !expectedCountyForm().containsKey(metric));
		assertThat(CountyFormChecks.failures(raw, org.xxgk.rollup.model.Template.V2021)).extracting((f) -> f.rule())
			.contains("APP-RESULT-TOTAL");
		assertThat(CountyFormChecks.failures(expectedCountyForm(), org.xxgk.rollup.model.Template.V2021)).isEmpty();
	}

	@Test
	void overviewTablesShowTheCountyTotalsOfTheDatabase() throws IOException {
		Document page = Jsoup.parse(demo.output().resolve("overview.html").toFile(), "UTF-8");
		Map<String, BigDecimal> shown = new HashMap<>();
		for (Element cell : page.select("table.form td[data-metric]")) {
			String text = cell.selectFirst("span.v").text();
			if (!text.equals("—")) {
				shown.merge(cell.attr("data-metric"), new BigDecimal(text), (a, b) -> a);
			}
		}
		assertCountyForm(shown);
		assertThat(page.select("h3:containsOwn(二、主动公开政府信息情况)")).hasSize(1);
		assertThat(page.select("table.form tbody th").eachText()).doesNotContain("（六）其他处理");
		assertThat(page.select("td[data-metric=applications.result.other.other.total] small.unsplit").text())
			.startsWith("含其他处理（未分项）");
		assertThat(page.select("td[data-metric=applications.result.other.no_correction.total] small.cov").text())
			.isEqualTo("15/21 个单位");
		// the 2021 form's own rows say how many units' forms had them; the 2019 form's table-二 rows are not shown
		assertThat(page.select("td[data-metric=proactive.normative_docs.issued] small.cov").text())
			.isEqualTo("15/21 个单位");
		assertThat(page.select("td[data-metric=proactive.normative_docs.new_made]")).isEmpty();
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
		assertThat(groups.get("计入汇总").get(0)).isEqualTo("18");
		assertThat(groups.get("退回修改")).containsExactly("2", "沈塘镇、南兴镇");
		assertThat(groups.get("未报送")).containsExactly("1", "覃斗镇");
		assertThat(groups.get("逾期报送")).containsExactly("1", "纪家镇");
		assertThat(groups.get("截止后更正")).containsExactly("0", "");
		assertThat(groups.get("通过（有警告）")).containsExactly("4", "白沙镇、唐家镇、企水镇、调风镇");
		assertThat(groups.get("通过").get(0)).isEqualTo("13");
		assertThat(page.select("#unit-table tbody tr")).hasSize(21);
		assertThat(page.select("h3.finding-unit").eachText()).contains("沈塘镇 通知", "南兴镇 通知", "唐家镇 通知", "覃斗镇 通知",
				"纪家镇 通知");
		for (Element link : page.select("h3.finding-unit a.letter")) {
			assertThat(demo.output().resolve(link.attr("href"))).as(link.attr("href")).isRegularFile();
		}
		// each unit's one status, file, arrival and letter
		Map<String, String> statuses = new HashMap<>();
		for (Element row : page.select("#unit-table tbody tr")) {
			statuses.put(row.child(0).text(), row.child(1).text());
		}
		assertThat(statuses).containsEntry("覃斗镇", "未报送").containsEntry("沈塘镇", "退回修改")
			.containsEntry("南兴镇", "退回修改").containsEntry("纪家镇", "逾期报送").containsEntry("唐家镇", "通过（有警告）")
			.containsEntry("雷城街道", "通过");
		Element jijia = page.selectFirst("#unit-table tr[data-unit=440882106]");
		assertThat(jijia.selectFirst("td.file").text()).isEqualTo("雷州市纪家镇人民政府2021年度政府信息公开工作年度报告.txt");
		assertThat(jijia.selectFirst("td.arrival").text()).isEqualTo("2022年2月14日 16:30");
		assertThat(jijia.select("td.letter a").attr("href")).isEqualTo("feedback/纪家镇.html");
		assertThat(page.selectFirst("#unit-table tr[data-unit=440882116] td.letter a").text()).isEqualTo("催报通知");
		assertThat(page.selectFirst("#unit-table tr[data-unit=440882101] td.letter a").text()).isEqualTo("退回修改通知");
		assertThat(page.select("#unit-table tr[data-unit=440882001] td.letter a")).isEmpty();
		for (Element link : page.select("#unit-table td.letter a")) {
			assertThat(demo.output().resolve(link.attr("href"))).as(link.attr("href")).isRegularFile();
		}
		// rule codes only in the findings' detail column
		assertThat(page.select("table.findings tbody td:not(.detail)").eachText())
			.noneMatch((text) -> text.matches(".*\\b[A-Z]+(-[A-Z]+)+\\b.*"));
		assertThat(page.select("table.findings tbody td.detail").eachText()).contains("APP-BALANCE", "SUBMISSION-LATE");
		assertThat(page.text()).doesNotContain("全县");
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
		Map<String, BigDecimal> shown = new HashMap<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(demo.output().resolve("consolidated.xlsx").toFile())) {
			for (FormTable table : CountyForm.tables(MetricCatalog.standard(), 2021)) {
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
								assertThat(expectedCountyForm()).doesNotContainKey(body.metrics().get(i));
							}
						}
					}
					rowIndex++;
				}
			}
			assertCountyForm(shown);

			XSSFSheet units = workbook.getSheet(ConsolidatedWorkbook.UNITS_SHEET);
			assertThat(units.getLastRowNum()).isEqualTo(21);
			assertThat(units.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(units.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:T22");
			Row leicheng = units.getRow(1);
			assertThat(leicheng.getCell(1).getStringCellValue()).isEqualTo("雷城街道");
			assertThat(leicheng.getCell(2).getStringCellValue()).isEqualTo("通过");
			assertThat(leicheng.getCell(4).getStringCellValue())
				.isEqualTo("雷州市雷城街道办事处2021年度政府信息公开工作年度报告.txt");
			assertThat(units.getRow(20).getCell(2).getStringCellValue()).isEqualTo("未报送");
			assertThat(leicheng.getCell(6).getNumericCellValue()).isEqualTo(
					demo.jdbc().queryForObject("select f.value from figure_cell f join submission s on s.id = f.submission_id"
							+ " where s.unit_code = '440882001' and f.metric = 'applications.new.total'", Double.class));
			assertThat(leicheng.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			// a unit outside the totals keeps its row's borders; amounts show their 4 decimals; wrapped labels get height
			assertThat(units.getRow(5).getCell(1).getStringCellValue()).isEqualTo("沈塘镇");
			assertThat(units.getRow(5).getCell(6).getCellStyle().getBorderBottom())
				.isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
			assertThat(units.getRow(20).getCell(4).getCellStyle().getBorderBottom())
				.isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
			Sheet three = workbook.getSheet("表三");
			for (Row row : three) {
				Cell label = row.getCell(0);
				if (row.getRowNum() > 0 && label != null && label.getStringCellValue().startsWith("（六）其他处理 1.")) {
					assertThat(row.getHeightInPoints()).as(label.getStringCellValue()).isEqualTo(30f);
				}
			}
			Sheet two = workbook.getSheet("表二");
			boolean amountSeen = false;
			for (Row row : two) {
				Cell label = row.getCell(0);
				if (label != null && label.getCellType() == CellType.STRING && label.getStringCellValue().equals("行政事业性收费")) {
					assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0000");
					amountSeen = true;
				}
			}
			assertThat(amountSeen).isTrue();
			// every sheet prints on A4 landscape, fitted to the page's width (as many pages down as it needs)
			for (Sheet sheet : workbook) {
				assertThat(sheet.getPrintSetup().getPaperSize()).as(sheet.getSheetName())
					.isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
				assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
				assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
				assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
				assertThat(sheet.getPrintSetup().getFitHeight()).as(sheet.getSheetName()).isZero();
			}
			// list rows are as high as their wrapped text: 纪家镇's file name takes two lines of the 40-wide column,
			// a finding's explanation longer than a line of the 80-wide column takes more than one
			Row jijia = units.getRow(10);
			assertThat(jijia.getCell(1).getStringCellValue()).isEqualTo("纪家镇");
			assertThat(units.getColumnWidth(4)).isEqualTo(40 * 256);
			assertThat(jijia.getHeightInPoints()).isEqualTo(30f);
			assertThat(leicheng.getHeightInPoints()).isEqualTo(30f);
			XSSFSheet findingsSheet = workbook.getSheet(ConsolidatedWorkbook.FINDINGS_SHEET);
			int tall = 0;
			for (Row row : findingsSheet) {
				String message = row.getCell(7).getStringCellValue();
				int lines = (int) Math.ceil(message.codePoints().mapToDouble((c) -> (c < 0x2E80) ? 0.5 : 1).sum() / 39);
				assertThat(row.getHeightInPoints()).as(message).isGreaterThanOrEqualTo(15f * Math.max(1, lines));
				tall += (lines > 1) ? 1 : 0;
			}
			assertThat(tall).as("findings whose explanation wraps").isGreaterThan(3);
			assertThat(leicheng.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			assertThat(workbook.getSheet(ConsolidatedWorkbook.FINDINGS_SHEET).getLastRowNum())
				.isEqualTo(demo.jdbc().queryForObject("select count(*) from finding where year = 2021", Integer.class));
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void countyReportFillsTheFormTablesWithTheCountyTotals() throws IOException {
		Map<String, BigDecimal> shown = new HashMap<>();
		try (XWPFDocument document = new XWPFDocument(Files.newInputStream(demo.output().resolve("county-report.docx")))) {
			List<XWPFTable> tables = document.getTables();
			int tableIndex = 0;
			for (FormTable table : CountyForm.tables(MetricCatalog.standard(), 2021)) {
				for (FormTable.Block block : table.blocks()) {
					XWPFTable docTable = tables.get(tableIndex++);
					assertThat(docTable.getNumberOfRows()).isEqualTo(block.headers().size() + block.rows().size());
					int rowIndex = block.headers().size();
					for (FormTable.Row body : block.rows()) {
						XWPFTableRow row = docTable.getRow(rowIndex++);
						assertThat(row.getCell(0).getText()).isEqualTo(body.label());
						for (int i = 0; i < body.metrics().size(); i++) {
							String text = row.getCell(i + 1).getParagraphs().get(0).getText();
							if (!text.equals("—")) {
								shown.put(body.metrics().get(i), new BigDecimal(text));
							}
						}
					}
				}
			}
			assertThat(tables).hasSize(tableIndex);
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo("雷州市2021年政府信息公开工作年度报告");
			assertThat(document.getParagraphs().get(1).getText()).contains("雷州市所属 18 个单位").doesNotContain("本级");
			assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
			assertThat(document.getDocument().getBody().getSectPr().getPgSz().getH().toString()).isEqualTo("16838");
			// the label column of table 三 is wide, table 四's (件数) narrow; a fixed grid, the table style
			XWPFTable three = tables.get(tables.size() - 2);
			assertThat(three.getRow(4).getCell(0).getWidth()).isEqualTo(CountyReportDocument.LABEL_WIDTH);
			assertThat(three.getCTTbl().getTblGrid().getGridColArray(0).getW().toString())
				.isEqualTo(String.valueOf(CountyReportDocument.LABEL_WIDTH));
			assertThat(tables.get(tables.size() - 1).getCTTbl().getTblGrid().getGridColArray(0).getW().toString())
				.isEqualTo(String.valueOf(CountyReportDocument.SHORT_LABEL_WIDTH));
			assertThat(tables).allSatisfy((table) -> {
				assertThat(table.getStyleID()).isEqualTo("FormTable");
				assertThat(table.getRow(0).isRepeatHeader()).isTrue();
				assertThat(table.getRow(table.getNumberOfRows() - 1).isCantSplitRow()).isTrue();
			});
			// Word's own styles: the title, the six parts as Heading 1 in the form's order, part 一's items as Heading 2
			assertThat(document.getParagraphs().get(0).getStyle()).isEqualTo("Title");
			assertThat(document.getParagraphs().stream().filter((p) -> "Heading1".equals(p.getStyle()))
				.map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList()).containsExactly("一、总体情况",
						"二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
						"五、存在的主要问题及改进情况", "六、其他需要报告的事项");
			assertThat(document.getParagraphs().stream().filter((p) -> "Heading2".equals(p.getStyle())).count())
				.isEqualTo(5);
			org.apache.poi.xwpf.usermodel.XWPFStyles styles = document.getStyles();
			assertThat(styles.getStyle("Heading1").getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("黑体");
			assertThat(styles.getStyle("Title").getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("宋体");
			assertThat(styles.getStyle("FormTable").getCTStyle().getType().toString()).isEqualTo("table");
			String stylesXml = new String(styles.getPackagePart().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(stylesXml).as("body text in 仿宋").containsPattern("(?s)rPrDefault>.*?eastAsia=\"仿宋\".*?</w:rPrDefault");
			assertThat(document.getDocument().getBody().getSectPr().getPgMar().getLeft().toString()).isEqualTo("1588");
			// the N/M notes and the unsplit part under the tables, true of the totals
			List<String> notes = document.getParagraphs().stream().filter((p) -> "FormTableNote".equals(p.getStyle()))
				.map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).filter((text) -> !text.isEmpty()).toList();
			assertThat(notes).contains("注：（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请：各栏均为 15/21 个单位填报。");
			// the unsplit part of 3.其他 per column is what the 2019-form units' （六） adds beyond the 2021 sub-rows
			Map<String, BigDecimal> totals = demo.countyTotals();
			List<String> unsplit = new java.util.ArrayList<>();
			List<String> labels = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
			List<String> columns = org.xxgk.rollup.model.FormLayout.COLUMNS;
			for (int i = 0; i < columns.size(); i++) {
				String other = "applications.result.other.";
				BigDecimal part = totals.get(other + columns.get(i))
					.subtract(totals.get(other + "no_correction." + columns.get(i)))
					.subtract(totals.get(other + "unpaid_fee." + columns.get(i)))
					.subtract(totals.get(other + "other." + columns.get(i)));
				if (part.signum() != 0) {
					unsplit.add(labels.get(i) + " " + part.stripTrailingZeros().toPlainString());
				}
			}
			assertThat(unsplit).isNotEmpty();
			assertThat(notes).contains("注：（六）其他处理 3.其他：各栏均为 18/21 个单位填报；含其他处理（未分项）："
					+ String.join("，", unsplit) + "。");
		}
		assertCountyForm(shown);
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
	void eachUnitGetsTheLetterItsStatusCallsForAndOnlyAboutFilesItSent() throws IOException {
		Path letters = demo.output().resolve("feedback");
		String date = Wording.date(demo.jdbc()
			.queryForObject("select rolled_up_at from scope_state where year = 2021", java.time.OffsetDateTime.class)
			.atZoneSameInstant(Wording.BEIJING)
			.toLocalDate());
		String deadline = Wording.date(demo.jdbc()
			.queryForObject("select rolled_up_at from scope_state where year = 2021", java.time.OffsetDateTime.class)
			.atZoneSameInstant(Wording.BEIJING)
			.toLocalDate()
			.plusDays(10));
		assertThat(Files.list(letters).map((file) -> file.getFileName().toString()).sorted().toList()).containsExactly(
				"企水镇.html", "南兴镇.html", "唐家镇.html", "沈塘镇.html", "白沙镇.html", "纪家镇.html", "覃斗镇.html",
				"调风镇.html");

		// 覃斗镇 sent nothing: a reminder, nothing about a report or the total it is not in
		Document qindou = Jsoup.parse(letters.resolve("覃斗镇.html").toFile(), "UTF-8");
		assertThat(qindou.body().attr("data-kind")).isEqualTo("催报通知");
		assertThat(qindou.selectFirst("h1").text()).isEqualTo("关于催报2021年度政府信息公开工作年度报告的通知");
		assertThat(qindou.selectFirst("p.to").text()).isEqualTo("覃斗镇：");
		assertThat(qindou.text()).contains("截至" + date + "，雷州市政务公开办尚未收到贵单位的2021年度政府信息公开工作年度报告，"
				+ "贵单位的数据未计入全市汇总。请于" + deadline + "前报送")
			.doesNotContain("审核").doesNotContain("已计入").doesNotContain("督促").doesNotContain("《");
		assertThat(qindou.select("table")).isEmpty();
		assertThat(qindou.selectFirst("p.signature").text()).isEqualTo("雷州市政务公开办 " + date);

		// 沈塘镇's report has errors: returned, naming its file and arrival, its errors first, no 未报送
		Document shentang = Jsoup.parse(letters.resolve("沈塘镇.html").toFile(), "UTF-8");
		assertThat(shentang.body().attr("data-kind")).isEqualTo("退回修改通知");
		assertThat(shentang.text()).contains("贵单位报送的2021年度政府信息公开工作年度报告《雷州市沈塘镇人民政府2021年度政府信息公开工作年度报告.txt》"
				+ "（2022年1月" ).contains("收到）经审核发现 2 个错误，暂不能计入全市汇总。请按下表更正后，于" + deadline + "前重新报送。");
		List<String> severities = shentang.select("table.findings tbody tr td:eq(1)").eachText();
		assertThat(severities).first().isEqualTo("错误");
		assertThat(severities).isSortedAccordingTo((a, b) -> Boolean.compare(a.equals("警告"), b.equals("警告")));
		assertThat(shentang.select("table.findings tbody tr").eachAttr("data-rule")).containsOnly("APP-BALANCE");
		assertThat(shentang.text()).doesNotContain("未报送").doesNotContain("督促").contains("表三");

		// 纪家镇 was late: a notice, counted, told to send on time
		Document jijia = Jsoup.parse(letters.resolve("纪家镇.html").toFile(), "UTF-8");
		assertThat(jijia.body().attr("data-kind")).isEqualTo("审核意见");
		assertThat(jijia.text()).contains("《雷州市纪家镇人民政府2021年度政府信息公开工作年度报告.txt》（2022年2月14日 16:30收到）已通过审核，计入全市汇总")
			.contains("晚于报送截止日期收到，请今后按时报送").doesNotContain("暂不能计入");
		assertThat(jijia.select("table.findings tbody tr").eachAttr("data-rule")).containsExactly("SUBMISSION-LATE");

		List<String> fingerprints = demo.jdbc()
			.queryForList("select left(sha256, 12) from submission where sha256 is not null", String.class);
		assertThat(fingerprints).hasSize(20);
		for (Path letter : Files.list(letters).toList()) {
			String text = Jsoup.parse(letter.toFile(), "UTF-8").text();
			assertThat(fingerprints).as(letter.toString()).noneMatch(text::contains);
			assertThat(text).as(letter.toString()).doesNotContain("全县")
				.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContain("SUBMISSION").doesNotContain("规则");
		}
		assertThat(letters.resolve("雷城街道.html")).doesNotExist();
	}

}
