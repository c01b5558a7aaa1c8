package org.xxgk.rollup.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.demo.GeneratedRegionSet;
import org.xxgk.rollup.demo.GeneratedRegionSet.Layout;
import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xxgk.rollup.app.NightlyRunTests.args;
import static org.xxgk.rollup.app.NightlyRunTests.codes;
import static org.xxgk.rollup.app.NightlyRunTests.jdbc;
import static org.xxgk.rollup.app.NightlyRunTests.sumOf;
import static org.xxgk.rollup.app.NightlyRunTests.totalsOf;

/**
 * A real {@code jobs/consolidate} process killed (SIGKILL) or stopped (SIGTERM) in the middle of its ingest, held
 * there by an {@link IngestPause} once a chunk of files is stored, and the next run: it gives what an uninterrupted
 * run gives. Child JVMs, so under Failsafe.
 */
@ExtendWith(TestDatabaseExtension.class)
class NightlyRunIT {

	private static final Duration PATIENCE = Duration.ofMinutes(3);

	private static final int COUNTY = 60;

	/** One chunk (25 files per transaction) stored before the run is held. */
	private static final int STORED = 25;

	private TestDatabase.Database database;

	@BeforeEach
	void database(TestDatabase.Database testDatabase) {
		this.database = testDatabase;
	}

	@Test
	void aRunKilledMidIngestIsRecoveredAndItsRerunEqualsAnUninterruptedRun(@TempDir Path temp,
			TestDatabase.Database fresh) throws Exception {
		Layout layout = GeneratedRegionSet.write(temp.resolve("set"), 1, COUNTY, 2021);
		long storedBeforeRerun;
		try (IngestPause pause = IngestPause.afterStored(this.database, STORED)) {
			Process killed = CommandRun.child(temp.resolve("killed.log"),
					List.of(args(this.database, layout, "440800", temp.resolve("killed"))));
			pause.awaitHeld(PATIENCE);
			killed.destroyForcibly();
			assertThat(killed.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
			storedBeforeRerun = count("select count(*) from submission");
		}
		assertThat(storedBeforeRerun).isBetween((long) STORED, COUNTY - 1L);
		assertThat(statuses()).containsExactly("STARTED");

		Path output = temp.resolve("rerun");
		CommandRun rerun = CommandRun.inProcess(args(this.database, layout, "440800", output));
		assertThat(rerun.exitCode()).as(rerun.err()).isZero();
		assertThat(rerun.out()).contains("收到文件 " + COUNTY + " 个（本次解析 " + (COUNTY - storedBeforeRerun) + " 个");
		assertThat(statuses()).as("the killed run is marked failed, not left running").containsExactly("FAILED",
				"COMPLETED");

		Path uninterrupted = temp.resolve("uninterrupted");
		assertThat(CommandRun.inProcess(args(fresh, layout, "440800", uninterrupted)).exitCode()).isZero();
		for (String export : List.of("figures.csv", "findings.csv", "submissions.csv")) {
			assertThat(Files.readAllBytes(output.resolve(export))).as(export)
				.isEqualTo(Files.readAllBytes(uninterrupted.resolve(export)));
		}
		for (String table : List.of("region_total", "figure", "finding", "submission")) {
			assertThat(contentOf(this.database, table)).as(table).isEqualTo(contentOf(fresh, table));
		}
		assertThat(totalsOf(this.database, "440800")).isEqualTo(sumOf(layout, codes(layout.units())));
	}

	@Test
	void sigtermStopsTheRunAfterItsCurrentChunkAndTheNextRunCompletesIt(@TempDir Path temp) throws Exception {
		Layout layout = GeneratedRegionSet.write(temp.resolve("set"), 1, COUNTY, 2021);
		Path log = temp.resolve("stopped.log");
		Process stopped;
		// one partition: its first chunk is stored, its second held at the pause when the signal comes
		List<String> arguments = new java.util.ArrayList<>(List.of(args(this.database, layout, "440800",
				temp.resolve("out"))));
		arguments.addAll(List.of("--threads", "1"));
		try (IngestPause pause = IngestPause.afterStored(this.database, STORED)) {
			stopped = CommandRun.child(log, arguments);
			pause.awaitHeld(PATIENCE);
			stopped.destroy();
			// the stop is recorded before the held chunk goes on, so the step stops after that chunk
			awaitStopRecorded();
		}
		assertThat(stopped.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
		String printed = Files.readString(log, StandardCharsets.UTF_8);
		assertThat(stopped.exitValue()).as(printed).isEqualTo(143);
		assertThat(statuses()).as(printed).containsExactly("STOPPED");
		assertThat(stepStatuses()).as(printed).containsExactly("ingest STOPPED 50/50/2",
				"ingestFiles:partition0 STOPPED 50/50/2", "loadRegions COMPLETED 0/63/1", "quickCheck COMPLETED 60/0/1");
		assertThat(count("select count(*) from submission")).as("the chunk in progress, and no chunk after it")
			.isEqualTo(2L * STORED);
		assertThat(printed).contains("汇总作业已按停止信号停止");
		assertThat(count("select count(*) from region_total")).as("no totals from a stopped run").isZero();

		CommandRun next = CommandRun.inProcess(args(this.database, layout, "440800", temp.resolve("out")));
		assertThat(next.exitCode()).as(next.err()).isZero();
		assertThat(next.out()).contains("收到文件 " + COUNTY + " 个（本次解析 " + (COUNTY - 2 * STORED) + " 个");
		assertThat(statuses()).containsExactly("STOPPED", "COMPLETED");
		assertThat(totalsOf(this.database, "440800")).isEqualTo(sumOf(layout, codes(layout.units())));
	}

	@Test
	void sigtermWhileTheApplicationStartsStopsTheJobBeforeItsFirstStep(@TempDir Path temp) throws Exception {
		Layout layout = GeneratedRegionSet.write(temp.resolve("set"), 1, COUNTY, 2021);
		ChildRun stopped = signalledAt("startup", layout, temp);
		// before: the signal found no job to stop, the job ran on and failed in the JVM's shutdown
		assertThat(statuses()).as(stopped.out()).containsExactly("STOPPED");
		assertThat(count("select count(*) from batch_step_execution")).isZero();
		assertThat(count("select count(*) from submission")).isZero();

		CommandRun next = CommandRun.inProcess(args(this.database, layout, "440800", temp.resolve("out")));
		assertThat(next.exitCode()).as(next.err()).isZero();
		assertThat(statuses()).containsExactly("STOPPED", "COMPLETED");
	}

	@Test
	void sigtermDuringTheReviewEndsTheRunWithNoHalfOutputAndTheNextRunWritesThemAll(@TempDir Path temp)
			throws Exception {
		Layout layout = GeneratedRegionSet.write(temp.resolve("set"), 1, COUNTY, 2021);
		ChildRun stopped = signalledAt("review", layout, temp);
		// a step that writes files cannot stop halfway: it runs in the JVM's shutdown, which refuses the temporary
		// files of the workbook, and fails; the files it had moved into place are whole, the manifest is gone. The
		// job is STOPPED or FAILED as the export, beside it in the split flow, ends before or after the review fails
		assertThat(jdbc(this.database).queryForList("select status from batch_step_execution where step_name = 'review'",
				String.class)).as(stopped.out()).containsExactly("FAILED");
		assertThat(statuses()).as(stopped.out()).singleElement().isIn("STOPPED", "FAILED");
		assertThat(ChildRun.partialFiles(temp.resolve("out"))).isEmpty();
		assertThat(temp.resolve("out/.xxgk-outputs")).doesNotExist();

		CommandRun next = CommandRun.inProcess(args(this.database, layout, "440800", temp.resolve("out")));
		assertThat(next.exitCode()).as(next.err()).isZero();
		assertThat(statuses()).last().isEqualTo("COMPLETED");
		assertThat(temp.resolve("out/consolidated.xlsx")).isNotEmptyFile();
		assertThat(temp.resolve("out/.xxgk-outputs")).exists();
	}

	/** A run of {@code jobs/consolidate} that sends itself SIGTERM at {@code point}: it exits 143 and says so. */
	private ChildRun signalledAt(String point, Layout layout, Path temp) throws Exception {
		this.database.migrated();
		ChildRun stopped = ChildRun.run(temp.resolve("logs"), List.of(),
				Map.of("XXGK_JAVA_OPTS", "-Xmx512m -Dspring.main.sources=" + SignalAt.class.getName() + " -D"
						+ SignalAt.PROPERTY + "=" + point, "XXGK_DB_USER", this.database.user(), "XXGK_DB_PASSWORD",
						this.database.password()),
				args(this.database, layout, "440800", temp.resolve("out")));
		assertThat(stopped.err()).as(stopped.out()).startsWith(SignalAt.MARKER + point);
		assertThat(stopped.exitCode()).as(stopped.err() + stopped.out()).isEqualTo(143);
		assertThat(stopped.err()).contains("汇总作业已按停止信号停止");
		return stopped;
	}

	/** Until the signal's JobOperator.stop has written the job execution's exit code. */
	private void awaitStopRecorded() throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (count("select count(*) from batch_job_execution where exit_code = 'STOPPED'") == 0) {
			assertThat(System.nanoTime()).as("the stop was never recorded: " + statuses()).isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	private long count(String sql) {
		Long count = jdbc(this.database).queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

	/** The first run's steps with their statuses and read/written/commit counts, by name. */
	private List<String> stepStatuses() {
		return jdbc(this.database).queryForList("""
				select step_name || ' ' || status || ' ' || read_count || '/' || write_count || '/' || commit_count from batch_step_execution
				where job_execution_id = (select min(job_execution_id) from batch_job_execution) order by step_name""",
				String.class);
	}

	/** The statuses of every job execution, oldest first. */
	private List<String> statuses() {
		return jdbc(this.database).queryForList("select status from batch_job_execution order by job_execution_id",
				String.class);
	}

	/** A consolidation table's rows without ids and timestamps, sorted, for comparing two databases. */
	private static List<String> contentOf(TestDatabase.Database db, String table) {
		String sql = switch (table) {
			case "submission" -> "select source_file, sha256, unit_code, status, file_status, template from submission";
			case "figure" -> "select s.source_file, f.metric, f.value, f.state, f.raw from figure_cell f join submission s on s.id = f.submission_id";
			case "finding" -> "select s.source_file, f.unit_code, f.rule, f.metric, f.expected, f.actual, f.message from finding f left join submission s on s.id = f.submission_id";
			default -> "select * from " + table;
		};
		return jdbc(db).query(sql, (row, i) -> {
			StringBuilder line = new StringBuilder();
			for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
				line.append(row.getString(column)).append('|');
			}
			return line.toString();
		}).stream().sorted().toList();
	}

}
