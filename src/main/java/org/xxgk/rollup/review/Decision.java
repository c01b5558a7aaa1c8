package org.xxgk.rollup.review;

/** What the county office decided about one finding (stored as its code in {@code review_decision.decision}). */
public enum Decision {

	/** The problem is real: the finding stands and the township corrects its report. */
	CONFIRM("confirm", "问题属实，退回修改"),

	/** A false alarm, checked by the county: the finding no longer counts (a dismissed error does not reject). */
	DISMISS("dismiss", "核实无误，不再提示"),

	/** The error stands, but the report is counted in the totals (it was published like that). */
	INCLUDE("include", "虽有错误，仍计入汇总");

	private final String code;

	private final String chinese;

	Decision(String code, String chinese) {
		this.code = code;
		this.chinese = chinese;
	}

	public String code() {
		return this.code;
	}

	public String chinese() {
		return this.chinese;
	}

	/** The decision of a code or of its Chinese wording (as the offline sheet's drop-down gives it), if any. */
	public static java.util.Optional<Decision> of(String text) {
		String trimmed = (text != null) ? text.strip() : "";
		for (Decision decision : values()) {
			if (decision.code.equals(trimmed) || decision.chinese.equals(trimmed)) {
				return java.util.Optional.of(decision);
			}
		}
		return java.util.Optional.empty();
	}

}
