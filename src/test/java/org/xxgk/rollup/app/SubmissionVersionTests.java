package org.xxgk.rollup.app;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.demo.SeedLayoutWriter;
import org.xxgk.rollup.ingest.SubmissionProcessor;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * VERSION-CHANGED end to end on PostgreSQL: every version a unit sends is kept, and a report replaced after the
 * deadline (31 January 2022 for 2021) is flagged with what changed, run after run.
 */
@ExtendWith(TestDatabaseExtension.class)
class SubmissionVersionTests {

	private static final String ON_TIME = "2022-01-10T09:00:00+08:00";

	private TestDatabase.Database database;

	private JdbcTemplate jdbc;

	@BeforeEach
	void database(TestDatabase.Database testDatabase) {
		this.database = testDatabase;
		this.jdbc = testDatabase.jdbc();
	}

	@Test
	void aReportReplacedAfterTheDeadlineIsFlaggedWithWhatChangedOnEveryRun(@TempDir Path temp) throws IOException {
		Path input = temp.resolve("in");
		Map<String, BigDecimal> leicheng = townshipFigures(1);
		String original = report("雷州市雷城街道办事处", leicheng);
		write(input.resolve("雷城街道.txt"), original, ON_TIME);
		write(input.resolve("新城街道.txt"), report("雷州市新城街道办事处", townshipFigures(2)), ON_TIME);
		consolidate(input, temp.resolve("first"));
		assertThat(versionChanges()).isEmpty();

		Map<String, BigDecimal> corrected = new TreeMap<>(leicheng);
		corrected.merge("applications.new.natural_person", BigDecimal.valueOf(3), BigDecimal::add);
		corrected.merge("applications.new.total", BigDecimal.valueOf(3), BigDecimal::add);
		String replacement = report("雷州市雷城街道办事处", corrected);
		write(input.resolve("雷城街道.txt"), replacement, "2022-02-03T16:30:00+08:00");
		consolidate(input, temp.resolve("second"));

		String naturalPerson = MetricCatalog.standard().get("applications.new.natural_person").displayLabel();
		String total = MetricCatalog.standard().get("applications.new.total").displayLabel();
		List<String> expected = List.of("雷城街道.txt | 2022年1月10日 09:00 收到的版本 | 2022年2月3日 16:30 收到的版本"
				+ " | 截止日期后（2022年2月3日 16:30）报送的更正稿替换了截止前（2022年1月10日 09:00）按时报送的版本，改动了2项数据：" + naturalPerson + "：" + plain(leicheng.get("applications.new.natural_person"))
				+ " → " + plain(corrected.get("applications.new.natural_person")) + "；" + total + "："
				+ plain(leicheng.get("applications.new.total")) + " → " + plain(corrected.get("applications.new.total"))
				+ "。请核实改动原因。");
		assertThat(versionChanges()).containsExactlyElementsOf(expected);
		assertThat(versions()).containsExactly("440882001 雷城街道.txt " + sha256(original) + " 2022-01-10 09:00",
				"440882001 雷城街道.txt " + sha256(replacement) + " 2022-02-03 16:30",
				"440882003 新城街道.txt " + sha256(report("雷州市新城街道办事处", townshipFigures(2))) + " 2022-01-10 09:00");
		// its first version was on time: a correction after the deadline, not a late report
		assertThat(this.jdbc.queryForList("select rule from finding where unit_code = '440882001' and rule like 'SUB%'",
				String.class)).isEmpty();

		// nothing changes: the finding stands and no version is added
		consolidate(input, temp.resolve("third"));
		assertThat(versionChanges()).containsExactlyElementsOf(expected);
		assertThat(versions()).hasSize(3);
	}

	@Test
	void aConsistentCorrectionAfterTheDeadlineIsCorrectedNotLateOnThePageAndInTheLetter(@TempDir Path temp)
			throws IOException {
		Path input = temp.resolve("in");
		write(input.resolve("雷城街道.txt"), report("雷州市雷城街道办事处", townshipFigures(1)), ON_TIME);
		consolidate(input, temp.resolve("first"));
		write(input.resolve("雷城街道.txt"), report("雷州市雷城街道办事处", townshipFigures(3)), "2022-02-03T16:30:00+08:00");
		consolidate(input, temp.resolve("second"));
		assertThat(this.jdbc.queryForList("select rule from finding where unit_code = '440882001' order by rule",
				String.class)).containsExactly("VERSION-CHANGED");
		assertCorrectedNotLate(temp.resolve("second"));
		// the same one status in both CSVs and the workbook
		for (String csv : List.of("submissions.csv", "findings.csv")) {
			assertThat(ExportedCsv.read(temp.resolve("second").resolve(csv)).rows())
				.filteredOn((row) -> row.get("unit_code").equals("440882001"))
				.isNotEmpty()
				.allSatisfy((row) -> assertThat(row.get("unit_status")).as(csv).isEqualTo("corrected_after_deadline"));
		}
		try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory
			.create(temp.resolve("second/consolidated.xlsx").toFile())) {
			var row = workbook.getSheet("各单位主要数据").getRow(1);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("雷城街道");
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("截止后更正");
		}
		// the letter, sentence by sentence: each is true of 雷城街道's correction
		java.time.LocalDate date = this.jdbc
			.queryForObject("select rolled_up_at from scope_state where year = 2021", OffsetDateTime.class)
			.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai"))
			.toLocalDate();
		Document letter = Jsoup.parse(temp.resolve("second/feedback/雷城街道.html").toFile(), "UTF-8");
		assertThat(letter.body().attr("data-kind")).isEqualTo("审核意见");
		assertThat(letter.selectFirst("h1").text()).isEqualTo("关于雷城街道2021年度政府信息公开工作年度报告的审核意见");
		assertThat(letter.select("p").eachText()).containsExactly("雷城街道：",
				"贵单位报送的2021年度政府信息公开工作年度报告《雷城街道.txt》（2022年2月3日 16:30收到）已通过审核，计入全市汇总，"
						+ "无需重新报送。审核发现以下 1 个警告，不影响汇总。贵单位在截止日期前已按时报送，截止日期后又报送了更正稿，"
						+ "现按更正稿汇总，请核实改动。",
				"如有疑问，请与雷州市政务公开办联系。", "雷州市政务公开办 " + chinese(date));
		assertThat(letter.select("table.findings tbody tr").eachAttr("data-rule")).containsExactly("VERSION-CHANGED");
		assertThat(letter.select("table.findings tbody td").eachText()).anySatisfy((cell) -> assertThat(cell)
			.contains("2022年1月10日").contains("2022年2月3日"));
	}

	private static String chinese(java.time.LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	@Test
	void aReportReplacedBeforeTheDeadlineIsANewVersionButNoFinding(@TempDir Path temp) throws IOException {
		Path input = temp.resolve("in");
		String original = report("雷州市雷城街道办事处", townshipFigures(1));
		write(input.resolve("雷城街道.txt"), original, ON_TIME);
		consolidate(input, temp.resolve("first"));
		String replacement = report("雷州市雷城街道办事处", townshipFigures(3));
		write(input.resolve("雷城街道.txt"), replacement, "2022-01-31T23:59:00+08:00");
		consolidate(input, temp.resolve("second"));

		assertThat(versionChanges()).isEmpty();
		assertThat(versions()).containsExactly("440882001 雷城街道.txt " + sha256(original) + " 2022-01-10 09:00",
				"440882001 雷城街道.txt " + sha256(replacement) + " 2022-01-31 23:59");
	}

	@Test
	void aFirstReportArrivingLateIsLateButNotAChangedVersion(@TempDir Path temp) throws IOException {
		Path input = temp.resolve("in");
		write(input.resolve("雷城街道.txt"), report("雷州市雷城街道办事处", townshipFigures(1)),
				"2022-02-03T16:30:00+08:00");
		consolidate(input, temp.resolve("first"));

		assertThat(versionChanges()).isEmpty();
		assertThat(this.jdbc.queryForList("select rule from finding where unit_code = '440882001' and rule like 'SUB%'",
				String.class)).containsExactly("SUBMISSION-LATE");
		Document page = Jsoup.parse(temp.resolve("first/overview.html").toFile(), "UTF-8");
		assertThat(page.select("#unit-table tr[data-unit=440882001] td").get(1).text()).isEqualTo("逾期报送");
		assertThat(Jsoup.parse(temp.resolve("first/feedback/雷城街道.html").toFile(), "UTF-8").text())
			.contains("《雷城街道.txt》（2022年2月3日 16:30收到）已通过审核").contains("晚于报送截止日期收到，请今后按时报送");
	}

	/** 雷城街道 is 截止后更正 on the page and in its letter, never 逾期报送 nor told to send on time. */
	private static void assertCorrectedNotLate(Path output) throws IOException {
		Document page = Jsoup.parse(output.resolve("overview.html").toFile(), "UTF-8");
		assertThat(page.select("#unit-table tr[data-unit=440882001] td").get(1).text()).isEqualTo("截止后更正");
		assertThat(page.select("#completeness-table tr[data-group=逾期报送] td").get(0).text()).isEqualTo("0");
		assertThat(page.select("#completeness-table tr[data-group=截止后更正] td").eachText())
			.containsExactly("1", "雷城街道");
		Document letter = Jsoup.parse(output.resolve("feedback/雷城街道.html").toFile(), "UTF-8");
		assertThat(letter.text()).contains("《雷城街道.txt》（2022年2月3日 16:30收到）已通过审核，计入全市汇总")
			.contains("截止日期前已按时报送，截止日期后又报送了更正稿")
			.doesNotContain("按时报送。")
			.doesNotContain("请今后按时报送")
			.doesNotContainPattern("[0-9a-f]{12}");
	}

	private void consolidate(Path input, Path output) {
		CommandRun run = CommandRun.inProcess("--year", "2021", "--input", input.toString(), "--output",
				output.toString(), "--region", "440882", this.database.dbArguments()[0],
				this.database.dbArguments()[1]);
		assertThat(run.exitCode()).as(run.err()).isZero();
	}

	/** The run's VERSION-CHANGED findings: file | expected | actual | message. */
	private List<String> versionChanges() {
		return this.jdbc.queryForList("""
				select location || ' | ' || expected || ' | ' || actual || ' | ' || message from finding
				where rule = 'VERSION-CHANGED' and origin = 'run' order by location""", String.class);
	}

	/** Every version kept: unit, file, hash, arrival in Beijing time. */
	private List<String> versions() {
		return this.jdbc.queryForList("""
				select unit_code || ' ' || source_file || ' ' || sha256 || ' '
					|| to_char(arrived_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')
				from submission_version order by unit_code, arrived_at""", String.class);
	}

	/** Figures a correct township report could have: consistent, and no 规章 (townships make none). */
	private static Map<String, BigDecimal> townshipFigures(long seed) {
		Map<String, BigDecimal> figures = new TreeMap<>(SampleFigures.consistent(Template.V2021, new Random(seed), 4));
		figures.replaceAll((code, value) -> code.startsWith("proactive.rules.") ? BigDecimal.ZERO : value);
		return figures;
	}

	private static String report(String unit, Map<String, BigDecimal> figures) {
		return SeedLayoutWriter.write(GeneratedReport.of(unit, 2021, Template.V2021, figures));
	}

	private static void write(Path file, String text, String modified) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		Files.setLastModifiedTime(file, FileTime.from(OffsetDateTime.parse(modified).toInstant()));
	}

	private static String sha256(String text) {
		return SubmissionProcessor.sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
