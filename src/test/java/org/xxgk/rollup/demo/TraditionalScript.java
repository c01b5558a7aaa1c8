package org.xxgk.rollup.demo;

import com.ibm.icu.text.Transliterator;

/** Converts a generated report to traditional script, as mirror sites serve the same pages (報告, 申請, 復議, 鎮). */
public final class TraditionalScript {

	private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");

	private TraditionalScript() {
	}

	public static String convert(String text) {
		synchronized (TO_TRADITIONAL) {
			return TO_TRADITIONAL.transliterate(text);
		}
	}

}
