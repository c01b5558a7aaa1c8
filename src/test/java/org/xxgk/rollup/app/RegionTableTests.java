package org.xxgk.rollup.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.demo.LargeSetGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The region table follows the registry file, and a night with an unchanged registry writes none of its rows (a
 * country's 43,000 regions would otherwise be rewritten every night).
 */
class RegionTableTests {

	@Test
	void onlyRegionsThatChangedAreWrittenAgain(@TempDir Path temp) throws Exception {
		Path set = temp.resolve("set");
		LargeSetGenerator.generate(new LargeSetGenerator.Options(30, 2021, 4, 0, 0, Map.of("txt", 1.0), set));
		Path regions = set.resolve("regions.csv");
		try (TestDatabase.Database database = TestDatabase.create()) {
			consolidate(set, database);
			Map<String, String> first = rowVersions(database);
			consolidate(set, database);
			assertThat(rowVersions(database)).as("an unchanged registry rewrites no row").isEqualTo(first);

			// a county renamed in the registry: its row alone is written, with the new name
			String county = Files.readAllLines(regions)
				.stream()
				.filter((line) -> line.contains(",county,"))
				.findFirst()
				.orElseThrow();
			String code = county.split(",")[0];
			String renamed = county.replaceFirst("^([^,]*),[^,]*,", "$1,新名县,");
			Files.writeString(regions, Files.readString(regions).replace(county, renamed));
			consolidate(set, database);
			Map<String, String> after = rowVersions(database);
			assertThat(after.get(code)).isNotEqualTo(first.get(code));
			after.remove(code);
			first.remove(code);
			assertThat(after).isEqualTo(first);
			assertThat(query(database, "select name from region where code = '" + code + "'")).isEqualTo("新名县");
		}
	}

	private static void consolidate(Path set, TestDatabase.Database database) {
		CommandRun run = CommandRun.inProcess("--year", "2021", "--input", set.resolve("2021").toString(), "--output",
				set.resolve("out").toString(), "--regions", set.resolve("regions.csv").toString(), "--region",
				LargeSetGenerator.COUNTRY, "--db", database.url());
		assertThat(run.exitCode()).as(run.err()).isZero();
	}

	/** Each region's row version (xmin: the transaction that last wrote it). */
	private static Map<String, String> rowVersions(TestDatabase.Database database) throws Exception {
		Map<String, String> versions = new TreeMap<>();
		try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select code, xmin::text from region")) {
			while (rows.next()) {
				versions.put(rows.getString(1), rows.getString(2));
			}
		}
		return versions;
	}

	private static String query(TestDatabase.Database database, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
