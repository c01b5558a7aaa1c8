package org.xxgk.rollup.app;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.ingest.remote.RemoteIngestConfiguration;
import org.xxgk.rollup.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Remote partitioning for real: two worker JVMs and a manager JVM of {@code jobs/consolidate} over the RabbitMQ broker
 * on 127.0.0.1:5672 and a shared PostgreSQL, against a local run of the same demo set. {@code .ci/run} starts the
 * broker; where none answers the test is skipped, saying why.
 */
class RemoteWorkersIT {

	private static final int PARTITIONS = 4;

	private static final Pattern DONE = Pattern.compile("步骤执行号 (\\d+)）已完成");

	@Test
	void twoWorkerProcessesShareThePartitionsAndGiveTheLocalRunsExports(@TempDir Path temp) throws Exception {
		assumeBrokerReachable();
		purgeLeftoverRequests();
		Path input = ConsolidateJobFunctionalTests.demoSetCopy(temp);
		Path local = temp.resolve("out-local");
		try (TestDatabase.Database database = TestDatabase.create()) {
			CommandRun run = CommandRun.inProcess(consolidateArgs(input, local, database).toArray(String[]::new));
			assertThat(run.exitCode()).as(run.err()).isZero();
		}

		Path remote = temp.resolve("out-remote");
		try (TestDatabase.Database database = TestDatabase.create()) {
			List<Path> logs = List.of(temp.resolve("worker-1.log"), temp.resolve("worker-2.log"));
			List<Process> workers = new ArrayList<>();
			try {
				for (Path log : logs) {
					// one at a time: each is listening before the next starts, and long before the manager sends
					workers.add(CommandRun.child(log, List.of("--worker", "--db", database.url(), "--rabbit",
							"127.0.0.1:5672", "--idle-exit", "600")));
					awaitLine(log, "已就绪", workers.get(workers.size() - 1));
				}
				List<String> managerArgs = consolidateArgs(input, remote, database);
				managerArgs.addAll(List.of("--workers", "remote"));
				Path managerLog = temp.resolve("manager.log");
				Process manager = CommandRun.child(managerLog, managerArgs);
				assertThat(manager.waitFor(5, TimeUnit.MINUTES)).as("manager finished").isTrue();
				assertThat(manager.exitValue()).as(Files.readString(managerLog)).isZero();
			}
			finally {
				for (Process worker : workers) {
					worker.destroy(); // SIGTERM: the worker stops taking requests and says how many it did
					assertThat(worker.waitFor(90, TimeUnit.SECONDS)).as("worker stopped on SIGTERM").isTrue();
				}
			}

			Set<Long> first = finishedStepExecutions(logs.get(0));
			Set<Long> second = finishedStepExecutions(logs.get(1));
			assertThat(first).as("worker 1 worked on partitions: " + Files.readString(logs.get(0))).isNotEmpty();
			assertThat(second).as("worker 2 worked on partitions: " + Files.readString(logs.get(1))).isNotEmpty();
			assertThat(first).doesNotContainAnyElementsOf(second);
			Set<Long> both = new TreeSet<>(first);
			both.addAll(second);

			JdbcTemplate jdbc = database.jdbc();
			List<Long> partitions = jdbc.queryForList("select step_execution_id from batch_step_execution"
					+ " where step_name like 'ingestFiles:partition%' and status = 'COMPLETED'", Long.class);
			assertThat(partitions).hasSize(PARTITIONS);
			assertThat(both).containsExactlyInAnyOrderElementsOf(partitions);
			for (Path log : logs) {
				assertThat(Files.readString(log)).contains("退出，共处理");
			}
		}

		for (String export : List.of("figures.csv", "findings.csv", "submissions.csv")) {
			assertThat(Files.readAllBytes(remote.resolve(export))).as(export)
				.isEqualTo(Files.readAllBytes(local.resolve(export)));
		}
	}

	private static List<String> consolidateArgs(Path input, Path output, TestDatabase.Database database) {
		return new ArrayList<>(List.of("--year", "2021", "--input", input.toString(), "--output", output.toString(),
				"--region", "440882", "--threads", String.valueOf(PARTITIONS), "--db", database.url()));
	}

	private static void assumeBrokerReachable() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", 5672), 3000);
		}
		catch (IOException ex) {
			String reason = "RemoteWorkersIT skipped: RabbitMQ is not reachable on 127.0.0.1:5672 (" + ex.getMessage()
					+ "); start it with `rabbitmq-server -detached` (.ci/run does)";
			System.out.println(reason);
			assumeTrue(false, reason);
		}
	}

	/** Requests an aborted earlier run left in the queue would name step executions of another database. */
	private static void purgeLeftoverRequests() {
		CachingConnectionFactory connectionFactory = new CachingConnectionFactory("127.0.0.1", 5672);
		try {
			RabbitAdmin admin = new RabbitAdmin(connectionFactory);
			admin.declareQueue(new Queue(RemoteIngestConfiguration.QUEUE, true));
			admin.purgeQueue(RemoteIngestConfiguration.QUEUE, false);
		}
		finally {
			connectionFactory.destroy();
		}
	}

	private static void awaitLine(Path log, String text, Process process) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(deadline)) {
			String written = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
			if (written.contains(text)) {
				return;
			}
			if (!process.isAlive()) {
				fail("worker exited with " + process.exitValue() + " before it was ready:\n" + written);
			}
			Thread.sleep(200);
		}
		fail("worker not ready after 2 minutes:\n" + Files.readString(log));
	}

	private static Set<Long> finishedStepExecutions(Path log) throws IOException {
		Set<Long> ids = new HashSet<>();
		Matcher matcher = DONE.matcher(Files.readString(log, StandardCharsets.UTF_8));
		while (matcher.find()) {
			ids.add(Long.parseLong(matcher.group(1)));
		}
		return ids;
	}

}
