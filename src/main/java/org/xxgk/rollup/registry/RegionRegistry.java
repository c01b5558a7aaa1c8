package org.xxgk.rollup.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The regions and reporting units a run knows, read from a CSV file with the columns
 * {@code code,name,level,parent_code,aliases} (aliases separated by {@code |}) and an optional {@code kind} of each
 * unit ({@link UnitKind}; inferred from the name where the column or the cell is empty). The shipped file covers 雷州市
 * with its 21 township-level units, its parents 湛江市 and 广东省, and the neighbouring counties.
 */
public final class RegionRegistry {

	public static final String SHIPPED = "/registry/regions.csv";

	private static final List<String> COLUMNS = List.of("code", "name", "level", "parent_code", "aliases");

	private final Map<String, Region> byCode;

	/** The regions directly below each region, in file order: walking a country's tree stays linear. */
	private final Map<String, List<Region>> childrenByParent = new java.util.HashMap<>();

	private RegionRegistry(Map<String, Region> byCode) {
		this.byCode = Collections.unmodifiableMap(byCode);
		for (Region region : byCode.values()) {
			this.childrenByParent.computeIfAbsent(region.parentCode(), (parent) -> new ArrayList<>()).add(region);
		}
	}

	/** The shipped registry (雷州市 and its surroundings). */
	public static RegionRegistry standard() {
		return Shipped.REGISTRY;
	}

	/** The shipped registry, read once when first asked for (it is immutable). */
	private static final class Shipped {

		static final RegionRegistry REGISTRY = readShipped();

	}

	private static RegionRegistry readShipped() {
		try (InputStream in = RegionRegistry.class.getResourceAsStream(SHIPPED)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource " + SHIPPED);
			}
			return read(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A user's registry file (UTF-8, with or without BOM). Problems are reported in Chinese, with the line. */
	public static RegionRegistry load(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(reader);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("无法读取文件 " + file + "（" + ex.getMessage() + "）", ex);
		}
	}

	public static RegionRegistry read(Reader reader) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		Map<String, Region> regions = new LinkedHashMap<>();
		var parser = format.parse(reader);
		List<String> header = parser.getHeaderNames().stream().map((name) -> name.replace("\uFEFF", "")).toList();
		if (!header.containsAll(COLUMNS.subList(0, 4))) {
			throw new IllegalArgumentException("表头应为 " + String.join(",", COLUMNS) + "，实际为 " + String.join(",", header));
		}
		for (CSVRecord row : parser) {
			long line = row.getParser().getCurrentLineNumber();
			String code = value(row, header, "code");
			String name = value(row, header, "name");
			if (code.isEmpty() || name.isEmpty()) {
				throw new IllegalArgumentException("第" + line + "行：代码和名称不能为空");
			}
			RegionLevel level;
			try {
				level = RegionLevel.ofCode(value(row, header, "level"));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("第" + line + "行：层级应为 country、province、prefecture、county 或 unit，实际为 \""
						+ value(row, header, "level") + "\"");
			}
			List<String> aliases = Arrays.stream(value(row, header, "aliases").split("\\|"))
				.map(String::trim)
				.filter((alias) -> !alias.isEmpty())
				.toList();
			Region region = new Region(code, name, level, value(row, header, "parent_code"), aliases,
					kind(value(row, header, "kind"), name, level, line));
			if (regions.put(code, region) != null) {
				throw new IllegalArgumentException("第" + line + "行：代码 " + code + " 重复");
			}
		}
		checkHierarchy(regions);
		return new RegionRegistry(regions);
	}

	/** The unit's kind as given, or as its name says; regions above the units have none. */
	private static UnitKind kind(String given, String name, RegionLevel level, long line) {
		if (given.isEmpty()) {
			return (level == RegionLevel.UNIT) ? UnitKind.inferred(name) : null;
		}
		if (level != RegionLevel.UNIT) {
			throw new IllegalArgumentException("第" + line + "行：只有报送单位（unit）有类型 kind，" + name + " 是 " + level.code());
		}
		try {
			return UnitKind.ofCode(given);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"第" + line + "行：类型 kind 应为 township、subdistrict、department 或 government，实际为 \"" + given + "\"");
		}
	}

	private static String value(CSVRecord row, List<String> header, String column) {
		int index = header.indexOf(column);
		return (index >= 0 && index < row.size()) ? row.get(index).trim() : "";
	}

	/** Every parent exists and sits on a higher level, so the roll-up walks a tree. */
	private static void checkHierarchy(Map<String, Region> regions) {
		for (Region region : regions.values()) {
			if (region.parentCode().isEmpty()) {
				if (region.isUnit()) {
					throw new IllegalArgumentException("报送单位 " + region.code() + "（" + region.name() + "）没有上级地区");
				}
				continue;
			}
			Region parent = regions.get(region.parentCode());
			if (parent == null) {
				throw new IllegalArgumentException(
						region.code() + "（" + region.name() + "）的上级代码 " + region.parentCode() + " 不在登记表中");
			}
			if (parent.level().ordinal() >= region.level().ordinal()) {
				throw new IllegalArgumentException(region.code() + "（" + region.name() + "）的上级 " + parent.code() + "（"
						+ parent.name() + "）层级不高于它");
			}
		}
	}

	public List<Region> all() {
		return List.copyOf(this.byCode.values());
	}

	public Optional<Region> find(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	public Region get(String code) {
		return find(code).orElseThrow(() -> new IllegalArgumentException("Unknown region code: " + code));
	}

	/** The regions directly below {@code code}, in file order. */
	public List<Region> children(String code) {
		return List.copyOf(this.childrenByParent.getOrDefault(code, List.of()));
	}

	/** Every reporting unit at any depth below {@code code} (the region itself if it is a unit). */
	public List<Region> unitsUnder(String code) {
		return descendants(code).stream().filter(Region::isUnit).toList();
	}

	/** The regions above {@code code}, nearest first. */
	public List<Region> ancestorsOf(String code) {
		List<Region> ancestors = new ArrayList<>();
		for (Region region = get(code); !region.parentCode().isEmpty(); region = get(region.parentCode())) {
			ancestors.add(get(region.parentCode()));
		}
		return ancestors;
	}

	/**
	 * The regions whose totals a run over {@code code} produces: the region itself, the regions below it that have
	 * units, and every region above it (top first, then the region, then the ones below).
	 */
	public List<Region> rollupRegionsOf(String code) {
		List<Region> regions = new ArrayList<>(ancestorsOf(code));
		Collections.reverse(regions);
		List<Region> below = descendants(code);
		java.util.Set<String> withUnits = new java.util.HashSet<>();
		for (Region unit : below) {
			Region region = unit;
			// mark every region from the unit up to the run's region, stopping where an earlier unit marked them
			while (unit.isUnit() && !region.code().equals(code) && withUnits.add(region.parentCode())) {
				region = get(region.parentCode());
			}
		}
		for (Region region : below) {
			if (!region.isUnit() && withUnits.contains(region.code())) {
				regions.add(region);
			}
		}
		return regions;
	}

	/** The region and everything below it, depth first in file order. */
	private List<Region> descendants(String code) {
		List<Region> found = new ArrayList<>();
		addDescendants(get(code), found);
		return found;
	}

	private void addDescendants(Region region, List<Region> found) {
		found.add(region);
		for (Region child : this.childrenByParent.getOrDefault(region.code(), List.of())) {
			addDescendants(child, found);
		}
	}

}
