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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.demo.LargeSetGenerator;
import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The region table follows the registry file, units' kinds included, and a night with an unchanged registry writes
 * none of its rows (a country's 43,000 regions would otherwise be rewritten every night).
 */
@ExtendWith(TestDatabaseExtension.class)
class RegionTableTests {

	@Test
	void onlyRegionsThatChangedAreWrittenAgain(@TempDir Path temp, TestDatabase.Database database) throws Exception {
		Path set = generatedSet(temp);
		Path regions = set.resolve("regions.csv");
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

	@Test
	void eachUnitsKindIsStoredAsGivenOrAsItsNameSays(@TempDir Path temp,
			TestDatabase.Database database) throws Exception {
		Path set = generatedSet(temp);
		Path regions = set.resolve("regions.csv");
		consolidate(set, database);
		assertThat(query(database, "select count(*) from region where level = 'unit' and kind is null")).isEqualTo("0");
		assertThat(query(database, "select count(*) from region where level = 'unit' and kind = 'township'"))
			.isEqualTo(query(database, "select count(*) from region where level = 'unit' and name ~ '(镇|乡)$'"));
		assertThat(query(database, "select count(*) from region where level = 'unit' and kind = 'subdistrict'"))
			.isEqualTo(query(database, "select count(*) from region where level = 'unit' and name ~ '街道$'"));
		assertThat(query(database, "select count(*) from region where level <> 'unit' and kind is not null"))
			.isEqualTo("0");
		Map<String, String> first = rowVersions(database);

		// the registry gains the kind column and says one township is a department: that row alone changes
		java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(regions));
		int unit = lines.indexOf(lines.stream().filter((line) -> line.contains(",unit,")).findFirst().orElseThrow());
		String code = lines.get(unit).split(",")[0];
		for (int i = 0; i < lines.size(); i++) {
			lines.set(i, lines.get(i) + ((i == 0) ? ",kind" : (i == unit) ? ",department" : ","));
		}
		Files.write(regions, lines);
		consolidate(set, database);
		Map<String, String> after = rowVersions(database);
		assertThat(query(database, "select kind from region where code = '" + code + "'")).isEqualTo("department");
		assertThat(after.remove(code)).isNotEqualTo(first.remove(code));
		assertThat(after).isEqualTo(first);
	}

	/** 30 generated units in Word text, with their registry. */
	private static Path generatedSet(Path temp) throws Exception {
		Path set = temp.resolve("set");
		LargeSetGenerator.generate(new LargeSetGenerator.Options(30, 2021, 4, 0, 0, Map.of("txt", 1.0), set));
		return set;
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
