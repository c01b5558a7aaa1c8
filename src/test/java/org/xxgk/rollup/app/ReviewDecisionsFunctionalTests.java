package org.xxgk.rollup.app;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.report.DemoRun;
import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Review decisions and corrections through {@code jobs/decide} change the next run of the demo set exactly: statuses,
 * the county totals (always the sum of the units in the totals), findings.csv's decision and submissions.csv's review;
 * they survive a no-change rerun and re-open when the unit's file changes.
 */
@ExtendWith(TestDatabaseExtension.class)
class ReviewDecisionsFunctionalTests {

	private static final String NEW_TOTAL = "applications.new.total";

	private static final String NEW_NATURAL = "applications.new.natural_person";

	private static final String SHENTANG = "440882101";

	private static final String TANGJIA = "440882104";

	@Test
	void decisionsAndCorrectionsChangeTheNextRunAndReopenWhenTheFileChanges(@TempDir Path temp,
			TestDatabase.Database database) throws Exception {
		Path input = DemoRun.copyDemoSet(temp.resolve("2021"));
		Path out = temp.resolve("out");
		String[] run = { "--year", "2021", "--input", input.toString(), "--output", out.toString(), "--db",
				database.url() };
		JdbcTemplate jdbc = database.jdbc();
		assertThat(CommandRun.inProcess(run).exitCode()).isZero();
		assertThat(status(jdbc, SHENTANG)).isEqualTo("rejected");
		assertThat(status(jdbc, TANGJIA)).isEqualTo("accepted_with_warnings");
		BigDecimal before = countyTotal(jdbc, NEW_TOTAL);
		assertThat(before).isEqualByComparingTo("1033");
		assertThat(before).isEqualByComparingTo(sumOfUnitsInTotals(jdbc, NEW_TOTAL));

		// a decision on a finding that does not exist is refused, nothing is stored
		CommandRun refused = decide(database, "--unit", "沈塘镇", "--rule", "CELL-MISSING", "--decision", "dismiss",
				"--reason", "核实无误");
		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.err()).contains("沈塘镇 2021年度当前没有规则 CELL-MISSING 的审核发现，未记录决定。")
			.contains("该单位当前的审核发现：APP-BALANCE（applications.new.natural_person）");
		assertThat(decide(database, "--unit", "唐家镇", "--rule", "CELL-MISSING", "--decision", "include",
				"--reason", "x").exitCode()).as("include is for errors").isEqualTo(2);
		assertThat(decide(database, "--unit", "沈塘镇", "--rule", "APP-BALANCE", "--decision", "include",
				"--reason", " ").exitCode()).as("a reason is required").isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from review_decision", Integer.class)).isZero();

		// include 沈塘镇 (by its name) and dismiss 唐家镇's two blanks (by its code)
		CommandRun included = decide(database, "--unit", "沈塘镇", "--rule", "APP-BALANCE", "--decision", "include",
				"--reason", "已电话核实，报告已按此公开", "--by", "张科长");
		assertThat(included.exitCode()).as(included.err()).isZero();
		assertThat(included.out()).contains("已记录决定：沈塘镇 APP-BALANCE（applications.new.total） 虽有错误，仍计入汇总");
		assertThat(decide(database, "--unit", TANGJIA, "--rule", "CELL-MISSING", "--decision", "dismiss",
				"--reason", "本年确无处罚和强制", "--by", "张科长").exitCode()).isZero();
		assertThat(status(jdbc, SHENTANG)).as("only the next run applies it").isEqualTo("rejected");

		CommandRun decided = CommandRun.inProcess(run);
		assertThat(decided.exitCode()).as(decided.err()).isZero();
		assertThat(status(jdbc, SHENTANG)).isEqualTo("accepted_with_warnings");
		assertThat(status(jdbc, TANGJIA)).isEqualTo("accepted");
		assertThat(countyTotal(jdbc, NEW_TOTAL)).isEqualByComparingTo("1089");
		assertThat(sumOfUnitsInTotals(jdbc, NEW_TOTAL)).isEqualByComparingTo("1089");
		assertThat(jdbc.queryForObject("""
				select count(*) from finding where unit_code = ? and rule = 'SUBMISSION-MISSING'""", Integer.class,
				SHENTANG)).as("an included unit has reported").isZero();
		ExportedCsv findings = ExportedCsv.read(out.resolve("findings.csv"));
		assertThat(findings.header()).endsWith("message", "decision", "decision_note");
		assertThat(decisions(findings, SHENTANG)).containsExactly(
				"APP-BALANCE/" + NEW_NATURAL + "=include:虽有错误，仍计入汇总：已电话核实，报告已按此公开（张科长，"
						+ today() + "）",
				"APP-BALANCE/" + NEW_TOTAL + "=include:虽有错误，仍计入汇总：已电话核实，报告已按此公开（张科长，" + today() + "）");
		assertThat(decisions(findings, TANGJIA)).containsExactly(
				"CELL-MISSING/proactive.penalty.decisions=dismiss:核实无误，不再提示：本年确无处罚和强制（张科长，" + today() + "）",
				"CELL-MISSING/proactive.coercion.decisions=dismiss:核实无误，不再提示：本年确无处罚和强制（张科长，" + today() + "）");
		assertThat(review(out, SHENTANG)).isEqualTo("经复核计入汇总（APP-BALANCE：已电话核实，报告已按此公开）");
		assertThat(Files.readString(out.resolve("overview.html")))
			.contains("<td>虽有错误，仍计入汇总：已电话核实，报告已按此公开（张科长，" + today() + "）</td>")
			.contains("<td>核实无误，不再提示：本年确无处罚和强制（张科长，" + today() + "）</td>");
		assertThat(Files.readString(out.resolve("feedback/沈塘镇.html")))
			.as("counted by decision, its errors not put to it as open problems")
			.contains("经县级复核，虽有错误，仍计入全市汇总")
			.doesNotContain("暂不能计入", "请按下表更正后");
		assertThat(out.resolve("feedback/唐家镇.html")).doesNotExist();
		assertThat(out.resolve("feedback/南兴镇.html")).exists();
		try (var workbook = WorkbookFactory.create(out.resolve("consolidated.xlsx").toFile())) {
			var sheet = workbook.getSheet("问题清单");
			List<String> notes = new java.util.ArrayList<>();
			sheet.forEach((row) -> notes.add(row.getCell(0).getStringCellValue() + ":"
					+ row.getCell(8).getStringCellValue()));
			assertThat(notes).contains("单位:复核意见", "唐家镇:核实无误，不再提示：本年确无处罚和强制（张科长，" + today() + "）");
		}
		assertThat(ExportedCsv.read(out.resolve("figures.csv")).figuresOf("440882").get(NEW_TOTAL))
			.isEqualByComparingTo("1089");

		// a night with no change keeps the decisions and the totals
		CommandRun quiet = CommandRun.inProcess(run);
		assertThat(decided.out()).contains("无新增或修改的报告；有新的复核决定或更正，本次已重新汇总");
		assertThat(quiet.out()).contains("无新增或修改的报告：汇总数与上次相同");
		assertThat(status(jdbc, SHENTANG)).isEqualTo("accepted_with_warnings");
		assertThat(countyTotal(jdbc, NEW_TOTAL)).isEqualByComparingTo("1089");

		// corrections of 沈塘镇's two new-application figures: the checks pass, the totals move by the difference
		for (String[] correction : List.of(new String[] { NEW_NATURAL, "10" }, new String[] { NEW_TOTAL, "54" })) {
			CommandRun corrected = decide(database, "--unit", "沈塘镇", "--correct", correction[0], "--value",
					correction[1], "--reason", "乡镇来电确认笔误", "--by", "张科长");
			assertThat(corrected.exitCode()).as(corrected.err()).isZero();
		}
		assertThat(decide(database, "--unit", "沈塘镇", "--correct", "no.such.metric", "--value", "1", "--reason",
				"x").err()).contains("沈塘镇 2021年度的报告中没有指标 no.such.metric，未记录更正");
		assertThat(CommandRun.inProcess(run).exitCode()).isZero();
		assertThat(jdbc.queryForList("select rule from finding where unit_code = ? order by rule", String.class,
				SHENTANG)).as("the corrected tables balance; the prose still says 56").containsExactly("TEXT-TABLE-MISMATCH");
		assertThat(status(jdbc, SHENTANG)).isEqualTo("accepted_with_warnings");
		assertThat(countyTotal(jdbc, NEW_TOTAL)).isEqualByComparingTo("1087");
		assertThat(sumOfUnitsInTotals(jdbc, NEW_TOTAL)).isEqualByComparingTo("1087");
		assertThat(jdbc.queryForMap("""
				select figure.value, figure.raw from figure_cell as figure join submission on submission.id = figure.submission_id
				where submission.unit_code = ? and figure.metric = ?""", SHENTANG, NEW_TOTAL))
			.as("the corrected value is used, the published text kept")
			.containsEntry("raw", "56")
			.hasEntrySatisfying("value", (value) -> assertThat((BigDecimal) value).isEqualByComparingTo("54"));
		assertThat(review(out, SHENTANG)).isEqualTo("经核实更正 " + NEW_NATURAL + "：12 → 10（乡镇来电确认笔误）；经核实更正 "
				+ NEW_TOTAL + "：56 → 54（乡镇来电确认笔误）");

		// 沈塘镇 sends a new file: its findings are open again, the last decision shown beside them
		Path shentang = input.resolve("雷州市沈塘镇人民政府2021年度政府信息公开工作年度报告.txt");
		FileTime received = Files.getLastModifiedTime(shentang);
		Files.writeString(shentang, Files.readString(shentang) + "\n");
		Files.setLastModifiedTime(shentang, received);
		assertThat(CommandRun.inProcess(run).exitCode()).isZero();
		assertThat(status(jdbc, SHENTANG)).isEqualTo("rejected");
		assertThat(status(jdbc, TANGJIA)).isEqualTo("accepted");
		assertThat(countyTotal(jdbc, NEW_TOTAL)).isEqualByComparingTo("1033");
		assertThat(decisions(ExportedCsv.read(out.resolve("findings.csv")), SHENTANG)).containsExactly(
				"APP-BALANCE/" + NEW_NATURAL + "=:单位已重新报送，此前的决定不再适用（虽有错误，仍计入汇总：已电话核实，报告已按此公开）",
				"APP-BALANCE/" + NEW_TOTAL + "=:单位已重新报送，此前的决定不再适用（虽有错误，仍计入汇总：已电话核实，报告已按此公开）");
		assertThat(review(out, SHENTANG)).isEmpty();

		// the history is never rewritten
		assertThatThrownBy(() -> jdbc.update("delete from review_decision")).hasMessageContaining("append-only");
		assertThat(jdbc.queryForObject("select count(*) from review_decision", Integer.class)).isEqualTo(4);
	}

	private static CommandRun decide(TestDatabase.Database database, String... options) {
		List<String> args = new java.util.ArrayList<>(List.of("--decide", "--year", "2021", "--db", database.url()));
		args.addAll(List.of(options));
		return CommandRun.inProcess(args.toArray(String[]::new));
	}

	static String status(JdbcTemplate jdbc, String unitCode) {
		return jdbc.queryForObject("select status from submission where year = 2021 and unit_code = ?", String.class,
				unitCode);
	}

	static BigDecimal countyTotal(JdbcTemplate jdbc, String metric) {
		return jdbc.queryForObject("select value from region_total where year = 2021 and region_code = '440882' "
				+ "and metric = ?", BigDecimal.class, metric);
	}

	static BigDecimal sumOfUnitsInTotals(JdbcTemplate jdbc, String metric) {
		return jdbc.queryForObject("""
				select sum(figure.value) from submission join figure_cell as figure on figure.submission_id = submission.id
				where submission.year = 2021 and figure.metric = ?
					and submission.status in ('accepted', 'accepted_with_warnings')""", BigDecimal.class, metric);
	}

	/** rule/metric=decision:note of a unit's rows of findings.csv, in file order. */
	private static List<String> decisions(ExportedCsv findings, String unitCode) {
		return findings.rows()
			.stream()
			.filter((row) -> row.get("unit_code").equals(unitCode))
			.map((row) -> row.get("rule") + "/" + row.get("metric") + "=" + row.get("decision") + ":"
					+ row.get("decision_note"))
			.collect(Collectors.toList());
	}

	private static String review(Path out, String unitCode) throws IOException {
		return ExportedCsv.read(out.resolve("submissions.csv"))
			.rows()
			.stream()
			.filter((row) -> row.get("unit_code").equals(unitCode))
			.map((row) -> row.get("review"))
			.findFirst()
			.orElseThrow();
	}

	private static String today() {
		return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
	}


}
