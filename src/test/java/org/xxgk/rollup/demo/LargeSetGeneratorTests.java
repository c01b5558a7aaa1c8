package org.xxgk.rollup.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.SourceFile;
import org.xxgk.rollup.parse.SubmissionParser;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.registry.RegionLevel;
import org.xxgk.rollup.registry.RegionRegistry;
import org.xxgk.rollup.registry.UnitMatch;
import org.xxgk.rollup.registry.UnitMatcher;

import static org.assertj.core.api.Assertions.assertThat;

class LargeSetGeneratorTests {

	@Test
	void theSameSeedWritesTheSameBytesAndAnotherSeedOtherOnes(@TempDir Path temp) throws IOException {
		LargeSetGenerator.generate(options(temp.resolve("a"), 60, 7));
		LargeSetGenerator.generate(options(temp.resolve("b"), 60, 7));
		LargeSetGenerator.generate(options(temp.resolve("c"), 60, 8));
		assertThat(contents(temp.resolve("b"))).isEqualTo(contents(temp.resolve("a")));
		assertThat(Files.readString(temp.resolve("c/regions.csv")))
			.isNotEqualTo(Files.readString(temp.resolve("a/regions.csv")));
	}

	@Test
	void writesARegistryOfCountiesOfAboutFifteenUnitsUnderOneCountry(@TempDir Path temp) throws IOException {
		LargeSetGenerator.Summary summary = LargeSetGenerator.generate(options(temp, 200, 1));
		RegionRegistry registry = RegionRegistry.load(temp.resolve("regions.csv"));
		assertThat(registry.unitsUnder(LargeSetGenerator.COUNTRY)).hasSize(200);
		assertThat(summary.units()).isEqualTo(200);
		List<Region> counties = registry.all().stream().filter((r) -> r.level() == RegionLevel.COUNTY).toList();
		assertThat(counties).hasSize(summary.counties());
		// every county but the last, which takes what is left, has 12 to 18 units
		assertThat(counties.subList(0, counties.size() - 1))
			.allSatisfy((county) -> assertThat(registry.unitsUnder(county.code())).hasSizeBetween(12, 18));
		assertThat(registry.unitsUnder(LargeSetGenerator.COUNTRY)).allSatisfy((unit) -> {
			assertThat(unit.code()).matches("\\d{9}").startsWith(unit.parentCode());
			assertThat(unit.name()).matches("\\p{IsHan}{2}(镇|乡|街道)");
		});
		assertThat(summary.statuses().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(200);
		List<String> manifest = Files.readAllLines(temp.resolve("manifest.csv"));
		// a unit with no report has no file; an unreadable one has a file but is missing all the same
		assertThat(summary.files()).isEqualTo(manifest.stream().skip(1).filter((line) -> !line.contains(",,")).count())
			.isEqualTo(200 - manifest.stream().filter((line) -> line.endsWith(",missing")).count());
	}

	@Test
	void theRealisticMixWritesEveryFormatAndTheSameBytesForASeed(@TempDir Path temp) throws IOException {
		LargeSetGenerator.generate(mixed(temp.resolve("a"), 300, 7));
		LargeSetGenerator.generate(mixed(temp.resolve("b"), 300, 7));
		Map<String, String> files = contents(temp.resolve("a"));
		assertThat(contents(temp.resolve("b"))).isEqualTo(files);
		Map<String, Long> byExtension = files.keySet()
			.stream()
			.filter((file) -> file.startsWith("2021/"))
			.collect(java.util.stream.Collectors.groupingBy((file) -> file.substring(file.lastIndexOf('.')),
					java.util.stream.Collectors.counting()));
		assertThat(byExtension).containsOnlyKeys(".docx", ".doc", ".pdf", ".html", ".txt", ".xlsx", ".xls", ".csv");
		// mostly Word files and PDFs: 25 % .docx, 10 % .doc and 30 % .pdf of about 285 files
		assertThat(byExtension.get(".docx")).isBetween(45L, 100L);
		assertThat(byExtension.get(".doc")).isBetween(12L, 45L);
		assertThat(byExtension.get(".pdf")).isBetween(60L, 115L);
		assertThat(byExtension.get(".html")).isBetween(15L, 55L);
	}

	@Test
	void everyReportIsMatchedToItsUnitAcrossTheWholeCountry(@TempDir Path temp) throws Exception {
		LargeSetGenerator.generate(mixed(temp, 120, 3));
		RegionRegistry registry = RegionRegistry.load(temp.resolve("regions.csv"));
		UnitMatcher matcher = new UnitMatcher(registry, LargeSetGenerator.COUNTRY);
		SubmissionParser parser = new SubmissionParser();
		List<String> manifest = Files.readAllLines(temp.resolve("manifest.csv"));
		int parsed = 0;
		for (String line : manifest.subList(1, manifest.size())) {
			String[] columns = line.split(",");
			if (columns[3].equals("missing") || columns[3].equals("unreadable")) {
				continue;
			}
			Path file = temp.resolve("2021").resolve(columns[1]);
			SourceFile source = new SourceFile(columns[1], file.getFileName().toString(), "", "", Files.size(file),
					Files.getLastModifiedTime(file).toInstant());
			Report report = parser.parse(source, Files.readAllBytes(file));
			assertThat(matcher.match(report.statedUnit(), report.title(), source.fileName(), "")
				.map(UnitMatch::unit)
				.map(Region::code)).as(columns[1]).contains(columns[0]);
			parsed++;
		}
		assertThat(parsed).isGreaterThan(100);
	}

	private static LargeSetGenerator.Options mixed(Path output, int units, long seed) {
		return new LargeSetGenerator.Options(units, 2021, seed, 0.1, 0.1,
				LargeSetGenerator.Options.formats(SubmissionFormat.REALISTIC_MIX), output);
	}

	private static LargeSetGenerator.Options options(Path output, int units, long seed) {
		return new LargeSetGenerator.Options(units, 2021, seed, 0.1, 0.1, Map.of("txt", 0.8, "txt-gbk", 0.2), output);
	}

	private static Map<String, String> contents(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile)
				.collect(java.util.stream.Collectors.toMap((file) -> folder.relativize(file).toString(), (file) -> {
					try {
						// a report's time is when it was received, part of what is generated
						String received = file.startsWith(folder.resolve("2021"))
								? Files.getLastModifiedTime(file).toString() : "";
						return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)
								+ received;
					}
					catch (IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				}));
		}
	}

}
