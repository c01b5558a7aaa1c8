package org.xxgk.rollup.parse;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Label normalisation, applied both to the labels of a submission and to those of metrics.csv so they compare
 * equal despite the usual variations: full-width vs half-width brackets and punctuation, wrapped or padded labels,
 * 行政规范性文件 printed as 规范性文件, and the year inserted into a label (一、本年(2021)新收…).
 */
final class Labels {

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");

	private static final Pattern INSERTED_YEAR = Pattern.compile("\\((?:\\d{4})年?度?\\)|(?<=本年)\\d{4}年?度?");

	/** The money unit in a column label: (单位：万元), 单位:元, or the unit alone in brackets (元). */
	private static final Pattern UNIT = Pattern.compile("\\(?单位:?(万元|元)\\)?|\\((万元|元)\\)");

	/** Normalised labels already seen: normalising (NFKC and four patterns) was 7 % of the ingest's CPU. */
	private static final LabelCache<String> SEEN = new LabelCache<>(20_000, Labels::normalizeUncached);

	private Labels() {
	}

	static String normalize(String label) {
		return (label != null) ? SEEN.get(label) : "";
	}

	private static String normalizeUncached(String label) {
		String text = Normalizer.normalize(label, Normalizer.Form.NFKC);
		text = WHITESPACE.matcher(text).replaceAll("");
		text = text.replace('，', ',').replace('：', ':').replace('；', ';');
		text = text.replace("行政规范性文件", "规范性文件");
		text = INSERTED_YEAR.matcher(text).replaceAll("");
		return UNIT.matcher(text).replaceAll("");
	}

	/** The money unit stated in a column label ((单位：元) / (单位：万元) / (元)), or null. */
	static String unit(String label) {
		var matcher = UNIT.matcher(Normalizer.normalize(label, Normalizer.Form.NFKC).replaceAll("\\s", ""));
		return !matcher.find() ? null : (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
	}

}
