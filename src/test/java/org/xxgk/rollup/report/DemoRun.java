package org.xxgk.rollup.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.app.XxgkRollupApplication;
import org.xxgk.rollup.demo.DemoSetGenerator;
import org.xxgk.rollup.demo.DemoSetGenerator.DemoSubmission;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo set consolidated once into a folder, on a database of its own, as {@code jobs/demo} does. */
public record DemoRun(TestDatabase.Database database, Path output) {

	private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");

	static DemoRun run(Path temp) throws IOException {
		TestDatabase.Database database = TestDatabase.create();
		Path input = copyDemoSet(temp.resolve("2021"));
		Path output = temp.resolve("out");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = XxgkRollupApplication.run(new String[] { "--year", "2021", "--input", input.toString(),
				"--output", output.toString(), "--db", database.url() }, new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exitCode).as(err.toString(StandardCharsets.UTF_8)).isZero();
		return new DemoRun(database, output);
	}

	/** Copies the demo set into {@code input} with each file's arrival as jobs/demo gives it; returns the folder. */
	public static Path copyDemoSet(Path input) throws IOException {
		for (DemoSubmission submission : DemoSetGenerator.plan()) {
			Path file = input.resolve(submission.file());
			Files.createDirectories(file.getParent());
			Files.copy(Path.of("jobs/demo-set/2021").resolve(submission.file()), file);
			Files.setLastModifiedTime(file,
					FileTime.from(OffsetDateTime.parse(submission.received(), RECEIVED).toInstant()));
		}
		return input;
	}

	JdbcTemplate jdbc() {
		return this.database.jdbc();
	}

	/** The county's totals of 2021 as stored by the roll-up, by metric. */
	Map<String, BigDecimal> countyTotals() {
		Map<String, BigDecimal> totals = new HashMap<>();
		jdbc().query("select metric, value from region_total where year = 2021 and region_code = '440882'",
				(row) -> {
					totals.put(row.getString("metric"), row.getBigDecimal("value"));
				});
		return totals;
	}

}
