package org.xxgk.rollup.model;

/**
 * One violation of a rule of spec/rules.md: the stable rule id, its severity, where it is (a metric code, or a
 * location such as a file or a section), the expected and the actual value as text, and a Chinese message for the
 * township clerk.
 */
public record Finding(String rule, Severity severity, String metric, String location, String expected,
		String actual, String message) {

	/**
	 * The {@code expected} of a FILE-UNREADABLE finding of a file the county's machine could not read now (no
	 * permission, out of memory, a link in the input folder): not the unit's fault, and read again by the next run.
	 */
	public static final String READ_AGAIN = "下次运行时重新读取";

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

}
