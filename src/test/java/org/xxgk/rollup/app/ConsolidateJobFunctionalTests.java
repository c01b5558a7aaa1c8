package org.xxgk.rollup.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.demo.DemoSetGenerator;
import org.xxgk.rollup.demo.DemoSetGenerator.DemoSubmission;
import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.demo.SeedLayoutWriter;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.model.SubmissionStatus;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consolidation job end to end on a real PostgreSQL (see {@link TestDatabase}), through the same entry point as
 * {@code jobs/consolidate}: the demo set in, exit code, exported CSVs and tables out.
 */
@ExtendWith(TestDatabaseExtension.class)
class ConsolidateJobFunctionalTests {

	private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");

	private static TestDatabase.Database database;

	@BeforeAll
	static void database(TestDatabase.Database classDatabase) {
		database = classDatabase;
	}

	@Test
	void demoSetConsolidatesToTheSumOfTheAcceptedUnits(@TempDir Path temp) throws IOException {
		Path input = demoSetCopy(temp);
		Path output = temp.resolve("out");
		Run run = consolidate("--year", "2021", "--input", input.toString(), "--output", output.toString(),
				"--region", "440882");
		assertThat(run.exitCode()).as(run.err()).isZero();
		List<DemoSubmission> plan = DemoSetGenerator.plan();

		ExportedCsv submissions = ExportedCsv.read(output.resolve("submissions.csv"));
		assertThat(submissions.header())
			.containsExactly("year", "unit_code", "unit_name", "source_file", "sha256", "template", "status",
				"unit_status", "review");
		Map<String, String> expectedStatus = new TreeMap<>();
		plan.forEach((submission) -> expectedStatus.put(submission.unit().name(), submission.status().sql()));
		expectedStatus.put("覃斗镇", "missing");
		assertThat(statusByUnit(submissions)).isEqualTo(expectedStatus);
		assertThat(submissions.rows()).filteredOn((row) -> row.get("unit_name").equals("企水镇"))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.get("source_file")).isEqualTo(DemoSetGenerator.SEED_FILE);
				assertThat(row.get("template")).isEqualTo("2019");
				assertThat(row.get("sha256")).hasSize(64);
			});

		ExportedCsv findings = ExportedCsv.read(output.resolve("findings.csv"));
		assertThat(findings.header()).containsExactly("year", "unit_code", "unit_name", "unit_status", "source_file",
				"rule", "severity", "metric", "expected", "actual", "message", "decision", "decision_note");
		// the unit's one status, the same in both files and on the page: late and rejected are not missing
		Map<String, String> unitStatus = column(submissions, "unit_status");
		assertThat(unitStatus).containsEntry("覃斗镇", "missing").containsEntry("沈塘镇", "rejected")
			.containsEntry("南兴镇", "rejected").containsEntry("纪家镇", "late").containsEntry("唐家镇", "accepted_with_warnings")
			.containsEntry("雷城街道", "accepted").hasSize(21);
		assertThat(findings.rows()).allSatisfy((row) -> assertThat(row.get("unit_status")).as(row.get("unit_name"))
			.isEqualTo(unitStatus.get(row.get("unit_name"))));
		Map<String, Set<String>> expectedRules = new TreeMap<>();
		for (DemoSubmission submission : plan) {
			// a rejected unit has its own findings: it is 退回修改, never SUBMISSION-MISSING 未报送
			Set<String> rules = submission.rules().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
			expectedRules.put(submission.unit().name(), rules);
		}
		expectedRules.put("覃斗镇", Set.of("SUBMISSION-MISSING"));
		expectedRules.values().removeIf(Set::isEmpty);
		assertThat(rulesByUnit(findings)).isEqualTo(expectedRules);
		assertThat(findings.rows()).filteredOn((row) -> row.get("rule").equals("APP-BALANCE"))
			.allSatisfy((row) -> {
				assertThat(row.get("unit_name")).isEqualTo("沈塘镇");
				assertThat(row.get("severity")).isEqualTo("error");
				assertThat(row.get("message")).isNotBlank();
			})
			.extracting((row) -> row.get("metric"))
			.isNotEmpty();

		ExportedCsv figures = ExportedCsv.read(output.resolve("figures.csv"));
		assertThat(figures.header())
			.containsExactly("year", "region_code", "region_name", "region_level", "metric", "value", "units_reported",
					"units_expected");
		Map<String, BigDecimal> expectedTotals = sumOfAccepted(plan);
		assertThat(figures.figuresOf("440882")).isEqualTo(expectedTotals);
		assertThat(figures.figuresOf("440800")).isEqualTo(expectedTotals);
		assertThat(figures.figuresOf("440000")).isEqualTo(expectedTotals);
		assertThat(figures.rows()).filteredOn((row) -> row.get("region_code").equals("440882"))
			.allSatisfy((row) -> {
				assertThat(row.get("region_name")).isEqualTo("雷州市");
				assertThat(row.get("region_level")).isEqualTo("county");
			});
		// a region's row says how many units it covers; a unit's own figures leave both empty
		assertThat(figures.rows()).filteredOn((row) -> row.get("region_code").equals("440882")
				&& row.get("metric").equals("applications.new.total"))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.get("units_reported")).isEqualTo("18");
				assertThat(row.get("units_expected")).isEqualTo("21");
			});
		assertThat(figures.rows()).filteredOn((row) -> row.get("region_level").equals("unit"))
			.isNotEmpty()
			.allSatisfy((row) -> assertThat(row.get("units_reported") + row.get("units_expected")).isEmpty());
		assertThat(figures.rows()).filteredOn((row) -> !row.get("region_level").equals("unit"))
			.allSatisfy((row) -> assertThat(row.get("units_expected")).matches("[1-9]\\d*"));
		DemoSubmission leicheng = plan.get(0);
		assertThat(leicheng.unit().name()).isEqualTo("雷城街道");
		assertThat(figures.figuresOf("440882001")).isEqualTo(normalised(leicheng.figures()));
		assertThat(figures.figuresOf("440882101")).as("rejected 沈塘镇 is not exported").isEmpty();
		assertThat(figures.figuresOf("440882116")).as("missing 覃斗镇").isEmpty();

		Map<String, int[]> counts = unitCounts("440882", 2021);
		assertThat(counts.get("applications.new.total")).containsExactly(18, 21);
		assertThat(counts.get("proactive.normative_docs.new_made")).containsExactly(3, 21);
		assertThat(counts.get("proactive.normative_docs.issued")).containsExactly(15, 21);
		assertThat(run.out()).contains("雷州市 2021年度 汇总完成").contains("通过 13，通过但有警告 5，退回修改 2；没有有效报告的单位 3 个");
	}

	@Test
	void aRerunGivesIdenticalResultsWithoutParsingAgainAndAChangedFileReplacesItsFigures(@TempDir Path temp)
			throws IOException {
		Path input = demoSetCopy(temp);
		Path first = temp.resolve("first");
		Path second = temp.resolve("second");
		Path third = temp.resolve("third");
		assertThat(consolidate(args(input, first)).exitCode()).isZero();
		Run rerun = consolidate(args(input, second));
		assertThat(rerun.exitCode()).isZero();
		assertThat(rerun.out()).contains("本次解析 0 个");
		for (String export : List.of("figures.csv", "findings.csv", "submissions.csv")) {
			assertThat(Files.readAllBytes(second.resolve(export))).as(export)
				.isEqualTo(Files.readAllBytes(first.resolve(export)));
		}
		long figureRows = count("select count(*) from figure");

		// 沈塘镇 sends a corrected report: only it is parsed again, and the county totals now include it once
		DemoSubmission shentang = DemoSetGenerator.plan()
			.stream()
			.filter((submission) -> submission.unit().name().equals("沈塘镇"))
			.findFirst()
			.orElseThrow();
		Map<String, BigDecimal> corrected = new HashMap<>(shentang.figures());
		corrected.merge("applications.new.natural_person", BigDecimal.valueOf(-2), BigDecimal::add);
		corrected.merge("applications.new.total", BigDecimal.valueOf(-2), BigDecimal::add);
		write(input.resolve(shentang.file()),
				SeedLayoutWriter.write(GeneratedReport.of("雷州市沈塘镇人民政府", 2021, Template.V2021, corrected)));
		Run afterCorrection = consolidate(args(input, third));
		assertThat(afterCorrection.exitCode()).isZero();
		assertThat(afterCorrection.out()).contains("本次解析 1 个").contains("退回修改 1；");
		Map<String, BigDecimal> before = ExportedCsv.read(first.resolve("figures.csv")).figuresOf("440882");
		Map<String, BigDecimal> after = ExportedCsv.read(third.resolve("figures.csv")).figuresOf("440882");
		for (Map.Entry<String, BigDecimal> entry : before.entrySet()) {
			BigDecimal added = corrected.getOrDefault(entry.getKey(), BigDecimal.ZERO);
			assertThat(after.get(entry.getKey())).as(entry.getKey()).isEqualByComparingTo(entry.getValue().add(added));
		}
		assertThat(count("select count(*) from figure")).isEqualTo(figureRows);
		assertThat(count("select count(*) from submission where year = 2021 and status <> 'missing'")).isEqualTo(20);
	}

	@Test
	void identicalCopiesCountOnceAndTwoDifferentReportsOfOneUnitAreBothHeldBack(@TempDir Path temp)
			throws IOException {
		Path input = temp.resolve("in");
		Map<String, BigDecimal> leicheng = townshipFigures(1);
		String leichengText = SeedLayoutWriter
			.write(GeneratedReport.of("雷州市雷城街道办事处", 2021, Template.V2021, leicheng));
		write(input.resolve("雷城街道.txt"), leichengText);
		write(input.resolve("重发/雷城街道.txt"), leichengText);
		Map<String, BigDecimal> xincheng = townshipFigures(2);
		write(input.resolve("新城街道.txt"), SeedLayoutWriter
			.write(GeneratedReport.of("雷州市新城街道办事处", 2021, Template.V2021, xincheng)));
		write(input.resolve("新城街道（修改稿）.txt"), SeedLayoutWriter.write(GeneratedReport.of("雷州市新城街道办事处", 2021,
				Template.V2021, townshipFigures(3))));
		Path output = temp.resolve("out");
		Run run = consolidate("--year", "2021", "--input", input.toString(), "--output", output.toString(),
				"--region", "440882");
		assertThat(run.exitCode()).as(run.err()).isZero();
		// every file received is counted in the summary: 4 = 1 + 0 + 2 + the copy
		assertThat(run.out()).contains("收到文件 4 个（本次解析 4 个，其余未变）：通过 1，通过但有警告 0，退回修改 2，重复副本（只计一份） 1；");

		ExportedCsv submissions = ExportedCsv.read(output.resolve("submissions.csv"));
		ExportedCsv findings = ExportedCsv.read(output.resolve("findings.csv"));
		assertThat(submissions.rows()).filteredOn((row) -> !row.get("status").equals("missing"))
			.extracting((row) -> row.get("source_file") + " " + row.get("status"))
			.containsExactly("重发/雷城街道.txt accepted", "雷城街道.txt identical_copy", "新城街道.txt rejected",
					"新城街道（修改稿）.txt rejected");
		assertThat(findings.rows()).filteredOn((row) -> row.get("rule").equals("DUPLICATE-SUBMISSION"))
			.extracting((row) -> row.get("unit_name") + " " + row.get("source_file"))
			.containsExactlyInAnyOrder("新城街道 新城街道.txt", "新城街道 新城街道（修改稿）.txt");
		assertThat(ExportedCsv.read(output.resolve("figures.csv")).figuresOf("440882"))
			.isEqualTo(normalised(leicheng));
	}

	@Test
	void exitCodesTellTheSchedulerWhatWentWrongInOneLine(@TempDir Path temp) throws IOException {
		Path input = Files.createDirectories(temp.resolve("in"));
		Path output = temp.resolve("out");
		Run noYear = consolidate("--input", input.toString(), "--output", output.toString());
		assertThat(noYear.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
		assertThat(noYear.err().strip()).isEqualTo("xxgk-rollup: 参数错误：缺少必需的选项 --year（--help 查看用法）");

		Run noFolder = consolidate("--year", "2021", "--input", temp.resolve("nowhere").toString(), "--output",
				output.toString());
		assertThat(noFolder.exitCode()).isEqualTo(ExitCodes.FOLDER_UNUSABLE);
		assertThat(noFolder.err().strip()).startsWith("xxgk-rollup: 报送文件夹不存在或不是文件夹：").doesNotContain("\n");

		Run noDatabase = consolidate("--year", "2021", "--input", input.toString(), "--output", output.toString(),
				"--db", "jdbc:postgresql://127.0.0.1:1/nothing");
		assertThat(noDatabase.exitCode()).isEqualTo(ExitCodes.DATABASE_UNAVAILABLE);
		assertThat(noDatabase.err().strip()).startsWith("xxgk-rollup: 无法连接数据库 jdbc:postgresql://127.0.0.1:1/nothing")
			.doesNotContain("\n");

		Run emptyFolder = consolidate(args(input, output));
		assertThat(emptyFolder.exitCode()).as(emptyFolder.err()).isEqualTo(ExitCodes.COMPLETED);
		assertThat(emptyFolder.out()).contains("没有有效报告的单位 21 个");
	}

	/** Figures a correct township report could have: consistent, and no 规章 (townships make none). */
	private static Map<String, BigDecimal> townshipFigures(long seed) {
		Map<String, BigDecimal> figures = new TreeMap<>(
				SampleFigures.consistent(Template.V2021, new java.util.Random(seed), 4));
		figures.replaceAll((code, value) -> code.startsWith("proactive.rules.") ? BigDecimal.ZERO : value);
		return figures;
	}

	private static String[] args(Path input, Path output) {
		return Stream.concat(Stream.of("--year", "2021", "--input", input.toString(), "--output", output.toString()),
				Stream.of(database.dbArguments()))
			.toArray(String[]::new);
	}

	/** Runs the command line as {@code jobs/consolidate} does, on the test database unless --db is given. */
	private static Run consolidate(String... args) {
		List<String> arguments = new java.util.ArrayList<>(List.of(args));
		if (!arguments.contains("--db")) {
			arguments.addAll(List.of(database.dbArguments()));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = XxgkRollupApplication.run(arguments.toArray(String[]::new),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	record Run(int exitCode, String out, String err) {

	}

	/** The committed demo set, copied with each file's time set to when the plan says it arrived. */
	static Path demoSetCopy(Path temp) throws IOException {
		Path source = Path.of("jobs/demo-set/2021");
		Path target = temp.resolve("2021");
		for (DemoSubmission submission : DemoSetGenerator.plan()) {
			Path file = target.resolve(submission.file());
			Files.createDirectories(file.getParent());
			Files.copy(source.resolve(submission.file()), file);
			Files.setLastModifiedTime(file,
					FileTime.from(OffsetDateTime.parse(submission.received(), RECEIVED).toInstant()));
		}
		return target;
	}

	/** Per metric, the sum of the accepted units' planned figures, over every metric of their templates. */
	static Map<String, BigDecimal> sumOfAccepted(List<DemoSubmission> plan) {
		Map<String, BigDecimal> totals = new TreeMap<>();
		for (DemoSubmission submission : plan) {
			if (submission.status() == SubmissionStatus.REJECTED) {
				continue;
			}
			for (Metric metric : MetricCatalog.standard().of(submission.template())) {
				totals.merge(metric.code(), submission.figures().getOrDefault(metric.code(), BigDecimal.ZERO),
						BigDecimal::add);
			}
		}
		return normalised(totals);
	}

	/** Values compared as numbers: 12 and 12.000000 are the same figure. */
	private static Map<String, BigDecimal> normalised(Map<String, BigDecimal> figures) {
		return figures.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(entry) -> new BigDecimal(entry.getValue().stripTrailingZeros().toPlainString()), (a, b) -> a,
					TreeMap::new));
	}

	private static Map<String, String> statusByUnit(ExportedCsv submissions) {
		Map<String, String> statuses = new TreeMap<>();
		submissions.rows().forEach((row) -> statuses.put(row.get("unit_name"), row.get("status")));
		return statuses;
	}

	/** unit name → the column's value in the unit's rows (which must agree). */
	private static Map<String, String> column(ExportedCsv csv, String column) {
		Map<String, String> values = new TreeMap<>();
		csv.rows().forEach((row) -> {
			String earlier = values.put(row.get("unit_name"), row.get(column));
			assertThat(earlier).as(row.get("unit_name") + " " + column).isIn(null, row.get(column));
		});
		return values;
	}

	private static Map<String, Set<String>> rulesByUnit(ExportedCsv findings) {
		Map<String, Set<String>> rules = new TreeMap<>();
		findings.rows()
			.forEach((row) -> rules.computeIfAbsent(row.get("unit_name"), (unit) -> new TreeSet<>())
				.add(row.get("rule")));
		return rules;
	}

	/** Per metric of a region's totals: units that reported it, units expected. */
	private static Map<String, int[]> unitCounts(String region, int year) {
		Map<String, int[]> counts = new HashMap<>();
		query("select metric, units_reported, units_expected from region_total where region_code = '" + region
				+ "' and year = " + year, (rows) -> counts.put(rows.getString(1),
						new int[] { rows.getInt(2), rows.getInt(3) }));
		return counts;
	}

	private static long count(String sql) {
		long[] count = new long[1];
		query(sql, (rows) -> count[0] = rows.getLong(1));
		return count[0];
	}

	interface RowHandler {

		void handle(ResultSet rows) throws SQLException;

	}

	private static void query(String sql, RowHandler handler) {
		try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
				Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				handler.handle(rows);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Writes a submission received on time (10 January of the following year). */
	private static void write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		Files.setLastModifiedTime(file, FileTime.from(OffsetDateTime.parse("2022-01-10T09:00:00+08:00").toInstant()));
	}

}
