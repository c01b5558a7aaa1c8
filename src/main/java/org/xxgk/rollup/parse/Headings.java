package org.xxgk.rollup.parse;

import java.util.regex.Pattern;

/** Recognises the six part headings (一、总体情况 … 六、其他需要报告的事项), loosely, as units word them differently. */
final class Headings {

	private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]、.{1,40}$");

	private Headings() {
	}

	static boolean isHeading(String paragraph) {
		return HEADING.matcher(Labels.normalize(paragraph)).matches();
	}

	/** The part numeral of a heading (一 … 六), or null. */
	static String numeral(String paragraph) {
		return isHeading(paragraph) ? Labels.normalize(paragraph).substring(0, 1) : null;
	}

	/** Which table (2, 3, 4) a heading introduces, or 0. */
	static int table(String paragraph) {
		String numeral = numeral(paragraph);
		String text = Labels.normalize(paragraph);
		if ("二".equals(numeral) && text.contains("主动公开")) {
			return 2;
		}
		if ("三".equals(numeral) && text.contains("申请")) {
			return 3;
		}
		if ("四".equals(numeral) && (text.contains("复议") || text.contains("诉讼"))) {
			return 4;
		}
		return 0;
	}

}
