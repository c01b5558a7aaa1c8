package org.xxgk.rollup.parse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What was computed for a label already. Every report repeats the same few hundred labels of the form, and
 * normalising, keying and matching them is a measurable share of the ingest's CPU. Only label-sized texts are kept,
 * and only so many, so odd input cannot make a cache grow past a megabyte or two.
 */
final class LabelCache<V> {

	private static final int MAX_LENGTH = 80;

	private final Map<String, V> seen = new ConcurrentHashMap<>();

	private final int limit;

	private final Function<String, V> compute;

	LabelCache(int limit, Function<String, V> compute) {
		this.limit = limit;
		this.compute = compute;
	}

	V get(String label) {
		V value = this.seen.get(label);
		if (value == null) {
			value = this.compute.apply(label);
			if (label.length() <= MAX_LENGTH && this.seen.size() < this.limit) {
				this.seen.put(label, value);
			}
		}
		return value;
	}

}
