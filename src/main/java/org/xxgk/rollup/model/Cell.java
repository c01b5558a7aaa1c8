package org.xxgk.rollup.model;

import java.math.BigDecimal;

/**
 * One figure as read from a submission: the text as written, the number it means (null when blank, dashed, not
 * applicable or not a number), and where it was found ({@code 第121行}, {@code 表三 第5行第3列}...) so a clerk can find
 * it; {@code note} is what the unit wrote beside the number ({@code 其中修订16件} of {@code 22（其中修订16件）}), else
 * empty.
 */
public record Cell(String raw, BigDecimal value, CellState state, String location, String note) {

	public Cell {
		note = (note != null) ? note : "";
	}

	public Cell(String raw, BigDecimal value, CellState state, String location) {
		this(raw, value, state, location, "");
	}

	public static Cell number(String raw, BigDecimal value, String location) {
		return new Cell(raw, value, CellState.NUMBER, location);
	}

	public static Cell blank(String raw, String location) {
		return new Cell(raw, null, CellState.BLANK, location);
	}

	public static Cell derived(BigDecimal value) {
		return new Cell("", value, CellState.DERIVED, "");
	}

	public boolean hasValue() {
		return this.value != null;
	}

	/** True when the unit wrote a note beside the number (CELL-ANNOTATED). */
	public boolean isAnnotated() {
		return !this.note.isEmpty();
	}

	/** The value used in sums and cross-checks: blank, dash, not applicable and text count as 0. */
	public BigDecimal valueOrZero() {
		return (this.value != null) ? this.value : BigDecimal.ZERO;
	}

}
