package org.xxgk.rollup.model;

/**
 * The three groups of table 四, in the form's order: 行政复议, then the two 行政诉讼 groups. {@code header} is what
 * the form prints over the group's columns (under 行政诉讼 for the two litigation groups), {@code label} how the
 * outputs name the group on its own.
 */
public enum ReviewGroup {

	RECONSIDERATION("reconsideration", "行政复议", "行政复议"),
	LITIGATION_DIRECT("litigation_direct", "未经复议直接起诉", "行政诉讼（未经复议直接起诉）"),
	LITIGATION_AFTER_RECONSIDERATION("litigation_after_reconsideration", "复议后起诉", "行政诉讼（复议后起诉）");

	/** The header the form prints over both litigation groups. */
	public static final String LITIGATION = "行政诉讼";

	private final String code;

	private final String header;

	private final String label;

	ReviewGroup(String code, String header, String label) {
		this.code = code;
		this.header = header;
		this.label = label;
	}

	public String code() {
		return this.code;
	}

	public String header() {
		return this.header;
	}

	public String label() {
		return this.label;
	}

	/** The metric code of one of the group's columns: {@code review.reconsideration.upheld}. */
	public String metric(String column) {
		return "review." + this.code + "." + column;
	}

	public String metric(ReviewResult result) {
		return metric(result.code());
	}

	/** The group's 总计 cell. */
	public String total() {
		return metric(FormLayout.TOTAL);
	}

}
