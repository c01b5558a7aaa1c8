package org.xxgk.rollup.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;

import org.xxgk.rollup.demo.GeneratedRegionSet;
import org.xxgk.rollup.demo.GeneratedRegionSet.Layout;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly run made safe, each on a database of its own on a real PostgreSQL ({@link TestDatabase}): one run at a
 * time, a lost database leaves the previous totals in place, a night without changes says so and rewrites nothing, a
 * prefecture run rolls every county up, and old Spring Batch history can be purged. A run is caught in the middle of
 * its ingest by an {@link IngestPause}, never by timing. Killed and stopped processes: {@link NightlyRunIT}.
 */
@ExtendWith(TestDatabaseExtension.class)
class NightlyRunTests {

	private static final Duration PATIENCE = Duration.ofMinutes(3);

	private TestDatabase.Database database;

	@BeforeEach
	void database(TestDatabase.Database testDatabase) {
		this.database = testDatabase;
	}

	@Test
	void aSecondRunForTheSameRegionAndYearRefusesWhileTheFirstIsIngesting(@TempDir Path temp) throws Exception {
		Layout layout = GeneratedRegionSet.write(temp.resolve("set"), 1, 6, 2021);
		String[] args = args(this.database, layout, "440800", temp.resolve("out"));
		CompletableFuture<CommandRun> first;
		try (IngestPause pause = IngestPause.afterStored(this.database, 0)) {
			first = CompletableFuture.supplyAsync(() -> CommandRun.inProcess(args));
			pause.awaitHeld(PATIENCE);

			CommandRun second = CommandRun.inProcess(args);
			assertThat(second.exitCode()).isEqualTo(ExitCodes.RUN_IN_PROGRESS);
			assertThat(second.err()).isEqualTo(
					"xxgk-rollup: 湛江市 2021年度的汇总正在由另一次运行进行，本次未启动；等它结束后再运行同一命令即可" + System.lineSeparator());
			assertThat(second.out()).isEmpty();
		}

		CommandRun firstRun = first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		assertThat(firstRun.exitCode()).as(firstRun.err()).isZero();
		assertThat(count("select count(*) from batch_job_execution")).as("the refused run started no job").isEqualTo(1);
		assertThat(count("select count(*) from run_summary")).isEqualTo(1);
		assertThat(count("select count(*) from submission where status = 'accepted'")).isEqualTo(6);
		assertThat(totalsOf(this.database, "440800")).isEqualTo(sumOf(layout, codes(layout.units())));
	}

	@Test
	void aDatabaseLostMidRunFailsClearlyKeepsTheLastTotalsAndTheNextRunSucceeds(@TempDir Path temp) throws Exception {
		Layout layout = GeneratedRegionSet.write(temp.resolve("set"), 1, 30, 2021);
		String[] args = args(this.database, layout, "440800", temp.resolve("out"));
		assertThat(CommandRun.inProcess(args).exitCode()).isZero();
		Map<String, BigDecimal> lastNight = totalsOf(this.database, "440800");
		long figures = count("select count(*) from figure");
		assertThat(lastNight).isEqualTo(sumOf(layout, codes(layout.units())));

		// every file corrected: tonight's run parses them all, and loses its database while it stores them
		correctAll(layout.input(), Instant.parse("2022-01-20T01:00:00Z"));
		CompletableFuture<CommandRun> tonight;
		try (IngestPause pause = IngestPause.afterStored(this.database, 0)) {
			tonight = CompletableFuture.supplyAsync(() -> CommandRun.inProcess(args));
			pause.awaitHeld(PATIENCE);
			assertThat(totalsOf(this.database, "440800")).as("readers see last night's totals").isEqualTo(lastNight);
			pause.cutOffTheRun();
		}
		CommandRun failed = tonight.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		assertThat(failed.exitCode()).as(failed.err()).isEqualTo(ExitCodes.DATABASE_UNAVAILABLE);
		assertThat(failed.err()).startsWith("xxgk-rollup: 运行中与数据库的连接中断（")
			.endsWith("）；已保存的汇总数保持上次的结果，数据库恢复后再次运行同一命令即可" + System.lineSeparator());
		assertThat(totalsOf(this.database, "440800")).isEqualTo(lastNight);

		CommandRun next = CommandRun.inProcess(args);
		assertThat(next.exitCode()).as(next.err()).isZero();
		assertThat(totalsOf(this.database, "440800")).isEqualTo(lastNight);
		assertThat(count("select count(*) from submission")).isEqualTo(30);
		assertThat(count("select count(*) from figure")).as("nothing counted twice").isEqualTo(figures);
	}

	@Test
	void aQuietNightRewritesNothingACorrectionIsParsedAloneAndAWithdrawnFileDropsOut(@TempDir Path temp)
			throws Exception {
		Layout layout = GeneratedRegionSet.write(temp.resolve("set"), 1, 6, 2021);
		String[] args = args(this.database, layout, "440890", temp.resolve("out"));
		CommandRun first = CommandRun.inProcess(args);
		assertThat(first.out()).contains("收到文件 6 个（本次解析 6 个，其余未变）").doesNotContain("无新增或修改的报告");
		Object rolledUp = jdbc(this.database).queryForObject("select rolled_up_at from scope_state", Object.class);

		CommandRun quiet = CommandRun.inProcess(args);
		assertThat(quiet.exitCode()).isZero();
		assertThat(quiet.out()).contains("无新增或修改的报告：汇总数与上次相同").contains("本次解析 0 个");
		assertThat(stepsOfLastRun()).as("the quick check settles every file in one step, the ingest does not run")
			.contains("quickCheck 6/6")
			.noneMatch((step) -> step.startsWith("ingest"));
		assertThat(jdbc(this.database).queryForObject("select rolled_up_at from scope_state", Object.class))
			.as("totals not rewritten")
			.isEqualTo(rolledUp);
		assertThat(totalsOf(this.database, "440890")).isEqualTo(sumOf(layout, codes(layout.units())));

		// the third unit corrects its report: it alone is parsed again
		Region third = layout.units().get(2);
		Path thirdFile = fileOf(layout, third);
		Files.writeString(thirdFile, Files.readString(thirdFile) + "\n");
		CommandRun corrected = CommandRun.inProcess(args);
		assertThat(corrected.out()).contains("本次解析 1 个").doesNotContain("无新增或修改的报告");
		assertThat(stepsOfLastRun()).contains("quickCheck 6/5");
		assertThat(count("""
				select sum(read_count) from batch_step_execution where step_name like 'ingestFiles:%'
					and job_execution_id = (select max(job_execution_id) from batch_job_execution)"""))
			.as("the ingest's partitions read only the file the quick check left")
			.isEqualTo(1);

		// the fifth unit's file is taken away: it is reported, and the totals lose its figures
		Region fifth = layout.units().get(4);
		Path fifthFile = fileOf(layout, fifth);
		byte[] fifthReport = Files.readAllBytes(fifthFile);
		Files.delete(fifthFile);
		CommandRun withdrawn = CommandRun.inProcess(args);
		assertThat(withdrawn.exitCode()).isZero();
		assertThat(withdrawn.out()).contains("已撤回（文件夹中不再有）的报告 1 个，不再计入汇总："
				+ layout.input().relativize(fifthFile).toString())
			.contains("没有有效报告的单位 1 个")
			.doesNotContain("无新增或修改的报告");
		List<String> others = new ArrayList<>(codes(layout.units()));
		others.remove(fifth.code());
		assertThat(totalsOf(this.database, "440890")).isEqualTo(sumOf(layout, others));
		assertThat(jdbc(this.database).queryForList("select rule from finding where unit_code = ?", String.class,
				fifth.code())).containsExactly("SUBMISSION-MISSING");

		// a run stopped after the ingest left no roll-up behind: the next quiet night rolls up and says so
		jdbc(this.database).update("delete from scope_state");
		CommandRun afterStop = CommandRun.inProcess(args);
		assertThat(afterStop.out()).contains("无新增或修改的报告；上次运行没有完成汇总，本次已重新汇总");
		assertThat(count("select count(*) from scope_state")).isEqualTo(1);
		assertThat(totalsOf(this.database, "440890")).isEqualTo(sumOf(layout, others));
		assertThat(jdbc(this.database).queryForList("""
				select files_seen || '/' || files_parsed || '/' || files_withdrawn || '/' || missing
				from run_summary order by started_at""", String.class))
			.containsExactly("6/6/0/0", "6/0/0/0", "6/1/0/0", "5/0/1/1", "5/0/0/1");
		Map<String, BigDecimal> expected = sumOf(layout, others);
		Map<String, BigDecimal> keyTotals = new TreeMap<>();
		jdbc(this.database).query("""
				select key, value from run_summary, jsonb_each_text(key_totals)
				where run_id = (select max(run_id) from run_summary)""", (row) -> {
			keyTotals.put(row.getString(1), normalised(new BigDecimal(row.getString(2))));
		});
		assertThat(keyTotals).containsOnlyKeys(RunSummary.KEY_METRICS);
		keyTotals.forEach((metric, value) -> assertThat(value).as(metric).isEqualTo(expected.get(metric)));

		// the fifth unit's file is put back: a file added since the last run is read, and counted again
		Files.write(fifthFile, fifthReport);
		CommandRun added = CommandRun.inProcess(args);
		assertThat(added.out()).contains("收到文件 6 个（本次解析 1 个，其余未变）").doesNotContain("无新增或修改的报告");
		assertThat(stepsOfLastRun()).contains("quickCheck 6/5");
		assertThat(totalsOf(this.database, "440890")).isEqualTo(sumOf(layout, codes(layout.units())));
		assertThat(jdbc(this.database).queryForList("select rule from finding where unit_code = ?", String.class,
				fifth.code())).doesNotContain("SUBMISSION-MISSING");
	}

	/** The last run's steps by name, each with its read and write counts ("quickCheck 6/6"). */
	private List<String> stepsOfLastRun() {
		return jdbc(this.database).queryForList("""
				select step_name || ' ' || read_count || '/' || write_count from batch_step_execution
				where job_execution_id = (select max(job_execution_id) from batch_job_execution)
				order by step_name collate "C\"""", String.class);
	}

	@Test
	void aPrefectureRunRollsEveryCountyUpWithCompletenessPerRegion(@TempDir Path temp) throws Exception {
		Layout layout = GeneratedRegionSet.write(temp.resolve("set"), 2, 3, 2021);
		List<String> first = codes(layout.units().subList(0, 3));
		List<String> second = codes(layout.units().subList(3, 6));
		assertThat(first).allMatch((code) -> code.startsWith("440890"));
		assertThat(second).allMatch((code) -> code.startsWith("440891"));
		Files.delete(fileOf(layout, layout.units().get(5)));

		CommandRun run = CommandRun.inProcess(args(this.database, layout, "440800", temp.resolve("out")));
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("湛江市 2021年度 汇总完成").contains("通过 5，").contains("没有有效报告的单位 1 个");
		List<String> reported = new ArrayList<>(first);
		reported.addAll(second.subList(0, 2));
		assertThat(totalsOf(this.database, "440890")).isEqualTo(sumOf(layout, first));
		assertThat(totalsOf(this.database, "440891")).isEqualTo(sumOf(layout, second.subList(0, 2)));
		assertThat(totalsOf(this.database, "440800")).isEqualTo(sumOf(layout, reported));
		assertThat(totalsOf(this.database, "440000")).isEqualTo(sumOf(layout, reported));
		assertThat(jdbc(this.database).queryForList("""
				select region_code || ' ' || units_reported || '/' || units_expected from region_total
				where year = 2021 and metric = 'applications.new.total' order by region_code""", String.class))
			.containsExactly("440000 5/6", "440800 5/6", "440890 3/3", "440891 2/3");
	}

	@Test
	void purgeHistoryDeletesOldBatchRecordsAndKeepsTheRunSummaries(@TempDir Path temp) throws Exception {
		Layout layout = GeneratedRegionSet.write(temp.resolve("set"), 1, 2, 2021);
		String[] args = args(this.database, layout, "440890", temp.resolve("out"));
		assertThat(CommandRun.inProcess(args).exitCode()).isZero();
		assertThat(CommandRun.inProcess(args).exitCode()).isZero();
		long old = count("select min(job_execution_id) from batch_job_execution");
		jdbc(this.database).update("""
				update batch_job_execution set create_time = create_time - interval '100 days',
					end_time = end_time - interval '100 days' where job_execution_id = ?""", old);

		CommandRun purge = CommandRun.inProcess("--purge-history", "90", "--db", this.database.url());
		assertThat(purge.exitCode()).as(purge.err()).isZero();
		assertThat(purge.out().strip()).isEqualTo("xxgk-rollup: 已删除 90 天前结束的运行记录 1 条（各次运行的汇总摘要 run_summary 保留）");
		assertThat(count("select count(*) from batch_job_execution")).isEqualTo(1);
		assertThat(count("select count(*) from batch_job_instance")).isEqualTo(1);
		assertThat(count("select count(*) from batch_step_execution where job_execution_id = " + old)).isZero();
		assertThat(count("select count(distinct job_execution_id) from batch_step_execution")).isEqualTo(1);
		assertThat(count("select count(*) from batch_step_execution where step_name = 'quickCheck'")).isEqualTo(1);
		assertThat(count("select count(*) from batch_job_execution_params where job_execution_id = " + old)).isZero();
		assertThat(count("select count(*) from run_summary")).isEqualTo(2);
	}

	@Test
	void theScheduleModeRunsTheSameCommandAtEachTimeOfItsCronExpression(@TempDir Path temp) throws Exception {
		Layout layout = GeneratedRegionSet.write(temp.resolve("set"), 1, 2, 2021);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);
		// the third wait is interrupted: the loop is waiting, not running, when stopped, after two runs (on a thread
		// of its own, as the loop sets the interrupt flag again)
		AtomicInteger waits = new AtomicInteger();
		ScheduledRuns.Wait twoRuns = (now, next) -> {
			if (waits.incrementAndGet() == 3) {
				throw new InterruptedException();
			}
		};
		AtomicInteger exitCode = new AtomicInteger(-1);
		Thread scheduler = new Thread(() -> exitCode.set(ScheduledRuns.loop(CronExpression.parse("*/2 * * * * *"),
				args(this.database, layout, "440890", temp.resolve("out")), printed, printed, twoRuns)));
		scheduler.start();
		scheduler.join(PATIENCE.toMillis());
		assertThat(scheduler.isAlive()).isFalse();
		assertThat(exitCode.get()).isEqualTo(ExitCodes.COMPLETED);
		assertThat(out.toString(StandardCharsets.UTF_8).split("下次汇总时间", -1)).hasSize(4);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("xxgk-rollup: 定时运行，下次汇总时间 ")
			.contains(" 2021年度 汇总完成")
			.contains("无新增或修改的报告")
			.contains("xxgk-rollup: 本次定时汇总结束，退出码 0");
		assertThat(count("select count(*) from run_summary")).isEqualTo(2);
	}

	static String[] args(TestDatabase.Database db, Layout layout, String region, Path output) {
		return new String[] { "--year", "2021", "--input", layout.input().toString(), "--output", output.toString(),
				"--region", region, "--regions", layout.registry().toString(), "--db", db.url() };
	}

	private static Path fileOf(Layout layout, Region unit) throws IOException {
		try (var files = Files.walk(layout.input())) {
			return files.filter((file) -> file.getFileName().toString().startsWith(unit.name())).findFirst().orElseThrow();
		}
	}

	/** A line added to every file (same figures), saved at {@code time}: only saving again would change nothing. */
	private static void correctAll(Path folder, Instant time) throws IOException {
		try (var files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.writeString(file, Files.readString(file) + "\n");
				Files.setLastModifiedTime(file, FileTime.from(time));
			}
		}
	}

	static List<String> codes(List<Region> units) {
		return units.stream().map(Region::code).toList();
	}

	private long count(String sql) {
		Long count = jdbc(this.database).queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

	static JdbcTemplate jdbc(TestDatabase.Database db) {
		return db.jdbc();
	}

	/** A region's totals of 2021 as stored, metric to value. */
	static Map<String, BigDecimal> totalsOf(TestDatabase.Database db, String region) {
		Map<String, BigDecimal> totals = new TreeMap<>();
		jdbc(db).query("select metric, value from region_total where year = 2021 and region_code = ?", (row) -> {
			totals.put(row.getString(1), normalised(row.getBigDecimal(2)));
		}, region);
		return totals;
	}

	/** Per metric, the sum of the generated figures of these units. */
	static Map<String, BigDecimal> sumOf(Layout layout, List<String> unitCodes) {
		Map<String, BigDecimal> totals = new TreeMap<>();
		for (String unit : unitCodes) {
			layout.figures().get(unit).forEach((metric, value) -> totals.merge(metric, value, BigDecimal::add));
		}
		totals.replaceAll((metric, value) -> normalised(value));
		return totals;
	}

	private static BigDecimal normalised(BigDecimal value) {
		return new BigDecimal(value.stripTrailingZeros().toPlainString());
	}

}
