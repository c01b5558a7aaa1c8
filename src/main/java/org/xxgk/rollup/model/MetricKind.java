package org.xxgk.rollup.model;

/** What sort of number a figure is; decides which values are allowed. */
public enum MetricKind {

	/** A whole, non-negative count. */
	COUNT,

	/** A whole count that may be negative (the 本年增/减 columns of the 2019 template). */
	SIGNED_COUNT,

	/** A money amount in 万元, decimals allowed. */
	AMOUNT_10K_YUAN,

	/** A money amount with no unit stated by the form, decimals allowed. */
	AMOUNT;

	public static MetricKind ofCode(String code) {
		return valueOf(code.toUpperCase(java.util.Locale.ROOT));
	}

	public boolean isWhole() {
		return this == COUNT || this == SIGNED_COUNT;
	}

}
