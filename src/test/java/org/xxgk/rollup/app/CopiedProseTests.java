package org.xxgk.rollup.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.demo.LargeSetGenerator;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.registry.RegionRegistry;
import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TEXT-COPIED on a whole-country run: prose is compared between the units of one county (where reports are copied
 * from neighbours), so the check stays linear in the number of counties.
 */
@ExtendWith(TestDatabaseExtension.class)
class CopiedProseTests {

	@Test
	void aReportCopiedFromANeighbourInTheCountyFlagsBothUnits(@TempDir Path temp,
			TestDatabase.Database database) throws IOException {
		Path set = temp.resolve("set");
		LargeSetGenerator.generate(new LargeSetGenerator.Options(40, 2021, 11, 0, 0, Map.of("txt", 1.0), set));
		RegionRegistry registry = RegionRegistry.load(set.resolve("regions.csv"));
		List<String> manifest = Files.readAllLines(set.resolve("manifest.csv"));
		String[] original = manifest.get(1).split(",");
		String[] neighbour = manifest.get(2).split(",");
		String[] elsewhere = manifest.get(manifest.size() - 1).split(",");
		Region a = registry.get(original[0]);
		Region b = registry.get(neighbour[0]);
		Region c = registry.get(elsewhere[0]);
		assertThat(b.parentCode()).isEqualTo(a.parentCode());
		assertThat(c.parentCode()).isNotEqualTo(a.parentCode());
		String text = Files.readString(set.resolve("2021").resolve(original[1]));
		copyAs(set.resolve("2021").resolve(neighbour[1]), text, fullName(registry, a), fullName(registry, b));
		copyAs(set.resolve("2021").resolve(elsewhere[1]), text, fullName(registry, a), fullName(registry, c));

		Path output = temp.resolve("out");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = XxgkRollupApplication.run(new String[] { "--year", "2021", "--input",
				set.resolve("2021").toString(), "--output", output.toString(), "--regions",
				set.resolve("regions.csv").toString(), "--region", LargeSetGenerator.COUNTRY,
				database.dbArguments()[0], database.dbArguments()[1] },
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exitCode).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(ExportedCsv.read(output.resolve("findings.csv")).rows())
			.filteredOn((row) -> row.get("rule").equals("TEXT-COPIED"))
			.extracting((row) -> row.get("unit_name") + " " + row.get("severity"))
			.containsExactlyInAnyOrder(a.name() + " warning", b.name() + " warning");
	}

	private static void copyAs(Path file, String text, String from, String to) throws IOException {
		Files.writeString(file, text.replace(from, to));
		Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1641427200000L)); // 2022-01-06
	}

	private static String fullName(RegionRegistry registry, Region unit) {
		return registry.get(unit.parentCode()).name() + unit.name() + (unit.name().endsWith("街道") ? "办事处" : "人民政府");
	}

}
