package org.xxgk.rollup.model;

/** The results of a table 四 group that add up to its 总计, in the form's order, with the form's headers. */
public enum ReviewResult {

	UPHELD("upheld", "结果维持"), CORRECTED("corrected", "结果纠正"), OTHER("other", "其他结果"), PENDING("pending", "尚未审结");

	private final String code;

	private final String label;

	ReviewResult(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

}
