package org.xxgk.rollup.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default set-up (the embedded PostgreSQL on {@code --data-dir}) after a crash: a child JVM running the demo set
 * is killed with SIGKILL in each step ({@link HaltAtStep}), its server left running as a killed job leaves it, and
 * the same command run again must complete with outputs byte for byte those of an uninterrupted run (but for the
 * time an .xlsx or .docx says it was created, see {@link ChildRun#withoutWritingTime}). Also: a second
 * process on the same data folder is refused with exit 5, and the server is durable (fsync, synchronous_commit).
 */
class EmbeddedCrashIT {

	/** Chunks of 2 files, so the ingest's partitions (one per processor) each commit more than one. */
	private static final String CHUNKS = "-Dxxgk.chunk-size=2";

	/**
	 * Eight of the demo set's files, to keep 20 JVMs affordable: text, web page, PDF, .doc, .xlsx, .docx; one
	 * rejected (沈塘镇), one with blank cells (唐家镇), one late (纪家镇); the other units missing.
	 */
	private static final List<String> UNITS = List.of("雷城街道", "新城街道", "白沙镇", "沈塘镇", "杨家镇", "唐家镇", "纪家镇",
			"东里镇");

	private static String summary;

	@TempDir
	static Path shared;

	private static Path input;

	private static Map<String, byte[]> uninterrupted;

	private final List<Path> dataDirs = new ArrayList<>();

	@BeforeAll
	static void uninterruptedRun() throws Exception {
		input = ChildRun.demoSet(shared.resolve("in"), (file) -> UNITS.stream().anyMatch(file::contains));
		Path data = shared.resolve("data");
		try {
			ChildRun run = ChildRun.run(shared.resolve("logs"), List.of(), Map.of("XXGK_JAVA_OPTS", "-Xmx512m " + CHUNKS),
					args(shared.resolve("out"), data));
			assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
			summary = statusCounts(run.out());
			assertThat(summary).isEqualTo("通过 4，通过但有警告 3，退回修改 1；没有有效报告的单位 14 个");
		}
		finally {
			ChildRun.stopPostmasterOf(data);
		}
		uninterrupted = ChildRun.outputsOf(shared.resolve("out"));
		assertThat(uninterrupted).containsKeys("figures.csv", "findings.csv", "submissions.csv", "overview.html",
				"consolidated.xlsx", "county-report.docx", "charts/outcomes.png", "feedback/沈塘镇.html", "feedback/覃斗镇.html");
	}

	/**
	 * The start of each step, a committed chunk of the ingest, the end of the export and of the review (which run side
	 * by side: either killed at its start or end may find the other half-way), the manifest written;
	 * {@code -Dxxgk.test.kill-points=ingest:chunk,review:end} runs only those.
	 */
	static List<String> killPoints() {
		String chosen = System.getProperty("xxgk.test.kill-points", "");
		return chosen.isBlank() ? List.of("loadRegions:start", "quickCheck:end", "ingest:start", "ingest:chunk",
				"checkCompleteness:start", "rollUp:start", "export:start", "export:end", "review:start", "review:end",
				"recordOutputs:end")
				: List.of(chosen.split(","));
	}

	@AfterEach
	void stopLeftServers() throws Exception {
		for (Path data : this.dataDirs) {
			ChildRun.stopPostmasterOf(data);
		}
	}

	@AfterAll
	static void noServerLeft() throws IOException {
		assertThat(ChildRun.postmasterOf(shared.resolve("data"))).isEmpty();
	}

	@ParameterizedTest(name = "killed at {0}")
	@MethodSource("killPoints")
	void aRunKilledInAnyStepIsFollowedByARunWithTheOutputsOfAnUninterruptedOne(String point, @TempDir Path temp)
			throws Exception {
		Path data = temp.resolve("data");
		this.dataDirs.add(data);
		Path output = shared.resolve("out-" + point.replace(':', '-'));
		ChildRun killed = ChildRun.run(temp.resolve("logs"), List.of(),
				Map.of("XXGK_JAVA_OPTS", "-Xmx512m " + CHUNKS + " -Dspring.main.sources=" + HaltAtStep.class.getName()
						+ " -D" + HaltAtStep.PROPERTY + "=" + point),
				args(output, data));
		assertThat(killed.exitCode()).as(killed.err() + killed.out()).isEqualTo(128 + 9);
		assertThat(killed.err()).isEqualTo(HaltAtStep.MARKER + point + System.lineSeparator());
		Optional<ProcessHandle> orphan = ChildRun.postmasterOf(data);
		assertThat(orphan).as("the killed job's PostgreSQL outlives it, as after a real kill -9").isPresent();

		ChildRun next = ChildRun.run(temp.resolve("logs"), List.of(), Map.of("XXGK_JAVA_OPTS", "-Xmx512m " + CHUNKS),
				args(output, data));
		assertThat(next.exitCode()).as(next.err() + next.out()).isZero();
		assertThat(next.err()).isEmpty();
		assertThat(next.out()).contains("上还有被终止的上次运行留下的内置数据库（进程 " + orphan.get().pid() + "），先将其停止")
			.contains("没有正常结束，已标记为失败")
			.contains("雷州市 2021年度 汇总完成");
		assertThat(statusCounts(next.out())).isEqualTo(summary);
		assertThat(orphan.get().isAlive()).isFalse();
		assertThat(ChildRun.partialFiles(output)).isEmpty();
		Map<String, byte[]> outputs = ChildRun.outputsOf(output);
		assertThat(outputs.keySet()).isEqualTo(uninterrupted.keySet());
		SoftAssertions files = new SoftAssertions();
		outputs.forEach((file, bytes) -> files.assertThat(ChildRun.withoutWritingTime(file, bytes))
			.as(file)
			.isEqualTo(ChildRun.withoutWritingTime(file, uninterrupted.get(file))));
		files.assertAll();
		assertThat(ChildRun.postmasterOf(data)).as("the run stopped its own server").isEmpty();
	}

	@Test
	void aSecondProcessOnTheSameDataFolderExitsFiveAndWritesNothing(@TempDir Path temp) throws Exception {
		Path data = temp.resolve("data");
		Path output = temp.resolve("out");
		try (EmbeddedDatabase running = EmbeddedDatabase.start(data.resolve("postgres"))) {
			ChildRun second = ChildRun.run(temp.resolve("logs"), List.of(), Map.of(), args(output, data));
			assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCodes.RUN_IN_PROGRESS);
			assertThat(second.err()).isEqualTo("xxgk-rollup: 数据文件夹 " + data.toAbsolutePath()
					+ " 正由另一个进程使用（另一次汇总，或 jobs/decide、jobs/serve），本次未启动；等它结束后再运行同一命令即可"
					+ System.lineSeparator());
			assertThat(ChildRun.outputsOf(Files.createDirectories(output))).isEmpty();
			assertThat(running.jdbcUrl()).isNotBlank();
		}
	}

	@Test
	void theEmbeddedServerSyncsEveryCommitToDisk(@TempDir Path temp) throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(temp.resolve("data/postgres"))) {
			assertThat(setting(database, "fsync")).isEqualTo("on");
			assertThat(setting(database, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(database, "full_page_writes")).isEqualTo("on");
		}
	}

	private static String setting(EmbeddedDatabase database, String name) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("show " + name)) {
			result.next();
			return result.getString(1);
		}
	}

	/** The summary's counts by status: "通过 …，通过但有警告 …，退回修改 …；没有有效报告的单位 … 个". */
	private static String statusCounts(String out) {
		int start = out.indexOf("：通过 ") + 1;
		assertThat(start).as(out).isPositive();
		return out.substring(start, out.indexOf('\n', start)).strip();
	}

	private static String[] args(Path output, Path data) {
		return new String[] { "--year", "2021", "--input", input.toString(), "--output", output.toString(),
				"--data-dir", data.toString() };
	}

}
