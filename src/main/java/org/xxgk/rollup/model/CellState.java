package org.xxgk.rollup.model;

/** How a cell of a table was filled in. */
public enum CellState {

	/** A number was written. */
	NUMBER,

	/** The cell was empty or absent. Counts as 0 in sums but is stored as blank, not as a reported 0. */
	BLANK,

	/** A dash or slash ({@code —}, {@code -}, {@code /}): nothing to report. Counts as 0 like a blank. */
	DASH,

	/**
	 * The unit wrote {@code 不适用} (or N/A): the figure does not apply to it. Stored as such, neither blank nor 0; counts
	 * as 0 in sums and is not missing.
	 */
	NOT_APPLICABLE,

	/** Text that is not a number (e.g. {@code 十二}, {@code 一二}); {@code 12件} is read as the number 12. */
	NOT_NUMBER,

	/** Not printed by the form but computed from other cells (the 2021 （六）其他处理 total of its sub-rows). */
	DERIVED;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static CellState ofCode(String code) {
		return valueOf(code.toUpperCase(java.util.Locale.ROOT));
	}

}
