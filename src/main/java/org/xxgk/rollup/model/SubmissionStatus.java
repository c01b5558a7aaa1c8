package org.xxgk.rollup.model;

import java.util.Arrays;
import java.util.List;

/**
 * The status of a stored submission row ({@code submission.status}, and {@code file_status} for the file's own
 * checks), with the text the database stores and the word the county office reads. This is the only place the
 * status texts are written in Java; {@code SubmissionStatusTests} checks the SQL files use exactly these texts.
 */
public enum SubmissionStatus {

	/** Checked without findings; counted in the totals. */
	ACCEPTED("accepted", "通过"),

	/** Checked with warnings only; counted in the totals. */
	ACCEPTED_WITH_WARNINGS("accepted_with_warnings", "通过（有警告）"),

	/** An error keeps it out of the totals until corrected. */
	REJECTED("rejected", "退回修改"),

	/** The row of a unit that sent nothing: it names the unit in the submission list. */
	MISSING("missing", "未报送"),

	/** The same content as another file of the unit, counted once. */
	IDENTICAL_COPY("identical_copy", "重复副本");

	/** The statuses whose figures the totals sum, as SQL's {@code status in (…)} lists them. */
	public static final List<SubmissionStatus> COUNTED = List.of(ACCEPTED, ACCEPTED_WITH_WARNINGS);

	private final String sql;

	private final String chinese;

	SubmissionStatus(String sql, String chinese) {
		this.sql = sql;
		this.chinese = chinese;
	}

	/** The text stored in the database. */
	public String sql() {
		return this.sql;
	}

	public String chinese() {
		return this.chinese;
	}

	/** {@link #COUNTED} as a SQL list, {@code 'accepted', 'accepted_with_warnings'}, for {@code status in (…)}. */
	public static String countedSql() {
		return String.join(", ", COUNTED.stream().map((status) -> "'" + status.sql + "'").toList());
	}

	public boolean counted() {
		return COUNTED.contains(this);
	}

	public static SubmissionStatus ofSql(String sql) {
		return Arrays.stream(values())
			.filter((status) -> status.sql.equals(sql))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown submission status: " + sql));
	}

	/** What a file's findings make of it: rejected with an error, accepted with warnings, else accepted. */
	public static SubmissionStatus of(List<Finding> findings) {
		if (findings.stream().anyMatch(Finding::isError)) {
			return REJECTED;
		}
		return findings.stream().anyMatch((finding) -> finding.severity() == Severity.WARNING)
				? ACCEPTED_WITH_WARNINGS : ACCEPTED;
	}

	/** The worse of two statuses of the checks (rejected over accepted with warnings over accepted). */
	public SubmissionStatus worse(SubmissionStatus other) {
		for (SubmissionStatus status : List.of(REJECTED, ACCEPTED_WITH_WARNINGS)) {
			if (this == status || other == status) {
				return status;
			}
		}
		return ACCEPTED;
	}

}
