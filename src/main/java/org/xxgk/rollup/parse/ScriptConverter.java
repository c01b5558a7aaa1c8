package org.xxgk.rollup.parse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;

/**
 * Converts a report served in traditional script (mirror sites: 報告, 申請, 復議, 鎮) to simplified before labels and
 * unit names are matched, with ICU's Traditional-Simplified transliterator. A simplified report is left untouched:
 * the conversion is kept only when it changes a good number of characters, so a stray variant character in a
 * simplified report (乾, 於) is never rewritten.
 */
final class ScriptConverter {

	/** Fewer changed characters than this and the text is taken to be simplified already. */
	private static final int MIN_CHANGED = 5;

	private static final UnicodeSet HAN = new UnicodeSet("[:Han:]").freeze();

	/**
	 * Made on first use: ICU's data takes a moment to load and most reports never need it. Its rules map one Han
	 * character at a time; each character's conversion is asked once and remembered, so a text costs a lookup per
	 * character (ICU rewrote its buffer from each replaced character to the end: one 9.6 MB page took minutes), and
	 * the ingest threads share what is remembered without a lock around ICU.
	 */
	private static final class Holder {

		private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

		private static final UnicodeSet HAN = new UnicodeSet("[:Han:]").freeze();

		private static final Map<Integer, String> CONVERTED = new ConcurrentHashMap<>();

		private static String convert(int codePoint) {
			return CONVERTED.computeIfAbsent(codePoint, (character) -> {
				synchronized (TO_SIMPLIFIED) {
					return TO_SIMPLIFIED.transliterate(new String(Character.toChars(character)));
				}
			});
		}

	}

	private ScriptConverter() {
	}

	/**
	 * Characters that only traditional script uses and that every report contains many of (報告, 申請, 復議, 訴訟,
	 * 處理, 數量…): counting them is cheap, so the transliterator only runs on reports that need it.
	 */
	private static final String TRADITIONAL_MARKERS = "報請復議訴訟處數總開務資關據機構辦門鎮縣區鄉條項規範類審維糾結費實現經過當應無專為於與會對國發體";

	/** The document in simplified script, or the document itself when it was not in traditional script. */
	static SourceDocument toSimplified(SourceDocument document) {
		return (simplifiedIfTraditional(document.text()) != null) ? document.map(ScriptConverter::convert) : document;
	}

	/** The text in simplified script, or the text itself when it was not in traditional script. */
	static String toSimplified(String text) {
		String simplified = simplifiedIfTraditional(text);
		return (simplified != null) ? simplified : text;
	}

	/** The text converted, when it is in traditional script; null when it is not (converted once, not twice). */
	private static String simplifiedIfTraditional(String text) {
		long markers = text.chars().filter((c) -> TRADITIONAL_MARKERS.indexOf(c) >= 0).limit(MIN_CHANGED).count();
		if (markers < MIN_CHANGED) {
			return null;
		}
		String converted = convert(text);
		return (changedCharacters(text, converted) >= MIN_CHANGED) ? converted : null;
	}

	private static String convert(String text) {
		StringBuilder converted = new StringBuilder(text.length());
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			if (codePoint >= 0x2E80 && Holder.HAN.contains(codePoint)) {
				converted.append(Holder.convert(codePoint));
			}
			else {
				converted.appendCodePoint(codePoint);
			}
			i += Character.charCount(codePoint);
		}
		return converted.toString();
	}

	private static int changedCharacters(String original, String converted) {
		if (original.length() != converted.length()) {
			return Integer.MAX_VALUE;
		}
		int changed = 0;
		for (int i = 0; i < original.length(); i++) {
			if (original.charAt(i) != converted.charAt(i)) {
				changed++;
			}
		}
		return changed;
	}

}
