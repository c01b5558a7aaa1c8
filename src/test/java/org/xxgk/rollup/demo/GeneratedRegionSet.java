package org.xxgk.rollup.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.registry.RegionLevel;

/**
 * A prefecture of any size, for load and restart tests and the rerun benchmark: a registry file ({@code regions.csv}:
 * 广东省 → 湛江市 → made-up counties, each with its townships) and one correct, on-time 2021-template report per
 * unit under {@code <year>/<county>/}. Deterministic: the same arguments write the same bytes.
 */
public final class GeneratedRegionSet {

	public static final String PROVINCE = "440000";

	public static final String PREFECTURE = "440800";

	/**
	 * Syllables combined into names: units take 3 (64,000 distinct names of one length, so no unit's name is part of
	 * another's and the matcher never hesitates), counties 2.
	 */
	private static final String SYLLABLES = "安平和兴宁康乐泰丰华新城东西南北中河山林石桥田水云龙凤金玉春明德福永长清源宝阳湖";

	/** When every generated report arrived: on time, 10 January of the following year. */
	private static final String RECEIVED = "%d-01-10T09:00:00+08:00";

	private GeneratedRegionSet() {
	}

	/**
	 * What was written.
	 *
	 * @param registry the registry file to pass with --regions
	 * @param input the folder of submissions to pass with --input
	 * @param units the reporting units, each with one report in {@code input}
	 * @param figures per unit code, the figures its report holds
	 */
	public record Layout(Path registry, Path input, List<Region> units, Map<String, Map<String, BigDecimal>> figures) {

	}

	public static void main(String[] args) throws IOException {
		if (args.length != 3) {
			System.err.println("usage: GeneratedRegionSet <folder> <counties> <units per county>");
			System.exit(2);
		}
		Layout layout = write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), 2021);
		System.out.println(layout.units().size() + " reports in " + layout.input() + ", registry " + layout.registry());
	}

	public static Layout write(Path folder, int counties, int unitsPerCounty, int year) throws IOException {
		if (counties < 1 || counties > 9 || unitsPerCounty < 1 || unitsPerCounty > 999) {
			throw new IllegalArgumentException("1–9 counties of 1–999 units");
		}
		StringBuilder registry = new StringBuilder("code,name,level,parent_code,aliases\n");
		registry.append(PROVINCE).append(",广东省,province,,\n");
		registry.append(PREFECTURE).append(",湛江市,prefecture,").append(PROVINCE).append(",\n");
		Path input = folder.resolve(String.valueOf(year));
		List<Region> units = new ArrayList<>();
		Map<String, Map<String, BigDecimal>> figures = new TreeMap<>();
		FileTime received = FileTime.from(OffsetDateTime.parse(RECEIVED.formatted(year + 1)).toInstant());
		int nameIndex = 0;
		for (int c = 0; c < counties; c++) {
			String countyCode = "44089" + c;
			String countyName = name(c * 7 + 3, 2) + "县";
			registry.append(countyCode).append(',').append(countyName).append(",county,").append(PREFECTURE).append(",\n");
			for (int u = 1; u <= unitsPerCounty; u++) {
				Region unit = new Region(countyCode + "%03d".formatted(u), name(nameIndex++, 3) + "镇", RegionLevel.UNIT,
						countyCode, List.of());
				registry.append(unit.code()).append(',').append(unit.name()).append(",unit,").append(countyCode)
					.append(",\n");
				Map<String, BigDecimal> unitFigures = DemoSetGenerator.figuresFor(unit, Template.V2021);
				String fullName = countyName + unit.name() + "人民政府";
				Path file = input.resolve(countyName).resolve(unit.name() + year + "年度政府信息公开工作年度报告.txt");
				Files.createDirectories(file.getParent());
				Files.writeString(file,
						SeedLayoutWriter.write(GeneratedReport.of(fullName, year, Template.V2021, unitFigures)),
						StandardCharsets.UTF_8);
				Files.setLastModifiedTime(file, received);
				units.add(unit);
				figures.put(unit.code(), unitFigures);
			}
		}
		Files.createDirectories(folder);
		Path registryFile = folder.resolve("regions.csv");
		Files.writeString(registryFile, registry, StandardCharsets.UTF_8);
		return new Layout(registryFile, input, units, figures);
	}

	/** The n-th name of this many syllables. */
	private static String name(int n, int syllables) {
		int size = SYLLABLES.length();
		StringBuilder name = new StringBuilder();
		for (int i = 0, rest = n; i < syllables; i++, rest /= size) {
			name.insert(0, SYLLABLES.charAt(rest % size));
		}
		return name.toString();
	}

}
