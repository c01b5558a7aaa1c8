package org.xxgk.rollup.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
	void sigtermStopsTheRunCleanlyAndTheNextRunCompletesIt(@TempDir Path temp) throws Exception {
		Layout layout = GeneratedRegionSet.write(temp.resolve("set"), 1, COUNTY, 2021);
		Path log = temp.resolve("stopped.log");
		Process stopped;
		try (IngestPause pause = IngestPause.afterStored(this.database, STORED)) {
			stopped = CommandRun.child(log, List.of(args(this.database, layout, "440800", temp.resolve("out"))));
			pause.awaitHeld(PATIENCE);
			stopped.destroy();
			// the stop is recorded before the held chunk goes on, so the step stops after that chunk
			awaitStopRecorded();
		}
		assertThat(stopped.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
		String printed = Files.readString(log, StandardCharsets.UTF_8);
		assertThat(statuses()).as(printed).containsExactly("STOPPED");
		assertThat(printed).contains("汇总作业已按停止信号停止");
		assertThat(count("select count(*) from region_total")).as("no totals from a stopped run").isZero();

		CommandRun next = CommandRun.inProcess(args(this.database, layout, "440800", temp.resolve("out")));
		assertThat(next.exitCode()).as(next.err()).isZero();
		assertThat(statuses()).containsExactly("STOPPED", "COMPLETED");
		assertThat(totalsOf(this.database, "440800")).isEqualTo(sumOf(layout, codes(layout.units())));
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
