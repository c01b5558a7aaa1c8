package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One closed set of the form's labels (the rows of a table, or its columns) and the nearest of them to a label as a
 * report prints it. Labels are compared by {@link LabelKey}; what is left of damage (a character dropped, doubled or
 * misread) is counted as edits, and a label is taken only when it is near enough and clearly nearer than any other:
 * 结果维持 and 结果纠正 are two edits apart, so 结果纠持 matches neither.
 */
final class LabelMatcher {

	/**
	 * A label's match: the form's label as {@link LabelIndex} keys it ({@link Labels#normalize normalised}), or null
	 * when none is near enough or two are about equally near; and the nearest label in the form's words.
	 */
	record Match(String label, String nearest, int edits) {

		Match(String label, String nearest) {
			this(label, nearest, Integer.MAX_VALUE);
		}

		boolean isExact() {
			return this.edits == 0;
		}

		boolean found() {
			return this.label != null;
		}

	}

	/** One key of a form label: its normalised form, how the form prints it, and its sub-row's number (or 0). */
	private record Entry(String key, String label, String printed, int number) {

		/** False when a label and this entry both number a sub-row, differently (4.重复申请 is not 2.重复申请). */
		boolean numberAgrees(int number) {
			return number == 0 || this.number == 0 || number == this.number;
		}

	}

	/** A note in brackets that some reports leave out: （区分处理的，只计这一情形，不计其他情形）. */
	private static final Pattern NOTE = Pattern.compile("[（(][^（）()]{2,}[）)]");

	private final List<Entry> entries = new ArrayList<>();

	private final Map<String, Entry> byKey = new HashMap<>();

	/** Matches already made: the form's labels and their usual damage repeat in every report. */
	private final LabelCache<Match> seen = new LabelCache<>(5_000,
			(text) -> uncached(LabelKey.of(text), LabelKey.subRowNumber(text)));

	/**
	 * @param labels the form's labels as printed (metrics.csv's words), each with other words the form prints it by
	 * (未经复议直接起诉 for 行政诉讼 未经复议直接起诉)
	 */
	LabelMatcher(Map<String, List<String>> labels) {
		labels.forEach((printed, aliases) -> {
			String label = Labels.normalize(printed);
			add(LabelKey.of(printed), label, printed);
			String withoutNote = NOTE.matcher(printed).replaceAll("");
			if (!withoutNote.equals(printed) && !LabelKey.of(withoutNote).isEmpty()) {
				add(LabelKey.of(withoutNote), label, printed);
			}
			aliases.forEach((alias) -> add(LabelKey.of(alias), label, printed));
		});
	}

	private void add(String key, String label, String printed) {
		Entry entry = new Entry(key, label, printed, LabelKey.subRowNumber(printed));
		Entry before = this.byKey.putIfAbsent(key, entry);
		if (before != null && !before.label().equals(entry.label())) {
			throw new IllegalStateException("two labels of the form share the key " + key + ": " + before.printed()
					+ " / " + printed);
		}
		this.entries.add(entry);
	}

	Match match(String text) {
		return this.seen.get(text);
	}

	/**
	 * The nearest label to a key; a label whose sub-row number differs from the one printed ({@code number}, 0 for
	 * none) is none of its candidates, however near its words.
	 */
	private Match uncached(String key, int number) {
		if (key.isEmpty() || this.entries.isEmpty()) {
			return new Match(null, "");
		}
		Entry exact = this.byKey.get(key);
		if (exact != null && exact.numberAgrees(number)) {
			return new Match(exact.label(), exact.printed(), 0);
		}
		Entry nearest = null;
		int best = Integer.MAX_VALUE;
		int second = Integer.MAX_VALUE;
		for (Entry entry : this.entries) {
			if (!entry.numberAgrees(number)) {
				continue;
			}
			int distance = distance(key, entry.key(), Math.max(key.length(), entry.key().length()));
			if (nearest != null && entry.label().equals(nearest.label())) {
				best = Math.min(best, distance);
			}
			else if (distance < best) {
				second = best;
				best = distance;
				nearest = entry;
			}
			else if (distance < second) {
				second = distance;
			}
		}
		if (nearest == null) {
			return new Match(null, "");
		}
		boolean nearEnough = best <= allowedEdits(nearest.key().length());
		boolean clearlyNearest = second - best >= 1 + best / 4;
		return new Match((nearEnough && clearlyNearest) ? nearest.label() : null, nearest.printed(), best);
	}

	/** The edits between a label and the nearest key of a form label ({@code label} normalised). */
	int distance(String text, String label) {
		String key = LabelKey.of(text);
		return this.entries.stream()
			.filter((entry) -> entry.label().equals(label))
			.mapToInt((entry) -> distance(key, entry.key(), Math.max(key.length(), entry.key().length())))
			.min()
			.orElse(Integer.MAX_VALUE);
	}

	/**
	 * How many edits a key of this length may have taken and still be itself: none for two characters (规章, 总计),
	 * one up to five (结果维持), two up to eleven, then a quarter of the label (其他法律行政止公开 lost three).
	 */
	static int allowedEdits(int length) {
		if (length <= 2) {
			return 0;
		}
		if (length <= 5) {
			return 1;
		}
		return (length <= 11) ? 2 : length / 4;
	}

	/** Levenshtein distance, stopping at {@code limit}. */
	static int distance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) >= limit) {
			return limit;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMin = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
				rowMin = Math.min(rowMin, current[j]);
			}
			if (rowMin >= limit) {
				return limit;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return Math.min(previous[b.length()], limit);
	}

}
