package org.xxgk.rollup.app;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.report.DemoRun;
import org.xxgk.rollup.review.ReviewSheet;
import org.xxgk.rollup.review.ReviewSheet.Column;
import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline way in: the review step writes 复核意见表.xlsx, a clerk fills it (here with POI, as Excel or WPS would
 * save it) and puts it under {@code <input>/复核意见/}; the next run applies its rows through the same review desk as
 * jobs/decide and the console, reports every row it cannot apply with the reason, and adds nothing when the same sheet
 * is read again.
 */
@ExtendWith(TestDatabaseExtension.class)
class ReviewSheetFunctionalTests {

	private static final String NEW_TOTAL = "applications.new.total";

	private static final String SHENTANG = "440882101";

	private static final String TANGJIA = "440882104";

	private static final String SHEET_NAME = "张科长的复核意见.xlsx";

	@Test
	void aFilledSheetChangesTheNextRunReportsWhatItCannotApplyAndIsAppliedOnce(@TempDir Path temp,
			TestDatabase.Database database) throws Exception {
		FirstRun first = FirstRun.of(temp, database);
		Path input = first.input();
		Path out = first.out();
		String[] run = first.command();
		JdbcTemplate jdbc = database.jdbc();
		assertThat(countyTotal(jdbc)).isEqualByComparingTo("1033");

		// the written sheet: one row per open finding of a unit, keys hidden, the sheet protected, a drop-down
		Path written = out.resolve(ReviewSheet.FILE);
		try (Workbook workbook = WorkbookFactory.create(written.toFile())) {
			XSSFSheet sheet = (XSSFSheet) workbook.getSheet(ReviewSheet.SHEET);
			assertThat(sheet.getProtect()).isTrue();
			for (Column column : Column.values()) {
				assertThat(sheet.isColumnHidden(column.ordinal())).as(column.header()).isEqualTo(column.key());
			}
			assertThat(sheet.getDataValidations()).hasSize(1);
			assertThat(sheet.getDataValidations().get(0).getValidationConstraint().getExplicitListValues())
				.containsExactly("问题属实，退回修改", "核实无误，不再提示", "虽有错误，仍计入汇总");
			List<Map<Column, String>> rows = rows(sheet);
			assertThat(rows).extracting((row) -> row.get(Column.UNIT) + " " + row.get(Column.RULE_ID) + " "
					+ row.get(Column.METRIC_ID)).containsExactly("白沙镇 TEMPLATE-OUTDATED ",
							"沈塘镇 APP-BALANCE applications.new.natural_person",
							"沈塘镇 APP-BALANCE applications.new.total",
							"唐家镇 CELL-MISSING proactive.penalty.decisions",
							"唐家镇 CELL-MISSING proactive.coercion.decisions", "企水镇 TEMPLATE-OUTDATED ",
							"纪家镇 SUBMISSION-LATE ", "南兴镇 CELL-NOT-NUMBER proactive.licensing.decisions",
							"调风镇 TEMPLATE-OUTDATED ", "覃斗镇 SUBMISSION-MISSING ");
			Map<Column, String> shentang = rows.get(1);
			assertThat(shentang).containsEntry(Column.SEVERITY, "错误")
				.containsEntry(Column.PROBLEM, "申请数量不平衡（新收＋结转≠办结＋结转下年）")
				.containsEntry(Column.PLACE, "表三 · 一、本年新收政府信息公开申请数量 · 自然人（表三 第4行第2列（原文第86行））")
				.containsEntry(Column.KEY_YEAR, "2021")
				.containsEntry(Column.KEY_UNIT, SHENTANG)
				.containsEntry(Column.KEY_RULE, "APP-BALANCE")
				.containsEntry(Column.KEY_SHA256, jdbc.queryForObject(
						"select sha256 from submission where unit_code = ?", String.class, SHENTANG));
			assertThat(rows.get(9)).containsEntry(Column.KEY_SHA256, "").containsEntry(Column.FILE, "");
		}

		// the clerk fills it, sorts it (reversed) and deletes a row; a second file in the folder is not a sheet
		Path sheets = Files.createDirectories(input.resolve(ReviewSheet.FOLDER));
		Path filled = sheets.resolve(SHEET_NAME);
		fill(written, filled, Map.of(
				"沈塘镇 APP-BALANCE", new String[] { "虽有错误，仍计入汇总", "已电话核实，报告已按此公开" },
				"唐家镇 CELL-MISSING", new String[] { "核实无误，不再提示", "本年确无处罚和强制" },
				"调风镇 TEMPLATE-OUTDATED", new String[] { "问题属实，退回修改", "已电话通知改用新版表格" },
				"南兴镇 CELL-NOT-NUMBER", new String[] { "问题属实，退回修改", "" },
				"纪家镇 SUBMISSION-LATE", new String[] { "同意", "逾期属实" },
				"企水镇 TEMPLATE-OUTDATED", new String[] { "核实无误，不再提示", "按旧表读取无误" }),
				"覃斗镇");
		Files.write(sheets.resolve("损坏的表.xlsx"), new byte[] { 'P', 'K', 3, 4, 0, 1, 2 });
		Files.writeString(sheets.resolve("~$张科长的复核意见.xlsx"), "Excel's lock file while the sheet is open");
		// 企水镇 sends a new version of its file before the next run: its row is about the old one
		Path qishui = input.resolve("企水镇/000_5f48812134be5170.txt");
		FileTime received = Files.getLastModifiedTime(qishui);
		Files.writeString(qishui, Files.readString(qishui) + "\n");
		Files.setLastModifiedTime(qishui, received);

		CommandRun applied = CommandRun.inProcess(run);
		assertThat(applied.exitCode()).as(applied.err()).isZero();
		assertThat(applied.out()).as("the sheets are not submissions")
			.contains("收到文件 20 个（本次解析 1 个，其余未变）")
			.contains("复核意见表（复核意见/）：已生效 5 行，未处理 4 行（见 复核意见处理结果.csv）：")
			.contains("    " + SHEET_NAME + " 第 6 行：处理意见“同意”不是下拉列表中的三种之一（问题属实，退回修改、核实无误，不再提示、虽有错误，仍计入汇总）")
			.contains("    损坏的表.xlsx：无法打开此文件");
		assertThat(status(jdbc, SHENTANG)).isEqualTo("accepted_with_warnings");
		assertThat(status(jdbc, TANGJIA)).isEqualTo("accepted");
		assertThat(status(jdbc, "440882108")).as("南兴镇: its row had no reason").isEqualTo("rejected");
		assertThat(countyTotal(jdbc)).isEqualByComparingTo("1089");
		assertThat(sumOfUnitsInTotals(jdbc)).isEqualByComparingTo("1089");
		assertThat(jdbc.queryForList("""
				select region.name || ' ' || rule || ' ' || metric || ' ' || decision || ' ' || decided_by
				from review_decision join region on region.code = review_decision.unit_code order by review_decision.id""",
				String.class)).containsExactlyInAnyOrder(
						"沈塘镇 APP-BALANCE applications.new.natural_person include " + SHEET_NAME,
						"沈塘镇 APP-BALANCE applications.new.total include " + SHEET_NAME,
						"唐家镇 CELL-MISSING proactive.penalty.decisions dismiss " + SHEET_NAME,
						"唐家镇 CELL-MISSING proactive.coercion.decisions dismiss " + SHEET_NAME,
						"调风镇 TEMPLATE-OUTDATED  confirm " + SHEET_NAME);
		List<Map<String, String>> results = ExportedCsv.read(out.resolve(ReviewSheet.RESULT_FILE)).rows();
		assertThat(results).extracting((row) -> row.get("复核意见表") + "|" + row.get("单位") + "|" + row.get("规则")
				+ "|" + row.get("处理结果") + "|" + row.get("原因或决定").replaceAll("编号 \\d+，\\d{4}-\\d\\d-\\d\\d", "编号"))
			.containsExactly(SHEET_NAME + "|调风镇|TEMPLATE-OUTDATED|已生效|已记录为复核决定（编号）",
					SHEET_NAME + "|南兴镇|CELL-NOT-NUMBER|未处理|未填写说明：每项复核意见都须写明理由",
					SHEET_NAME + "|纪家镇|SUBMISSION-LATE|未处理|处理意见“同意”不是下拉列表中的三种之一（问题属实，退回修改、核实无误，不再提示、虽有错误，仍计入汇总）",
					SHEET_NAME + "|企水镇|TEMPLATE-OUTDATED|未处理|该单位已重新报送（或撤回了）本行所针对的报告，意见不适用于新文件，未记录；请在新生成的复核意见表中对新报告重新填写",
					SHEET_NAME + "|唐家镇|CELL-MISSING|已生效|已记录为复核决定（编号）",
					SHEET_NAME + "|唐家镇|CELL-MISSING|已生效|已记录为复核决定（编号）",
					SHEET_NAME + "|沈塘镇|APP-BALANCE|已生效|已记录为复核决定（编号）",
					SHEET_NAME + "|沈塘镇|APP-BALANCE|已生效|已记录为复核决定（编号）",
					"损坏的表.xlsx|||未处理|无法打开此文件（NotOfficeXmlFileException）：请确认是由本系统生成、用 Excel 或 WPS 填写后保存的 .xlsx 文件，没有设置打开密码");
		assertThat(results.get(1)).containsEntry("行号", "5").containsEntry("处理意见", "问题属实，退回修改")
			.containsEntry("说明", "");
		String overview = Files.readString(out.resolve("overview.html"));
		assertThat(overview).contains("<h2 id=\"review-sheets\">复核意见表处理结果</h2>")
			.contains("填写的复核意见共 9 行：已生效 5 行，<strong class=\"error\">未处理 4 行</strong>")
			.contains("<td class=\"error\">未处理</td><td>未填写说明：每项复核意见都须写明理由</td>");

		// the letters say what the county decided
		String shentang = Files.readString(out.resolve("feedback/沈塘镇.html"));
		assertThat(text(shentang)).contains("经审核发现 2 个错误，经县级复核，虽有错误，仍计入全市汇总（见下文“经复核计入汇总的问题”），本次无需为此重新报送")
			.contains("经复核计入汇总的问题（经县级复核，虽有错误，仍计入汇总）：")
			.doesNotContain("退回修改", "暂不能计入");
		String tiaofeng = text(Files.readString(out.resolve("feedback/调风镇.html")));
		assertThat(tiaofeng).contains("已通过审核，计入全市汇总。审核发现以下 1 个警告，不影响汇总，经县级复核，问题属实，请修改后重新报送。请于")
			.contains("经县级复核，问题属实，请修改后重新报送。请改用国办公开办函〔2021〕30号规定的新版表格。")
			.doesNotContain("无需重新报送").doesNotContain("更正稿");
		assertThat(out.resolve("feedback/唐家镇.html")).as("both its warnings dismissed").doesNotExist();
		String qishuiLetter = text(Files.readString(out.resolve("feedback/企水镇.html")));
		assertThat(qishuiLetter).contains("已通过审核，计入全市汇总，无需重新报送。审核发现以下 1 个警告，不影响汇总。")
			.doesNotContain("经县级复核").doesNotContain("更正稿");

		// the new sheet holds what is still open: 沈塘镇 and 唐家镇 are decided, 调风镇's confirmed row stays
		try (Workbook workbook = WorkbookFactory.create(written.toFile())) {
			List<Map<Column, String>> rows = rows(workbook.getSheet(ReviewSheet.SHEET));
			assertThat(rows).extracting((row) -> row.get(Column.UNIT)).containsExactly("白沙镇", "企水镇", "纪家镇",
					"南兴镇", "调风镇", "覃斗镇");
			assertThat(rows.get(4).get(Column.LAST_DECISION)).startsWith("问题属实，退回修改：已电话通知改用新版表格（" + SHEET_NAME);
		}

		// the same sheet the next night: nothing new, the totals and the result are those of last night
		String resultBefore = Files.readString(out.resolve(ReviewSheet.RESULT_FILE));
		CommandRun again = CommandRun.inProcess(run);
		assertThat(again.exitCode()).as(again.err()).isZero();
		assertThat(again.out()).contains("无新增或修改的报告：汇总数与上次相同")
			.contains("复核意见表（复核意见/）：已生效 5 行，未处理 4 行");
		assertThat(jdbc.queryForObject("select count(*) from review_decision", Integer.class)).isEqualTo(5);
		assertThat(Files.readString(out.resolve(ReviewSheet.RESULT_FILE))).isEqualTo(resultBefore);
		assertThat(countyTotal(jdbc)).isEqualByComparingTo("1089");
	}

	@Test
	void aClerkCanDecideEveryFindingOfTheDemoSetThroughTheSheetAndTheTotalsFollow(@TempDir Path temp,
			TestDatabase.Database database) throws Exception {
		FirstRun first = FirstRun.of(temp, database);
		Path input = first.input();
		Path out = first.out();
		String[] run = first.command();
		JdbcTemplate jdbc = database.jdbc();
		Path sheets = Files.createDirectories(input.resolve(ReviewSheet.FOLDER));
		// every error counted by decision, every warning dismissed
		fillEvery(out.resolve(ReviewSheet.FILE), sheets.resolve("全部.xlsx"));
		CommandRun decided = CommandRun.inProcess(run);
		assertThat(decided.exitCode()).as(decided.err()).isZero();
		assertThat(decided.out()).contains("复核意见表（复核意见/）：已生效 10 行，未处理 0 行")
			.contains("通过 18，通过但有警告 2，退回修改 0");
		assertThat(jdbc.queryForObject("""
				select count(*) from finding left join finding_decision on finding_decision.finding_id = finding.id
				where finding.year = 2021 and not coalesce(finding_decision.applies
					and finding_decision.decision in ('dismiss', 'include'), false)""", Integer.class))
			.as("no open finding remains").isZero();
		try (Workbook workbook = WorkbookFactory.create(out.resolve(ReviewSheet.FILE).toFile())) {
			assertThat(rows(workbook.getSheet(ReviewSheet.SHEET))).isEmpty();
		}
		// every unit that sent a report is in the totals: 沈塘镇's 56 and 南兴镇's 58 come in
		assertThat(countyTotal(jdbc)).isEqualByComparingTo(sumOfUnitsInTotals(jdbc));
		assertThat(countyTotal(jdbc)).isEqualByComparingTo("1147");
		assertThat(jdbc.queryForObject("""
				select count(*) from submission where year = 2021 and status in ('accepted', 'accepted_with_warnings')""",
				Integer.class)).isEqualTo(20);
		assertThat(Files.list(out.resolve("feedback")).map((file) -> file.getFileName().toString()).sorted())
			.as("only the two included reports are told; nobody is asked to send again")
			.containsExactly("南兴镇.html", "沈塘镇.html");
	}

	/** The demo set copied under the test's folder and consolidated once, with the command that runs it again. */
	private record FirstRun(Path input, Path out, String[] command) {

		static FirstRun of(Path temp, TestDatabase.Database database) throws IOException {
			Path input = DemoRun.copyDemoSet(temp.resolve("2021"));
			Path out = temp.resolve("out");
			String[] command = { "--year", "2021", "--input", input.toString(), "--output", out.toString(), "--db",
					database.url() };
			assertThat(CommandRun.inProcess(command).exitCode()).isZero();
			return new FirstRun(input, out, command);
		}

	}

	/** The sheet's finding rows, each cell by column. */
	private static List<Map<Column, String>> rows(Sheet sheet) {
		DataFormatter formatter = new DataFormatter();
		List<Map<Column, String>> rows = new ArrayList<>();
		for (int i = 3; i <= sheet.getLastRowNum(); i++) {
			Row row = sheet.getRow(i);
			if (row == null) {
				continue;
			}
			Map<Column, String> cells = new LinkedHashMap<>();
			for (Column column : Column.values()) {
				Cell cell = row.getCell(column.ordinal());
				cells.put(column, (cell == null) ? "" : formatter.formatCellValue(cell));
			}
			rows.add(cells);
		}
		return rows;
	}

	/**
	 * Fills the rows of each "unit rule" with its decision and reason, deletes the rows of {@code deletedUnit} and
	 * writes the rows in reverse order (as a clerk's sort would), saving the result as {@code filled}.
	 */
	private static void fill(Path written, Path filled, Map<String, String[]> decisions, String deletedUnit)
			throws Exception {
		try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(written))) {
			Sheet sheet = workbook.getSheet(ReviewSheet.SHEET);
			List<Map<Column, String>> rows = rows(sheet);
			rows.removeIf((row) -> row.get(Column.UNIT).equals(deletedUnit));
			java.util.Collections.reverse(rows);
			for (int i = 3; i <= sheet.getLastRowNum(); i++) {
				if (sheet.getRow(i) != null) {
					sheet.removeRow(sheet.getRow(i));
				}
			}
			for (int i = 0; i < rows.size(); i++) {
				Map<Column, String> cells = rows.get(i);
				String[] decision = decisions.get(cells.get(Column.UNIT) + " " + cells.get(Column.RULE_ID));
				if (decision != null) {
					cells.put(Column.DECISION, decision[0]);
					cells.put(Column.REASON, decision[1]);
				}
				Row row = sheet.createRow(3 + i);
				cells.forEach((column, value) -> row.createCell(column.ordinal()).setCellValue(value));
			}
			try (OutputStream file = Files.newOutputStream(filled)) {
				workbook.write(file);
			}
		}
	}

	/** Every row decided: errors 虽有错误，仍计入汇总, warnings 核实无误，不再提示. */
	private static void fillEvery(Path written, Path filled) throws Exception {
		try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(written))) {
			Sheet sheet = workbook.getSheet(ReviewSheet.SHEET);
			for (int i = 3; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				boolean error = row.getCell(Column.SEVERITY.ordinal()).getStringCellValue().equals("错误");
				// new cells: POI does not replace the value of the inline-string cells the streaming writer made
				row.createCell(Column.DECISION.ordinal()).setCellValue(error ? "虽有错误，仍计入汇总" : "核实无误，不再提示");
				row.createCell(Column.REASON.ordinal()).setCellValue("县里逐条核实");
			}
			try (OutputStream file = Files.newOutputStream(filled)) {
				workbook.write(file);
			}
		}
	}

	/** A letter's text without its tags. */
	private static String text(String html) {
		return html.replaceAll("<[^>]+>", "");
	}

	private static String status(JdbcTemplate jdbc, String unitCode) {
		return ReviewDecisionsFunctionalTests.status(jdbc, unitCode);
	}

	private static BigDecimal countyTotal(JdbcTemplate jdbc) {
		return ReviewDecisionsFunctionalTests.countyTotal(jdbc, NEW_TOTAL);
	}

	private static BigDecimal sumOfUnitsInTotals(JdbcTemplate jdbc) {
		return ReviewDecisionsFunctionalTests.sumOfUnitsInTotals(jdbc, NEW_TOTAL);
	}

}
