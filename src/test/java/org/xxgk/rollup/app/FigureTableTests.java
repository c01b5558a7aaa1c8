package org.xxgk.rollup.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.demo.LargeSetGenerator;
import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figure table has no per-row foreign key (it cost more than loading the rows): a submission's figures go when
 * the submission goes, by a statement-level trigger, whether its file was corrected or withdrawn.
 */
@ExtendWith(TestDatabaseExtension.class)
class FigureTableTests {

	@Test
	void figuresOfReplacedAndWithdrawnSubmissionsGoWithThem(@TempDir Path temp,
			TestDatabase.Database database) throws Exception {
		Path set = temp.resolve("set");
		List<Path> files = generate(set, 20);
		Path corrected = files.get(0);
		Path withdrawn = files.get(1);
		consolidate(set, database);
		long figuresPerReport = count(database, "select count(*) from figure") / count(database,
				"select count(*) from submission where source_file is not null");
		assertThat(figuresPerReport).isGreaterThan(150);

		// a corrected report (one more word in its prose) and a withdrawn one
		Files.writeString(corrected, Files.readString(corrected).replaceFirst("\n", "（修订）\n"));
		Files.delete(withdrawn);
		consolidate(set, database);

		assertThat(count(database, "select count(*) from figure where submission_id not in (select id from submission)"))
			.as("figures left behind by their submission")
			.isZero();
		assertThat(count(database, "select count(*) from submission where source_file is not null")).isEqualTo(19);
		assertThat(count(database, "select count(distinct submission_id) from figure")).isEqualTo(19);
		assertThat(count(database, """
				select count(*) from figure join submission on submission.id = figure.submission_id
				where submission.source_file like '%' || ?""", corrected.getFileName().toString()))
			.isEqualTo(figuresPerReport);
	}

	@Test
	void notApplicableIsStoredAsItsOwnStateAndExportedAsNoValue(@TempDir Path temp,
			TestDatabase.Database database) throws Exception {
		Path set = temp.resolve("set");
		Path report = generate(set, 3).get(0);
		String text = Files.readString(report);
		String changed = text.replaceFirst("(\t规章\n\t)[^\n]*", "$1不适用");
		assertThat(changed).isNotEqualTo(text);
		Files.writeString(report, changed);
		consolidate(set, database);
		String ofTheReport = " from figure_cell as figure join submission on submission.id = figure.submission_id"
				+ " where submission.source_file like '%' || ? and figure.state = 'not_applicable'";
		assertThat(count(database, "select count(*)" + ofTheReport, report.getFileName().toString())).isEqualTo(1);
		assertThat(count(database, "select count(*)" + ofTheReport + " and figure.value is null and figure.raw = '不适用'"
				+ " and figure.metric like 'proactive.rules.%'", report.getFileName().toString())).isEqualTo(1);
		assertThat(count(database, "select count(*) from finding where rule = 'CELL-NOT-APPLICABLE'")).isEqualTo(1);
		assertThat(count(database, "select count(*) from finding where rule = 'CELL-MISSING'")).isZero();
	}

	/** A generated set of text reports; the first two files of its manifest. */
	private static List<Path> generate(Path set, int units) throws Exception {
		LargeSetGenerator.generate(new LargeSetGenerator.Options(units, 2021, 9, 0, 0, Map.of("txt", 1.0), set));
		List<String> manifest = Files.readAllLines(set.resolve("manifest.csv"));
		return List.of(set.resolve("2021").resolve(manifest.get(1).split(",")[1]),
				set.resolve("2021").resolve(manifest.get(2).split(",")[1]));
	}

	private static void consolidate(Path set, TestDatabase.Database database) {
		CommandRun run = CommandRun.inProcess("--year", "2021", "--input", set.resolve("2021").toString(), "--output",
				set.resolve("out").toString(), "--regions", set.resolve("regions.csv").toString(), "--region",
				LargeSetGenerator.COUNTRY, "--db", database.url());
		assertThat(run.exitCode()).as(run.err()).isZero();
	}

	private static long count(TestDatabase.Database database, String sql, String... parameters) throws Exception {
		try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
				var statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setString(i + 1, parameters[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

}
