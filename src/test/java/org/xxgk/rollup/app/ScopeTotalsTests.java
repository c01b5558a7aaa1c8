package org.xxgk.rollup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.demo.DemoSetGenerator;
import org.xxgk.rollup.demo.DemoSetGenerator.DemoSubmission;
import org.xxgk.rollup.rollup.QuietNightDecider;
import org.xxgk.rollup.run.ConsolidationRun;
import org.xxgk.rollup.run.RunParameters;
import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

/**
 * Totals that respect the run scope and today's registry, step by step ({@code startStep}): a prefecture run accepts
 * every demo file; then 雷城街道's file is withdrawn and 覃斗镇 removed from the registry, and the county run's
 * loadRegions, ingest, checkCompleteness and rollUp are run one at a time. The county's totals are the sums of its own
 * accepted units, and 覃斗镇 is no longer expected. Then every query of {@code sql/review} is run on that database
 * (two scopes, a withdrawn file, an identical copy, a unit whose only file was rejected).
 */
@ExtendWith(TestDatabaseExtension.class)
class ScopeTotalsTests {

	static final String PREFECTURE = "440800";

	static final String COUNTY = "440882";

	static final String NEW_TOTAL = "applications.new.total";

	private static TestDatabase.Database database;

	private static JdbcTemplate jdbc;

	@TempDir
	static Path temp;

	@BeforeAll
	static void prefectureRunThenCountyStepByStep(TestDatabase.Database classDatabase) throws Exception {
		database = classDatabase;
		Path prefectureInput = temp.resolve("prefecture/2021");
		demoSet(prefectureInput);
		CommandRun prefecture = CommandRun.inProcess("--year", "2021", "--input", prefectureInput.toString(),
				"--output", temp.resolve("out-prefecture").toString(), "--region", PREFECTURE, "--db", database.url());
		assertThat(prefecture.exitCode()).as(prefecture.err()).isZero();

		Path countyInput = temp.resolve("county/2021");
		demoSet(countyInput);
		Files.delete(countyInput.resolve("雷州市雷城街道办事处2021年度政府信息公开工作年度报告.txt"));
		Files.copy(countyInput.resolve("雷州市雷高镇人民政府2021年度政府信息公开工作年度报告.xls"),
				countyInput.resolve("雷高镇副本.xls"));
		Path regions = temp.resolve("regions.csv");
		Files.write(regions, Files.readAllLines(Path.of("src/main/resources/registry/regions.csv"))
			.stream()
			.filter((line) -> !line.contains(",覃斗镇,"))
			.toList());
		RunParameters run = new RunParameters(2021, COUNTY, countyInput, temp.resolve("out-county"),
				regions.toString(), 1000L);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(XxgkRollupApplication.class)
			.web(WebApplicationType.NONE)
			.run("--xxgk.db-url=" + database.url(), "--xxgk.ingest-threads=2")) {
			JobOperatorTestUtils steps = new JobOperatorTestUtils(context.getBean(JobOperator.class),
					context.getBean(JobRepository.class));
			steps.setJob(context.getBean("consolidateJob", Job.class));
			jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			regionsLoaded = step(steps, run, "loadRegions", new ExecutionContext());
			JobExecution ingested = step(steps, run, "ingest", new ExecutionContext());
			// the job's quiet-night decision, which keeps the fingerprint the roll-up stores
			assertThat(new QuietNightDecider(jdbc, () -> ConsolidationRun.of(run)).decide(ingested, null).getName())
				.isEqualTo(QuietNightDecider.CHANGED);
			completeness = step(steps, run, "checkCompleteness",
					new ExecutionContext(ingested.getExecutionContext().toMap()));
			regionsAfterCompleteness = jdbc.queryForList("select code from region order by code", String.class);
			rollUp = step(steps, run, "rollUp", new ExecutionContext(completeness.getExecutionContext().toMap()));
		}
		// the same county run as a command: a quiet night, which records its summary for runs.sql
		CommandRun county = CommandRun.inProcess("--year", "2021", "--input", countyInput.toString(), "--output",
				temp.resolve("out-county").toString(), "--region", COUNTY, "--regions", regions.toString(), "--db",
				database.url());
		assertThat(county.exitCode()).as(county.err()).isZero();
		assertThat(county.out()).contains("汇总数与上次相同");
		jdbc = database.jdbc();
	}

	private static JobExecution regionsLoaded;

	private static JobExecution completeness;

	private static JobExecution rollUp;

	private static List<String> regionsAfterCompleteness;

	private static JobExecution step(JobOperatorTestUtils steps, RunParameters run, String step,
			ExecutionContext context) {
		JobParameters parameters = new JobParametersBuilder(run.toJobParameters()).addString("test.step", step)
			.toJobParameters();
		JobExecution execution = steps.startStep(step, parameters, context);
		assertThat(execution.getStatus()).as(step + ": " + execution.getAllFailureExceptions())
			.isEqualTo(BatchStatus.COMPLETED);
		return execution;
	}

	@Test
	void loadRegionsDropsTheUnitRemovedFromTheRegistry() {
		assertThat(regionsAfterCompleteness).hasSize(3 + 21 - 1 + 4 /* 湛江市's other counties */)
			.doesNotContain("440882116")
			.contains("440882001");
	}

	@Test
	void checkCompletenessWithdrawsTheDeletedFileInTheCountyScopeOnly() {
		assertThat(status(COUNTY, "440882001")).containsExactly("missing");
		assertThat(status(PREFECTURE, "440882001")).containsExactly("accepted");
		assertThat(jdbc.queryForList("""
				select unit_code from finding where year = 2021 and scope_code = ? and rule = 'SUBMISSION-MISSING'
				order by unit_code""", String.class, COUNTY)).as("rejected 沈塘镇 and 南兴镇 are 退回修改, not 未报送")
			.containsExactly("440882001");
	}

	@Test
	void rollUpSumsOnlyTheCountyScopesAcceptedUnitsAndExpectsTodaysRegistry() {
		BigDecimal ownUnits = jdbc.queryForObject("""
				select sum(figure.value) from submission join figure_cell as figure on figure.submission_id = submission.id
				where submission.year = 2021 and submission.scope_code = ? and figure.metric = ?
					and submission.status in ('accepted', 'accepted_with_warnings')""", BigDecimal.class, COUNTY,
				NEW_TOTAL);
		Integer accepted = jdbc.queryForObject("""
				select count(distinct unit_code) from submission where year = 2021 and scope_code = ?
					and status in ('accepted', 'accepted_with_warnings')""", Integer.class, COUNTY);
		assertThat(accepted).isEqualTo(17);
		for (String region : List.of(COUNTY, PREFECTURE, "440000")) {
			Map<String, Object> total = jdbc.queryForMap("""
					select value, units_reported, units_expected from region_total
					where year = 2021 and region_code = ? and metric = ?""", region, NEW_TOTAL);
			assertThat(total.get("value")).as(region).isInstanceOf(BigDecimal.class);
			assertThat((BigDecimal) total.get("value")).as(region).isEqualByComparingTo(ownUnits);
			assertThat(total.get("units_reported")).as(region).isEqualTo(accepted);
			assertThat(total.get("units_expected")).as(region).isEqualTo(20);
		}
	}

	@Test
	void completenessListsEveryFileIdenticalCopiesAndTheUnitsOwnFindingsOfTheScopeOnly() throws IOException {
		List<String> rows = review("completeness", COUNTY).stream()
			.map((row) -> row.get("unit_code") + " " + row.get("source_file") + " " + row.get("status") + " "
					+ row.get("errors") + "/" + row.get("warnings"))
			.toList();
		assertThat(rows).hasSize(21)
			.startsWith("440882001 null missing 0/1", "440882002 西湖街道/2021年报.txt accepted 0/0")
			.doesNotContain("440882101 null missing 0/1", "440882108 null missing 0/1")
			.contains("440882101 雷州市沈塘镇人民政府2021年度政府信息公开工作年度报告.txt rejected 2/0",
					"440882108 雷州市南兴镇人民政府2021年度政府信息公开工作年度报告.txt rejected 1/0",
					"440882109 雷州市雷高镇人民政府2021年度政府信息公开工作年度报告.xls accepted 0/0",
					"440882109 雷高镇副本.xls identical_copy 0/1")
			.noneMatch((row) -> row.startsWith("440882116"));
	}

	@Test
	void unitsWithErrorsListsEachErrorOnce() throws IOException {
		assertThat(review("units_with_errors", COUNTY).stream()
			.map((row) -> row.get("unit") + " " + row.get("rule") + " " + row.get("metric") + " " + row.get("actual")))
			.containsExactly("沈塘镇 APP-BALANCE applications.new.natural_person 办理结果总计 10 + 结转下年 1 = 11",
					"沈塘镇 APP-BALANCE applications.new.total 办理结果总计 55 + 结转下年 5 = 60",
					"南兴镇 CELL-NOT-NUMBER proactive.licensing.decisions 十二");
	}

	@Test
	void totalsByRegionShowTheUnitsTheCountyAndEveryRegionAbove() throws IOException {
		List<Map<String, Object>> rows = review("totals_by_region", COUNTY).stream()
			.filter((row) -> NEW_TOTAL.equals(row.get("metric")))
			.toList();
		List<Map<String, Object>> units = rows.stream().filter((row) -> "unit".equals(row.get("level"))).toList();
		assertThat(units).hasSize(17).noneMatch((row) -> "雷城街道".equals(row.get("region")));
		assertThat(units.stream().map((row) -> (BigDecimal) row.get("value")).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("977");
		assertThat(rows.stream().filter((row) -> !"unit".equals(row.get("level")))
			.map((row) -> row.get("region") + " " + row.get("level") + " " + ((BigDecimal) row.get("value")).intValue()
					+ " " + row.get("units")))
			.containsExactly("雷州市 county 977 17/20", "湛江市 prefecture 977 17/20", "广东省 province 977 17/20");
	}

	@Test
	void runsShowsEachScopesOwnRuns() throws IOException {
		assertThat(review("runs", COUNTY).stream()
			.map((row) -> row.get("files_seen") + " " + row.get("accepted") + "+" + row.get("accepted_with_warnings")
					+ " " + row.get("rejected") + " " + row.get("missing") + " "
					+ ((BigDecimal) row.get("new_applications_total")).intValue()))
			.containsExactly("20 12+5 2 3 977");
		assertThat(review("runs", PREFECTURE)).hasSize(1);
	}

	/** A query of sql/review with its psql variables set, as {@code psql -v year=2021 -v region=…} does. */
	static List<Map<String, Object>> review(String query, String region) throws IOException {
		String sql = Files.readString(Path.of("sql/review/" + query + ".sql"))
			.replace(":'region'", "'" + region + "'")
			.replace(":year", "2021");
		return jdbc.queryForList(sql.strip().replaceFirst(";$", ""));
	}

	private static List<String> status(String scope, String unit) {
		return jdbc.queryForList("select status from submission where year = 2021 and scope_code = ? and unit_code = ?",
				String.class, scope, unit);
	}

	/** The demo set with each file's arrival, as {@code jobs/demo} writes it. */
	static void demoSet(Path input) throws IOException {
		for (DemoSubmission submission : DemoSetGenerator.plan()) {
			Path file = input.resolve(submission.file());
			Files.createDirectories(file.getParent());
			Files.copy(Path.of("jobs/demo-set/2021").resolve(submission.file()), file);
			Files.setLastModifiedTime(file, FileTime.from(OffsetDateTime
				.parse(submission.received(), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx"))
				.toInstant()));
		}
	}

}
