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

	/** What follows a place name in a body's own name; a three-character name needs it to be near-matched. */
	private static final java.util.regex.Pattern SUFFIX = java.util.regex.Pattern.compile(SUFFIXES);

	/** Characters OCR takes for one another (each string a group), as seen in scanned reports' place names. */
	private static final List<String> LOOK_ALIKES = List.of("沭沐沫", "淮准", "己已巳", "未末", "土士", "日曰", "戊戌戍",
			"汩汨", "冶治", "大太犬", "天夭", "人入", "王玉", "千干于", "刀力", "贝见", "侯候", "析折", "杨扬场", "淅浙", "乌鸟",
			"拨拔", "宫官", "辨辩辫", "茶荼", "崇祟", "泊洎", "汶汉", "洮姚", "郴彬", "邳丕", "睢雎", "亳毫", "泾径", "洺洛");

	/** A bare place name above township level (淮安市, 洪泽区, 沭阳县): in front of another name it only says where. */
	private static final java.util.regex.Pattern PLACE = java.util.regex.Pattern.compile(".+(省|市|县|区|旗|州|盟)");

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

	/** Each unit's place names without suffix (沭阳县, 企水镇, 雷城街道), three characters or more, for near matches. */
	private final List<Map.Entry<String, Region>> placeNames = new ArrayList<>();

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
		full.forEach((unit, names) -> names.stream()
			.filter((name) -> name.length() >= 3 && !name.matches(".*" + SUFFIXES))
			.forEach((name) -> this.placeNames.add(Map.entry(name, unit))));
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
		// no source names a unit as it is: a name printed with one character confused, in the report itself
		return nearMatch(UnitMatch.Source.STATED_UNIT, statedUnit)
			.or(() -> nearMatch(UnitMatch.Source.TITLE, title));
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

	/**
	 * Adds the one unit some of whose names occur in the text; nothing when none does, or several do. The most
	 * specific name wins: a name inside a longer name of another unit found in the text is not a second match, and
	 * neither is a city or county name directly before another unit's name (淮安市 of 淮安市洪泽区人民政府 is where
	 * 洪泽区 is, not 淮安市人民政府's report).
	 */
	private void addMatch(List<UnitMatch> matches, UnitMatch.Source source, String text) {
		if (text == null || text.isBlank()) {
			return;
		}
		String normalised = normalise(text);
		Region unit = mostSpecific(occurrences(normalised), normalised);
		if (unit != null) {
			String foundName = this.namesByUnit.get(unit).stream().filter(normalised::contains).findFirst().orElseThrow();
			matches.add(new UnitMatch(unit, source, foundName));
		}
	}

	/** Every place a unit's name occurs in the normalised text, looked up by the lengths names have. */
	private List<Occurrence> occurrences(String normalised) {
		List<Occurrence> found = new ArrayList<>(2);
		for (int length : this.nameLengths) {
			for (int start = 0; start + length <= normalised.length(); start++) {
				List<Region> named = this.unitsByName.get(normalised.substring(start, start + length));
				if (named != null) {
					int from = start;
					named.forEach((unit) -> found.add(new Occurrence(unit, from, from + length)));
				}
			}
		}
		return found;
	}

	/**
	 * The unit whose place name (沭阳县 of 沭阳县人民政府) is printed with one character confused, as OCR does (沐阳县),
	 * in a text that names no unit as it is; the level at its end (县, 镇, 街道) must be right, and a three-character
	 * name must be followed by 人民政府, 政府 or 办事处. When several units are one character off (沐阳县 is also one
	 * from 泗阳县), the one whose character is a known OCR look-alike of the printed one wins; otherwise none does.
	 */
	private Optional<UnitMatch> nearMatch(UnitMatch.Source source, String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String normalised = normalise(text);
		if (!occurrences(normalised).isEmpty()) {
			return Optional.empty();
		}
		Map<Region, String> near = new LinkedHashMap<>();
		Map<Region, String> lookAlike = new LinkedHashMap<>();
		for (Map.Entry<String, Region> place : this.placeNames) {
			String name = place.getKey();
			for (int start = 0; start + name.length() <= normalised.length(); start++) {
				int confused = confusedAt(name, normalised, start);
				if (confused < 0 || (name.length() < 4
						&& !SUFFIX.matcher(normalised).region(start + name.length(), normalised.length()).lookingAt())) {
					continue;
				}
				String printed = normalised.substring(start, start + name.length());
				near.put(place.getValue(), printed);
				if (lookAlike(name.charAt(confused), printed.charAt(confused))) {
					lookAlike.put(place.getValue(), printed);
				}
			}
		}
		Map<Region, String> chosen = (near.size() == 1) ? near : (lookAlike.size() == 1) ? lookAlike : Map.of();
		return chosen.entrySet()
			.stream()
			.findFirst()
			.map((found) -> new UnitMatch(found.getKey(), source, found.getValue()));
	}

	/**
	 * Where the text at {@code start} differs from the name, when it differs in exactly one character and not in the
	 * level (the last one); else -1.
	 */
	private static int confusedAt(String name, String text, int start) {
		if (name.charAt(name.length() - 1) != text.charAt(start + name.length() - 1)) {
			return -1;
		}
		int at = -1;
		for (int i = 0; i < name.length() - 1; i++) {
			if (name.charAt(i) != text.charAt(start + i)) {
				if (at >= 0) {
					return -1;
				}
				at = i;
			}
		}
		return at;
	}

	private static boolean lookAlike(char registered, char printed) {
		return LOOK_ALIKES.stream().anyMatch((group) -> group.indexOf(registered) >= 0 && group.indexOf(printed) >= 0);
	}

	/** Where a name of a unit occurs in a normalised text. */
	private record Occurrence(Region unit, int start, int end) {

		boolean within(Occurrence other) {
			return other.start <= this.start && this.end <= other.end && other.end - other.start > this.end - this.start;
		}

	}

	/** The one unit left once names inside longer ones and place-name prefixes are set aside; null if none or two. */
	private static Region mostSpecific(List<Occurrence> found, String text) {
		Region unit = null;
		for (Occurrence occurrence : found) {
			boolean inside = found.stream()
				.anyMatch((other) -> other.unit() != occurrence.unit() && occurrence.within(other));
			boolean prefix = PLACE.matcher(text.substring(occurrence.start(), occurrence.end())).matches()
					&& found.stream()
						.anyMatch((other) -> other.unit() != occurrence.unit() && other.start() == occurrence.end());
			if (inside || prefix) {
				continue;
			}
			if (unit != null && unit != occurrence.unit()) {
				return null;
			}
			unit = occurrence.unit();
		}
		return unit;
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
