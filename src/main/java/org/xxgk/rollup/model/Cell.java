package org.xxgk.rollup.model;

import java.math.BigDecimal;

/**
 * One figure as read from a submission: the text as written, the number it means (null when blank, dashed or not a
 * number), and where it was found ({@code 第121行}, {@code 表三 第5行第3列}...) so a clerk can find it.
 */
public record Cell(String raw, BigDecimal value, CellState state, String location) {

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

	/** The value used in sums and cross-checks: blank, dash and text count as 0. */
	public BigDecimal valueOrZero() {
		return (this.value != null) ? this.value : BigDecimal.ZERO;
	}

}
