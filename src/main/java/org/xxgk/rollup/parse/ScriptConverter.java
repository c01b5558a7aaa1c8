package org.xxgk.rollup.parse;

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

	/**
	 * Loaded on first use: ICU's data takes a moment to load and most reports never need it. Its rules map Han
	 * characters only; filtered to them, it skips a web page's markup instead of trying every rule at every tag
	 * character (ten times faster on a saved page, same result).
	 */
	private static final class Holder {

		private static final Transliterator TO_SIMPLIFIED = hanOnly(Transliterator.getInstance("Traditional-Simplified"));

		private static Transliterator hanOnly(Transliterator transliterator) {
			transliterator.setFilter(new UnicodeSet("[:Han:]").freeze());
			return transliterator;
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
		synchronized (Holder.TO_SIMPLIFIED) {
			return Holder.TO_SIMPLIFIED.transliterate(text);
		}
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
