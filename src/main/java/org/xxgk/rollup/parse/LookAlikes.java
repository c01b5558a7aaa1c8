package org.xxgk.rollup.parse;

import java.text.Normalizer;

/**
 * Characters that look like the common Chinese ones but are other code points, as PDFs whose font maps glyphs to the
 * wrong Unicode (a broken ToUnicode table) and some OCR engines give them: Kangxi radicals (⼀⼆⼈⼊⽂⽇ for
 * 一二人入文日), CJK compatibility ideographs (不 年 行 for 不年行) and the simplified-form radicals of the CJK radicals
 * supplement (⻓⻅⻔⻢ for 长见门马). Each is replaced by the character it stands for, in titles, prose and cells alike;
 * nothing else of the text is touched (full-width brackets and digits stay as printed).
 */
final class LookAlikes {

	/** Radicals supplement: the simplified forms that have no Unicode decomposition, with the characters they are. */
	private static final String RADICALS = "⺠民⻅见⻉贝⻋车⻓长⻔门⻚页⻛风⻜飞⻢马⻤鬼⻥鱼⻦鸟⻩黄⻬齐⻮齿⻰龙⻘青⻣骨⻨麦⻝食⻈讠⻐钅";

	private LookAlikes() {
	}

	static String unify(String text) {
		int i = 0;
		while (i < text.length() && !isLookAlike(text.charAt(i))) {
			i++;
		}
		if (i == text.length()) {
			return text;
		}
		StringBuilder unified = new StringBuilder(text.length());
		unified.append(text, 0, i);
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isLookAlike(c)) {
				unified.append(c);
				continue;
			}
			int radical = RADICALS.indexOf(c);
			if (radical >= 0 && radical % 2 == 0) {
				unified.append(RADICALS.charAt(radical + 1));
			}
			else {
				unified.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
			}
		}
		return unified.toString();
	}

	/** Kangxi radicals, the radicals supplement, compatibility ideographs (those of the basic plane). */
	private static boolean isLookAlike(char c) {
		return (c >= '\u2E80' && c <= '\u2FDF') || (c >= '\uF900' && c <= '\uFAFF');
	}

}
