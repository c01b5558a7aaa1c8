package org.xxgk.rollup.model;

/** What a finding does to its submission (see spec/rules.md). */
public enum Severity {

	/** The submission stays out of the roll-up until corrected (退回修改). */
	ERROR("error", "错误"),

	/** The submission is used; the finding is shown to the county office and the township. */
	WARNING("warning", "警告");

	private final String code;

	private final String chinese;

	Severity(String code, String chinese) {
		this.code = code;
		this.chinese = chinese;
	}

	public String code() {
		return this.code;
	}

	public String chinese() {
		return this.chinese;
	}

	public static Severity ofCode(String code) {
		for (Severity severity : values()) {
			if (severity.code.equals(code)) {
				return severity;
			}
		}
		throw new IllegalArgumentException("Unknown severity: " + code);
	}

}
