package org.xxgk.rollup.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers a text copy printed run together. Where a table's columns are narrow, {@code pdftotext -layout} writes two
 * cells' numbers one space apart (上海 2025's 自然人 1259 and 商业企业 36 in the real 2021 form exported by LibreOffice
 * come out as {@code 1259 36}), or with no space at all when their glyphs nearly touch: read as one cell, that is
 * 125936, a figure nobody wrote. A row with fewer values than its table is looked at for them before its values are
 * placed by position ({@link ColumnTextReader}):
 * <ul>
 * <li>numbers one space apart are two cells when taking them apart gives the row exactly its table's values: the gap
 * is printed and the columns fill;</li>
 * <li>digits without a gap are cut only where the row's own cross-check says so (table 三: 总计 = 自然人 + the five
 * 法人或其他组织; table 四: each group's 总计 = its four results), when the row as read breaks it and one cut alone
 * makes it hold;</li>
 * <li>else numbers one space apart, or a part with more digits than the row's 总计, are two numbers nobody can tell
 * apart: the row is refused (its positions lost), naming that value as printed.</li>
 * </ul>
 * A row that has all its values is left as printed: digits one space apart there are one number (a thousands
 * separator, {@code 3 119}, or an OCR's spaced {@code 1 8}).
 */
final class GluedNumbers {

	/** Numbers one space apart: two cells' numbers with pdftotext's narrowest gap between them. */
	private static final Pattern GAPPED = Pattern.compile("\\d+(?:\\.\\d+)?(?: \\d+(?:\\.\\d+)?)+");

	private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

	/** Table 四's values: 行政复议 and the two 行政诉讼 groups, five each, the fifth their 总计. */
	static final int REVIEW_VALUES = 15;

	private GluedNumbers() {
	}

	/** A value's text cut at {@code at}: the {@code value}-th of the row. */
	record Cut(int value, int at) {
	}

	/** Numbers one space apart in one value's text. */
	static boolean isGapped(String text) {
		return GAPPED.matcher(text).matches();
	}

	/** The {@code [start, end)} of each number of a gapped value's text (the whole text when it is not gapped). */
	static List<int[]> numbers(String text) {
		List<int[]> spans = new ArrayList<>();
		if (!isGapped(text)) {
			spans.add(new int[] { 0, text.length() });
			return spans;
		}
		Matcher matcher = NUMBER.matcher(text);
		while (matcher.find()) {
			spans.add(new int[] { matcher.start(), matcher.end() });
		}
		return spans;
	}

	/**
	 * Every way of cutting one value of digits alone in two (no part starting with 0 but 0 itself) that gives the row
	 * {@code width} values for which {@code holds}; none when a value is not a plain number.
	 */
	static List<Cut> cuts(List<String> values, int width, Predicate<List<BigDecimal>> holds) {
		List<Cut> cuts = new ArrayList<>();
		if (values.size() != width - 1 || values.stream().anyMatch((text) -> !NUMBER.matcher(text).matches())) {
			return cuts;
		}
		for (int v = 0; v < values.size(); v++) {
			String text = values.get(v);
			for (int at = 1; at < text.length() && text.matches("\\d+"); at++) {
				if (!isNumber(text.substring(0, at)) || !isNumber(text.substring(at))) {
					continue;
				}
				if (holds.test(numbers(cut(values, new Cut(v, at))))) {
					cuts.add(new Cut(v, at));
				}
			}
		}
		return cuts;
	}

	/** The row's values with one cut made. */
	static List<String> cut(List<String> values, Cut cut) {
		List<String> cutValues = new ArrayList<>(values.subList(0, cut.value()));
		String text = values.get(cut.value());
		cutValues.add(text.substring(0, cut.at()));
		cutValues.add(text.substring(cut.at()));
		cutValues.addAll(values.subList(cut.value() + 1, values.size()));
		return cutValues;
	}

	/** A row of table 三: its 总计 (the last value) is the sum of the others; a row holding a word is not checked. */
	static boolean rowTotalHolds(List<BigDecimal> row) {
		return totalHolds(row, 0, row.size());
	}

	/** Table 四's row: each group's 总计 is the sum of its four results. */
	static boolean reviewTotalsHold(List<BigDecimal> row) {
		for (int group = 0; group + 5 <= row.size(); group += 5) {
			if (!totalHolds(row, group, group + 5)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The part of a row of table 三 placed with more digits than its 总计 (counts are not negative, so no part is
	 * larger than their sum), or -1.
	 */
	static int partLongerThanTotal(List<String> row) {
		String total = row.get(row.size() - 1);
		if (total == null || !total.matches("\\d+")) {
			return -1;
		}
		for (int v = 0; v < row.size() - 1; v++) {
			String part = row.get(v);
			if (part != null && part.matches("\\d+") && part.length() > total.length()) {
				return v;
			}
		}
		return -1;
	}

	/** The row's numbers as the cross-checks count them: a blank or a dash is 0, a word null (not checked). */
	static List<BigDecimal> numbers(List<String> row) {
		List<BigDecimal> numbers = new ArrayList<>();
		for (String text : row) {
			String plain = (text == null) ? "" : text.strip();
			numbers.add(NUMBER.matcher(plain).matches() ? new BigDecimal(plain)
					: (plain.isEmpty() || plain.matches("[—–\\-－/／]+")) ? BigDecimal.ZERO : null);
		}
		return numbers;
	}

	private static boolean totalHolds(List<BigDecimal> row, int from, int to) {
		BigDecimal total = row.get(to - 1);
		BigDecimal sum = BigDecimal.ZERO;
		for (int v = from; v < to - 1; v++) {
			if (row.get(v) == null) {
				return true;
			}
			sum = sum.add(row.get(v));
		}
		return total == null || total.compareTo(sum) == 0;
	}

	private static boolean isNumber(String digits) {
		return digits.equals("0") || !digits.startsWith("0");
	}

}
