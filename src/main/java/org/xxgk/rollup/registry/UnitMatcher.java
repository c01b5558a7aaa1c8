package org.xxgk.rollup.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises which unit of a region a report belongs to, from the name the report states, its title, its file name
 * and its folder, tried in that order. Names are compared after removing spaces, folding the few traditional
 * characters that occur in unit names and their suffixes (鎮, 辦事處...), so 雷州市企水镇人民政府, 企水镇政府 and 企水鎮
 * all find 企水镇. A text that names two different units is ambiguous and matches neither; the short core of a name
 * (企水 of 企水镇) is only used where no other unit's name contains it.
 */
public final class UnitMatcher {

	private static final String SUFFIXES = "(人民政府|政府|街道办事处|办事处)";

	private static final Map<Character, Character> TRADITIONAL = Map.ofEntries(Map.entry('鎮', '镇'),
			Map.entry('鄉', '乡'), Map.entry('辦', '办'), Map.entry('處', '处'), Map.entry('縣', '县'),
			Map.entry('區', '区'), Map.entry('東', '东'), Map.entry('門', '门'), Map.entry('龍', '龙'),
			Map.entry('興', '兴'), Map.entry('紀', '纪'), Map.entry('楊', '杨'), Map.entry('烏', '乌'),
			Map.entry('調', '调'), Map.entry('風', '风'), Map.entry('廣', '广'), Map.entry('聞', '闻'),
			Map.entry('吳', '吴'));

	private final List<Region> units;

	/** Per unit, the normalised names that identify it unambiguously, longest first. */
	private final Map<Region, List<String>> namesByUnit = new LinkedHashMap<>();

	/** Every such name to the units it identifies, so a text is matched by looking its substrings up. */
	private final Map<String, List<Region>> unitsByName = new HashMap<>();

	/** The lengths the names have: only substrings of these lengths are looked up. */
	private final int[] nameLengths;

	public UnitMatcher(RegionRegistry registry, String regionCode) {
		this.units = registry.unitsUnder(regionCode);
		Map<Region, Set<String>> full = new LinkedHashMap<>();
		for (Region unit : this.units) {
			Set<String> names = new LinkedHashSet<>();
			names.add(normalise(unit.name()));
			unit.aliases().stream().map(UnitMatcher::normalise).forEach(names::add);
			new ArrayList<>(names).stream().map((name) -> name.replaceAll(SUFFIXES + "$", "")).forEach(names::add);
			full.put(unit, names);
		}
		Map<String, Set<Region>> coreOwners = coreOwners(full);
		Set<Integer> lengths = new java.util.TreeSet<>();
		for (Region unit : this.units) {
			List<String> names = new ArrayList<>(full.get(unit));
			for (String core : candidateCores(full.get(unit))) {
				// the core identifies the unit only when no other unit's name contains it
				if (coreOwners.get(core).stream().allMatch((owner) -> owner == unit)) {
					names.add(core);
				}
			}
			names.removeIf(String::isEmpty);
			names.sort((a, b) -> Integer.compare(b.length(), a.length()));
			List<String> unique = List.copyOf(new LinkedHashSet<>(names));
			this.namesByUnit.put(unit, unique);
			for (String name : unique) {
				this.unitsByName.computeIfAbsent(name, (key) -> new ArrayList<>(1)).add(unit);
				lengths.add(name.length());
			}
		}
		this.nameLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * The short cores of a unit's names (企水 of 企水镇, 雷城 of 雷城街道): at least two characters, and shorter than
	 * the name.
	 */
	private static List<String> candidateCores(Set<String> names) {
		List<String> cores = new ArrayList<>();
		for (String name : names) {
			String core = name.replaceAll("(镇|乡|街道)$", "");
			if (core.length() >= 2 && !core.equals(name)) {
				cores.add(core);
			}
		}
		return cores;
	}

	/** Every candidate core to the units one of whose full names contains it, found by substrings of the names. */
	private static Map<String, Set<Region>> coreOwners(Map<Region, Set<String>> full) {
		Map<String, Set<Region>> owners = new HashMap<>();
		full.values().forEach((names) -> candidateCores(names).forEach(
				(core) -> owners.computeIfAbsent(core, (key) -> new LinkedHashSet<>(2))));
		for (Map.Entry<Region, Set<String>> unit : full.entrySet()) {
			for (String name : unit.getValue()) {
				for (int start = 0; start < name.length(); start++) {
					for (int end = start + 2; end <= name.length(); end++) {
						Set<Region> found = owners.get(name.substring(start, end));
						if (found != null) {
							found.add(unit.getKey());
						}
					}
				}
			}
		}
		return owners;
	}

	/** The first unambiguous match among the stated unit, the title, the file name and the folder. */
	public Optional<UnitMatch> match(String statedUnit, String title, String fileName, String folder) {
		String[] texts = { statedUnit, title, fileName, folder };
		UnitMatch.Source[] sources = { UnitMatch.Source.STATED_UNIT, UnitMatch.Source.TITLE,
				UnitMatch.Source.FILE_NAME, UnitMatch.Source.FOLDER };
		for (int i = 0; i < texts.length; i++) {
			List<UnitMatch> found = new ArrayList<>(1);
			addMatch(found, sources[i], texts[i]);
			if (!found.isEmpty()) {
				return Optional.of(found.get(0));
			}
		}
		return Optional.empty();
	}

	/** Every unambiguous match, one per source that names exactly one unit, in the order tried. */
	public List<UnitMatch> matchAll(String statedUnit, String title, String fileName, String folder) {
		List<UnitMatch> matches = new ArrayList<>();
		addMatch(matches, UnitMatch.Source.STATED_UNIT, statedUnit);
		addMatch(matches, UnitMatch.Source.TITLE, title);
		addMatch(matches, UnitMatch.Source.FILE_NAME, fileName);
		addMatch(matches, UnitMatch.Source.FOLDER, folder);
		return matches;
	}

	/** Adds the one unit some of whose names occur in the text; nothing when none does, or several do. */
	private void addMatch(List<UnitMatch> matches, UnitMatch.Source source, String text) {
		if (text == null || text.isBlank()) {
			return;
		}
		String normalised = normalise(text);
		Region found = null;
		for (int length : this.nameLengths) {
			for (int start = 0; start + length <= normalised.length(); start++) {
				List<Region> named = this.unitsByName.get(normalised.substring(start, start + length));
				if (named == null) {
					continue;
				}
				for (Region unit : named) {
					if (found != null && found != unit) {
						return;
					}
					found = unit;
				}
			}
		}
		if (found != null) {
			String foundName = this.namesByUnit.get(found).stream().filter(normalised::contains).findFirst().orElseThrow();
			matches.add(new UnitMatch(found, source, foundName));
		}
	}

	/** Removes every kind of space and folds traditional characters used in unit names to simplified ones. */
	static String normalise(String text) {
		StringBuilder normalised = new StringBuilder(text.length());
		text.codePoints()
			.filter((codePoint) -> !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint))
			.forEach((codePoint) -> {
				if (codePoint < 0x10000 && TRADITIONAL.containsKey((char) codePoint)) {
					normalised.append(TRADITIONAL.get((char) codePoint));
				}
				else {
					normalised.appendCodePoint(codePoint);
				}
			});
		return normalised.toString();
	}

}
