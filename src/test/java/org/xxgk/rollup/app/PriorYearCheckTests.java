package org.xxgk.rollup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.demo.WebTextWriter;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

/**
 * The rules that compare with last year (CARRY-OVER, IN-FORCE-CONTINUITY, YEAR-OVER-YEAR-OUTLIER) follow last year's
 * reports: when 2020 is consolidated again with a report that was missing, the next 2021 run checks its unchanged
 * files again instead of keeping the findings (and the quiet night) of a state that no longer holds.
 */
@ExtendWith(TestDatabaseExtension.class)
class PriorYearCheckTests {

	private static final String FILE = "雷城街道/报告.txt";

	@Test
	void lastYearsReportArrivingLaterChecksThisYearsUnchangedFileAgain(@TempDir Path temp,
			TestDatabase.Database database) throws IOException {
		Path input2020 = Files.createDirectories(temp.resolve("2020"));
		Path input2021 = temp.resolve("2021");
		write(input2021, report(2021, 1), "2022-01-10T09:00:00+08:00");
		consolidate(database, 2020, input2020, temp);
		consolidate(database, 2021, input2021, temp);
		assertThat(rules(temp.resolve("out2021"))).doesNotContain("CARRY-OVER");

		write(input2020, report(2020, 2), "2021-01-10T09:00:00+08:00");
		consolidate(database, 2020, input2020, temp);
		CommandRun again = consolidate(database, 2021, input2021, temp);
		assertThat(again.out()).doesNotContain("汇总数与上次相同").contains("本次解析 1 个");
		assertThat(rules(temp.resolve("out2021"))).contains("CARRY-OVER");
	}

	private static CommandRun consolidate(TestDatabase.Database database, int year, Path input, Path temp) {
		CommandRun run = CommandRun.inProcess("--year", String.valueOf(year), "--input", input.toString(), "--output",
				temp.resolve("out" + year).toString(), "--db", database.url());
		assertThat(run.exitCode()).as(run.err()).isZero();
		return run;
	}

	/** The rules of 雷城街道's file in findings.csv. */
	private static Set<String> rules(Path output) throws IOException {
		Set<String> rules = new TreeSet<>();
		ExportedCsv.read(output.resolve("findings.csv")).rows().stream()
			.filter((row) -> row.get("source_file").equals(FILE))
			.forEach((row) -> rules.add(row.get("rule")));
		return rules;
	}

	/** A consistent report of 雷城街道 for the year, its figures drawn from the seed. */
	private static String report(int year, long seed) {
		Map<String, BigDecimal> figures = new TreeMap<>(SampleFigures.consistent(Template.V2021, new Random(seed), 4));
		figures.replaceAll((code, value) -> code.startsWith("proactive.rules.") ? BigDecimal.ZERO : value);
		return WebTextWriter.write(GeneratedReport.of("雷州市雷城街道办事处", year, Template.V2021, figures),
				WebTextWriter.Shape.PIPE_ROWS);
	}

	private static void write(Path input, String text, String modified) throws IOException {
		Path file = input.resolve(FILE);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		Files.setLastModifiedTime(file, FileTime.from(OffsetDateTime.parse(modified).toInstant()));
	}

}
