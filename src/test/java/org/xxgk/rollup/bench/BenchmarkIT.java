package org.xxgk.rollup.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's {@code jobs/bench} on a small set, as CI's smoke test of the benchmark: it runs end to end, the full
 * job stores exactly the figure rows the bare limit parsed (the command fails otherwise), and every line it promises
 * is printed with figures in it.
 */
class BenchmarkIT {

	private static final Pattern SIZE = Pattern.compile("(\\d+) units, (\\d+) files, (\\d+) figure rows");

	private static final Pattern RUN = Pattern.compile("(bare limit|full job|no-change rerun)\\s+([\\d.]+)\\s+(\\d+)");

	private static final Pattern ROW_BYTES = Pattern.compile("figure table on disk .*= ([\\d.]+) bytes per figure row");

	@Test
	void measuresTheBareLimitTheFullJobAndARerunOfTheSameSet(@TempDir Path work) throws Exception {
		Path log = work.resolve("bench.txt");
		Process process;
		// the bench makes its scratch databases on the test server, next to this one
		try (TestDatabase.Database database = TestDatabase.create()) {
			ProcessBuilder bench = new ProcessBuilder("jobs/bench", "--units", "150", "--work", work.toString(), "--db",
					database.url(), "--probe-seconds", "2");
			bench.environment().put("XXGK_CLASSPATH", System.getProperty("java.class.path"));
			bench.environment().put("XXGK_DB_USER", database.user());
			bench.environment().put("XXGK_DB_PASSWORD", database.password());
			bench.redirectErrorStream(true).redirectOutput(log.toFile());
			process = bench.start();
			assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("jobs/bench finished").isTrue();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(output).isZero();

		Matcher size = SIZE.matcher(output);
		assertThat(size.find()).as(output).isTrue();
		assertThat(Integer.parseInt(size.group(1))).isEqualTo(150);
		int files = Integer.parseInt(size.group(2));
		// 5 % of the units send nothing; the rest one file each, of about 200 figures
		assertThat(files).isBetween(130, 150);
		assertThat(Long.parseLong(size.group(3))).isBetween(files * 150L, files * 230L);

		Matcher run = RUN.matcher(output);
		List<String> runs = new java.util.ArrayList<>();
		while (run.find()) {
			runs.add(run.group(1));
			assertThat(Double.parseDouble(run.group(2))).as(run.group()).isPositive();
		}
		assertThat(runs).containsExactly("bare limit", "full job", "no-change rerun");
		assertThat(output).containsPattern("full ÷ bare = \\d+\\.\\d\\d; no-change rerun = [\\d.]+% of the full run")
			.containsPattern("live heap: .*: \\d+ MB")
			// the test server is this machine's: the CPU of both sides is known
			.containsPattern("CPU s .*: bare [\\d.]+ \\+ [\\d.]+ = \\d+%; full [\\d.]+ \\+ [\\d.]+ = \\d+%")
			.containsPattern("steps of the full run \\(s\\): loadRegions [\\d.]+ +quickCheck [\\d.]+ +ingest [\\d.]+")
			// a rerun with no file changed settles them all in the quick check: no ingest step
			.containsPattern("steps of the rerun \\(s\\): +loadRegions [\\d.]+ +quickCheck [\\d.]+ +applyReviewSheets [\\d.]+\\R");
		Matcher rowBytes = ROW_BYTES.matcher(output);
		assertThat(rowBytes.find()).as(output).isTrue();
		// a figure row is a few dozen bytes of values plus its share of the primary key: neither 0 nor kilobytes
		assertThat(Double.parseDouble(rowBytes.group(1))).isBetween(30.0, 1000.0);
	}

}
