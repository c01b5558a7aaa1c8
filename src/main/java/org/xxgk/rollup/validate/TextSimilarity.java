package org.xxgk.rollup.validate;

import java.util.Arrays;

/**
 * How alike two texts are, in [0, 1]: the Dice coefficient of their character bigrams (counted with multiplicity)
 * after dropping whitespace, punctuation and digits (so a copy with another year still counts as a copy). Linear in
 * the length of the texts (after sorting their bigrams), and symmetric.
 */
public final class TextSimilarity {

	private TextSimilarity() {
	}

	public static double similarity(String a, String b) {
		return similarity(Prepared.of(a), Prepared.of(b));
	}

	/**
	 * The same for texts prepared once: a county's prose is compared pairwise, so each text is normalised and its
	 * bigrams sorted once rather than once per pair.
	 */
	public static double similarity(Prepared a, Prepared b) {
		if (Arrays.equals(a.letters, b.letters)) {
			return 1.0;
		}
		if (a.letters.length < 2 || b.letters.length < 2) {
			return 0.0;
		}
		// bigrams both texts share, with multiplicity: a merge of the two sorted lists
		int shared = 0;
		int i = 0;
		int j = 0;
		while (i < a.bigrams.length && j < b.bigrams.length) {
			int order = Long.compare(a.bigrams[i], b.bigrams[j]);
			if (order == 0) {
				shared++;
				i++;
				j++;
			}
			else if (order < 0) {
				i++;
			}
			else {
				j++;
			}
		}
		return 2.0 * shared / (a.bigrams.length + b.bigrams.length);
	}

	/** A text's letters and its sorted character bigrams. */
	public static final class Prepared {

		private final int[] letters;

		private final long[] bigrams;

		private Prepared(int[] letters) {
			this.letters = letters;
			this.bigrams = new long[Math.max(0, letters.length - 1)];
			for (int i = 1; i < letters.length; i++) {
				this.bigrams[i - 1] = ((long) letters[i - 1] << 32) | (letters[i] & 0xFFFFFFFFL);
			}
			Arrays.sort(this.bigrams);
		}

		public static Prepared of(String text) {
			return new Prepared(normalise(text));
		}

	}

	/** The letters of the text (any script) as code points, Latin letters in lower case. */
	static int[] normalise(String text) {
		if (text == null) {
			return new int[0];
		}
		return text.codePoints().filter(Character::isLetter).map(Character::toLowerCase).toArray();
	}

}
