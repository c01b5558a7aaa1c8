package org.xxgk.rollup.parse;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recognises the six part headings (一、总体情况 … 六、其他需要报告的事项), loosely, as units word them differently
 * (四 may read 因政府信息公开工作被申请行政复议和提起行政诉讼情况). A numeral alone is not enough: prose inside part 一
 * often has its own 二、… points, so a heading must also carry a keyword of its part.
 */
final class Headings {

	private static final Pattern HEADING = Pattern.compile("^[一二三四五六]、.{1,40}$");

	private static final Map<String, List<String>> KEYWORDS = Map.of("一", List.of("总体", "概述", "基本情况"), "二",
			List.of("主动公开"), "三", List.of("申请"), "四", List.of("复议", "诉讼"), "五", List.of("问题", "改进", "不足"), "六",
			List.of("其他", "其它"));

	private static final List<String> TABLE_PARTS = List.of("二", "三", "四");

	private Headings() {
	}

	/** The part numeral of a heading (一 … 六), or null when the paragraph is not a part heading. */
	static String part(String paragraph) {
		String text = Labels.normalize(paragraph);
		if (!HEADING.matcher(text).matches()) {
			return null;
		}
		String numeral = text.substring(0, 1);
		return KEYWORDS.get(numeral).stream().anyMatch(text::contains) ? numeral : null;
	}

	/** Which table (2, 3, 4) a heading introduces, or 0. */
	static int table(String paragraph) {
		String numeral = part(paragraph);
		return (numeral != null && TABLE_PARTS.contains(numeral)) ? TABLE_PARTS.indexOf(numeral) + 2 : 0;
	}

}
