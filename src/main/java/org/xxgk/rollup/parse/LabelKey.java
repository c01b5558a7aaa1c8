package org.xxgk.rollup.parse;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The key a label is matched by: its {@link Labels#normalize normalised} text with everything the form's own labels
 * never differ by taken out. Numbering in any style (1. 1、 （1） 1) ① 三、 （三）) goes, since the form's labels hold
 * no digits but their numbering; pinyin a mirror site put after a character (處(chù)理), a year (2021年), brackets,
 * quotes and punctuation go; characters that traditional→simplified converters leave or produce are mapped to the
 * form's character (祕→秘, 覆→复, 製→制, 係→系, 於→于…), and so are the characters OCR engines read for the form's
 * one stroke apart (己 for 已, 末 for 未, 子 for 予, 夏 for 复), which no label of the form holds.
 */
final class LabelKey {

	private static final Pattern PINYIN = Pattern.compile("\\([\\p{IsLatin}]+[1-5]?\\)");

	private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}年?度?");

	private static final Pattern NUMBERING = Pattern
		.compile("\\([一二三四五六七八九十]{1,3}\\)|[一二三四五六七八九十]{1,3}[、.,]|\\d+");

	private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");

	/**
	 * Converter leftovers, pairs of (variant, the form's character): traditional characters a simplified copy keeps,
	 * variant forms (內, 爲), and the Japanese forms OCR engines pick for Chinese ones (処, 総, 関).
	 */
	private static final String VARIANTS = "規规範范製制數数開开對对總总許许務务項项處处処处罰罚強强業业費费採采購购額额"
			+ "減减決决發发廢废現现單单萬万請请結结轉转辦办區区計计這这國国祕秘穩稳護护權权権权屬属類类內内過过執执"
			+ "捲卷詢询無无機机關关関关沒没補补後后確确訪访舉举報报訴诉復复複复覆复當当認认獲获繳缴納纳組组織织構构會会"
			+ "維维糾纠審审議议訟讼經经係系繫系於于総总転转據据拠据爲为為为戶户説说稅税衆众眾众啟启啓启綫线線线"
			+ "産产產产収收贊赞証证讓让誤误錯错齊齐"
			// OCR's confusions of one stroke: the form's labels never hold the first of each pair
			+ "己已末未子予夏复";

	private static final Map<Character, Character> TO_FORM = new HashMap<>();

	static {
		for (int i = 0; i + 1 < VARIANTS.length(); i += 2) {
			TO_FORM.put(VARIANTS.charAt(i), VARIANTS.charAt(i + 1));
		}
	}

	/** Keys already made: every report repeats the form's labels. */
	private static final LabelCache<String> SEEN = new LabelCache<>(20_000, LabelKey::uncached);

	private LabelKey() {
	}

	static String of(String label) {
		return (label != null) ? SEEN.get(label) : "";
	}

	/** A sub-row's number as printed in any style (1. 1、 （1） 1) or 1 before its words), pinyin and years left out. */
	private static final Pattern SUB_ROW_NUMBER = Pattern.compile("(?<![\\d.])\\(?([1-9])(?:[.、)]|(?=\\p{IsHan}))");

	/**
	 * The number of the sub-row a label names (2 for （五）不予处理 2.重复申请 or 2、重复申请), or 0 when it names none:
	 * the key drops numbering, so two sub-rows whose words a report confused (4.重复申请) are told apart by it.
	 */
	static int subRowNumber(String label) {
		if (label == null) {
			return 0;
		}
		String text = YEAR.matcher(PINYIN.matcher(Labels.normalize(label)).replaceAll("")).replaceAll("");
		java.util.regex.Matcher number = SUB_ROW_NUMBER.matcher(text);
		return number.find() ? number.group(1).charAt(0) - '0' : 0;
	}

	private static String uncached(String label) {
		String text = Labels.normalize(label);
		text = PINYIN.matcher(text).replaceAll("");
		text = YEAR.matcher(text).replaceAll("");
		text = NUMBERING.matcher(text).replaceAll("");
		text = PUNCTUATION.matcher(text).replaceAll("");
		StringBuilder key = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			key.append(TO_FORM.getOrDefault(c, c));
		}
		return key.toString();
	}

}
