package org.xxgk.rollup.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.demo.LargeSetGenerator;
import org.xxgk.rollup.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partitioned ingest on a generated multi-province set: every unit gets the status the generator planned, and
 * three threads give exactly the exports one thread gives.
 */
class PartitionedIngestTests {

	@Test
	void threeThreadsGiveThePlannedStatusesAndTheSameExportsAsOne(@TempDir Path temp) throws IOException {
		LargeSetGenerator.Summary summary = LargeSetGenerator.generate(new LargeSetGenerator.Options(90, 2021, 5, 0.3,
				0.1, Map.of("txt", 0.8, "txt-gbk", 0.2), temp.resolve("set")));
		Path one = consolidate(temp, "1");
		Path three = consolidate(temp, "3");

		Map<String, String> expected = new TreeMap<>();
		List<String> manifest = Files.readAllLines(temp.resolve("set/manifest.csv"));
		manifest.subList(1, manifest.size()).forEach((line) -> expected.put(line.split(",")[0], line.split(",")[2]));
		Map<String, String> actual = new TreeMap<>();
		List<Map<String, String>> submissions = ExportedCsv.read(three.resolve("submissions.csv")).rows();
		submissions.stream()
			.filter((row) -> !row.get("unit_code").isEmpty())
			.forEach((row) -> actual.put(row.get("unit_code"), row.get("status")));
		assertThat(actual).isEqualTo(expected);
		assertThat(actual).hasSize(90);
		// an unreadable file is its unit's file, matched by its name: every file has a unit, and the unreadable ones
		// reject theirs with FILE-UNREADABLE
		assertThat(submissions).filteredOn((row) -> row.get("unit_code").isEmpty()).isEmpty();
		List<String> unreadable = manifest.stream().filter((line) -> line.endsWith(",unreadable"))
			.map((line) -> line.split(",")[0]).toList();
		assertThat(unreadable).isNotEmpty();
		assertThat(ExportedCsv.read(three.resolve("findings.csv")).rows())
			.filteredOn((row) -> row.get("rule").equals("FILE-UNREADABLE"))
			.extracting((row) -> row.get("unit_code"))
			.containsExactlyInAnyOrderElementsOf(unreadable);
		assertThat(summary.statuses()).containsKeys("accepted", "accepted_with_warnings", "rejected", "missing");

		for (String export : List.of("figures.csv", "findings.csv")) {
			assertThat(Files.readString(three.resolve(export))).as(export)
				.isEqualTo(Files.readString(one.resolve(export)));
		}
		assertThat(ExportedCsv.read(three.resolve("figures.csv")).figuresOf(LargeSetGenerator.COUNTRY))
			.containsKey("applications.new.total");
	}

	/** One run with {@code threads} ingest threads on a database of its own; returns the output folder. */
	private static Path consolidate(Path temp, String threads) {
		Path output = temp.resolve("out-" + threads);
		try (TestDatabase.Database database = TestDatabase.create()) {
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			int exitCode = XxgkRollupApplication.run(new String[] { "--year", "2021", "--input",
					temp.resolve("set/2021").toString(), "--output", output.toString(), "--regions",
					temp.resolve("set/regions.csv").toString(), "--region", LargeSetGenerator.COUNTRY, "--threads",
					threads, database.dbArguments()[0], database.dbArguments()[1] },
					new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8));
			assertThat(exitCode).as(err.toString(StandardCharsets.UTF_8)).isZero();
		}
		return output;
	}

}
