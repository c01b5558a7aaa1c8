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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.demo.SeedLayoutWriter;
import org.xxgk.rollup.ingest.SubmissionProcessor;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Template;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * VERSION-CHANGED end to end on PostgreSQL: every version a unit sends is kept, and a report replaced after the
 * deadline (31 January 2022 for 2021) is flagged with what changed, run after run.
 */
class SubmissionVersionTests {

	private static final String ON_TIME = "2022-01-10T09:00:00+08:00";

	private TestDatabase.Database database;

	private JdbcTemplate jdbc;

	@BeforeEach
	void createDatabase() {
		this.database = TestDatabase.create();
		this.jdbc = new JdbcTemplate(
				new DriverManagerDataSource(this.database.url(), this.database.user(), this.database.password()));
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
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
		String before = sha256(original).substring(0, 12);
		String after = sha256(replacement).substring(0, 12);
		List<String> expected = List.of("雷城街道.txt | " + before + "（2022-01-10 09:00） | " + after
				+ "（2022-02-03 16:30） | 截止日期后（2022-02-03 16:30）报送的新版本（" + after + "）替换了截止前（2022-01-10 09:00）报送的版本（"
				+ before + "），改动了2项数据：" + naturalPerson + "：" + plain(leicheng.get("applications.new.natural_person"))
				+ " → " + plain(corrected.get("applications.new.natural_person")) + "；" + total + "："
				+ plain(leicheng.get("applications.new.total")) + " → " + plain(corrected.get("applications.new.total"))
				+ "。请核实改动原因。");
		assertThat(versionChanges()).containsExactlyElementsOf(expected);
		assertThat(versions()).containsExactly("440882001 雷城街道.txt " + sha256(original) + " 2022-01-10 09:00",
				"440882001 雷城街道.txt " + sha256(replacement) + " 2022-02-03 16:30",
				"440882003 新城街道.txt " + sha256(report("雷州市新城街道办事处", townshipFigures(2))) + " 2022-01-10 09:00");

		// nothing changes: the finding stands and no version is added
		consolidate(input, temp.resolve("third"));
		assertThat(versionChanges()).containsExactlyElementsOf(expected);
		assertThat(versions()).hasSize(3);
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
