package org.xxgk.rollup.parse;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the six part headings (一、总体情况 … 六、其他需要报告的事项), loosely, as units word them differently
 * (四 may read 因政府信息公开工作被申请行政复议和提起行政诉讼情况). A numeral alone is not enough: prose inside part 一
 * often has its own 二、… points, so a heading must also carry a keyword of its part.
 * <p>
 * Real reports number their parts in other ways too: 第一部分 总体情况 (a keyword suffices, as 第…部分 numbers nothing
 * but parts), and （二）, 2. , 二是 or no number at all (a heading set in bold). Those styles number the points inside
 * part 一 as well (（一）主动公开政府信息情况, （二）依申请公开…), so a heading so numbered must read as its part's own
 * title, nearly letter for letter, and its number, when it has one, must be that part's.
 */
final class Headings {

	private static final Pattern HEADING = Pattern.compile("^([一二三四五六])[、.](.{1,40})$");

	private static final Pattern SECTION = Pattern.compile("^第([一二三四五六])部分[、.:]?(.{1,40})$");

	/** （二）, 2. or 2、, 二是, or nothing: the text must then be the part's title. */
	private static final Pattern OTHER_NUMBERING = Pattern
		.compile("^(?:\\(([一二三四五六])\\)|([1-6])[.、]|([一二三四五六])是)?(.{2,40}?)[:.。]?$");

	private static final String NUMERALS = "一二三四五六";

	private static final Map<String, List<String>> KEYWORDS = Map.of("一", List.of("总体", "概述", "基本情况"), "二",
			List.of("主动公开"), "三", List.of("申请"), "四", List.of("复议", "诉讼"), "五", List.of("问题", "改进", "不足"), "六",
			List.of("其他", "其它"));

	/** Each part's title as the form and real reports word it, without its number. */
	private static final Map<String, List<String>> TITLES = Map.of("一", List.of("总体情况", "概述", "基本情况"), "二",
			List.of("主动公开政府信息情况"), "三", List.of("收到和处理政府信息公开申请情况"), "四",
			List.of("政府信息公开行政复议、行政诉讼情况", "因政府信息公开工作被申请行政复议和提起行政诉讼情况", "政府信息公开行政复议和行政诉讼情况"),
			"五", List.of("存在的主要问题及改进情况", "存在的主要问题及整改措施", "存在的主要问题及改进措施"), "六",
			List.of("其他需要报告的事项", "其他需要报告事项"));

	private static final List<String> TABLE_PARTS = List.of("二", "三", "四");

	private Headings() {
	}

	/** The part numeral of a heading (一 … 六), or null when the paragraph is not a part heading. */
	static String part(String paragraph) {
		String text = Labels.normalize(paragraph);
		for (Pattern keyworded : List.of(HEADING, SECTION)) {
			Matcher heading = keyworded.matcher(text);
			if (heading.matches()) {
				String numeral = heading.group(1);
				return KEYWORDS.get(numeral).stream().anyMatch(heading.group(2)::contains) ? numeral : null;
			}
		}
		Matcher other = OTHER_NUMBERING.matcher(text);
		if (!other.matches()) {
			return null;
		}
		String numeral = (other.group(1) != null) ? other.group(1)
				: (other.group(2) != null) ? String.valueOf(NUMERALS.charAt(other.group(2).charAt(0) - '1')) : other.group(3);
		String title = other.group(4);
		for (Map.Entry<String, List<String>> part : TITLES.entrySet()) {
			if ((numeral == null || numeral.equals(part.getKey())) && part.getValue().stream().anyMatch((t) -> isTitle(title, t))) {
				return part.getKey();
			}
		}
		return null;
	}

	/** The text is the title but for a character or two dropped, doubled or confused (about one in six). */
	private static boolean isTitle(String text, String title) {
		String form = Labels.normalize(title);
		int allowed = form.length() / 6;
		return LabelMatcher.distance(text, form, allowed + 1) <= allowed;
	}

	/** Which table (2, 3, 4) a heading introduces, or 0. */
	static int table(String paragraph) {
		return tableOfPart(part(paragraph));
	}

	/** Which table (2, 3, 4) the part of this numeral holds ({@link #part}'s result, null for none), or 0. */
	static int tableOfPart(String numeral) {
		return (numeral != null && TABLE_PARTS.contains(numeral)) ? TABLE_PARTS.indexOf(numeral) + 2 : 0;
	}

}
