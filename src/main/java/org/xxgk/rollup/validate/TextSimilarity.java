package org.xxgk.rollup.validate;

import java.util.HashMap;
import java.util.Map;

/**
 * How alike two texts are, in [0, 1]: the Dice coefficient of their character bigrams (counted with multiplicity)
 * after dropping whitespace, punctuation and digits (so a copy with another year still counts as a copy). Linear in
 * the length of the texts, and symmetric.
 */
public final class TextSimilarity {

	private TextSimilarity() {
	}

	public static double similarity(String a, String b) {
		int[] left = normalise(a);
		int[] right = normalise(b);
		if (java.util.Arrays.equals(left, right)) {
			return 1.0;
		}
		if (left.length < 2 || right.length < 2) {
			return 0.0;
		}
		Map<Long, Integer> counts = new HashMap<>();
		for (int i = 1; i < left.length; i++) {
			counts.merge(bigram(left, i), 1, Integer::sum);
		}
		int shared = 0;
		for (int i = 1; i < right.length; i++) {
			Integer count = counts.get(bigram(right, i));
			if (count != null && count > 0) {
				shared++;
				counts.put(bigram(right, i), count - 1);
			}
		}
		return 2.0 * shared / ((left.length - 1) + (right.length - 1));
	}

	/** The letters of the text (any script) as code points, Latin letters in lower case. */
	static int[] normalise(String text) {
		if (text == null) {
			return new int[0];
		}
		return text.codePoints().filter(Character::isLetter).map(Character::toLowerCase).toArray();
	}

	private static long bigram(int[] codePoints, int end) {
		return ((long) codePoints[end - 1] << 32) | codePoints[end];
	}

}
