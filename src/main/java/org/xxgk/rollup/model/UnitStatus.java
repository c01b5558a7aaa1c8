package org.xxgk.rollup.model;

import java.util.Arrays;

/**
 * Where a unit of the scope stands for the year, one status per unit, shown the same way by the overview, the
 * workbook, the letters, the review console, submissions.csv and findings.csv ({@code unit_status}). It is decided in
 * one place, the view {@code unit_status} ({@code R__unit_status.sql}), which every output reads; this enum holds its
 * texts and words. Missing, rejected, late and corrected after the deadline are different things: a unit whose first version arrived on time and which sent a
 * correction after the deadline is not late.
 */
public enum UnitStatus {

	/** No file of the unit was received. Letter: 催报. */
	MISSING("missing", "未报送", "催报通知"),

	/** Its report was received but has an error (or two different reports wait for one to be withdrawn). Letter: 退回修改. */
	REJECTED("rejected", "退回修改", "退回修改通知"),

	/**
	 * Its files were received, but none could be read for a reason of the county's machine (no permission, the server
	 * out of memory, a link in the input folder); the next run reads them again. The unit has nothing to do: no letter.
	 */
	PENDING("pending", "已收到，待重新读取", ""),

	/** Accepted, but its first version arrived after the deadline. */
	LATE("late", "逾期报送", "审核意见"),

	/** Accepted; it had sent a version by the deadline and replaced it after the deadline (VERSION-CHANGED). */
	CORRECTED_AFTER_DEADLINE("corrected_after_deadline", "截止后更正", "审核意见"),

	/** Accepted with warnings to look at. */
	ACCEPTED_WITH_WARNINGS("accepted_with_warnings", "通过（有警告）", "审核意见"),

	/** Accepted without findings: it gets no letter. */
	ACCEPTED("accepted", "通过", "");

	private final String code;

	private final String chinese;

	private final String letter;

	UnitStatus(String code, String chinese, String letter) {
		this.code = code;
		this.chinese = chinese;
		this.letter = letter;
	}

	/** The status the view {@code unit_status} gives (its {@link #code()}). */
	public static UnitStatus ofSql(String code) {
		return Arrays.stream(values())
			.filter((status) -> status.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown unit status: " + code));
	}

	/** The text of the view and of the CSV files' {@code unit_status} column. */
	public String code() {
		return this.code;
	}

	/** The word the county office and the unit read. */
	public String chinese() {
		return this.chinese;
	}

	/** The letter's kind (催报通知, 退回修改通知, 审核意见); empty for a unit that gets none. */
	public String letter() {
		return this.letter;
	}

	public boolean received() {
		return this != MISSING;
	}

	/** Counted in the county's totals. */
	public boolean counted() {
		return this != MISSING && this != REJECTED && this != PENDING;
	}

}
