package org.xxgk.rollup.model;

/**
 * One violation of a rule of spec/rules.md: the stable rule id, its severity, where it is (a metric code, or a
 * location such as a file or a section), the expected and the actual value as text, and a Chinese message for the
 * township clerk.
 */
public record Finding(String rule, Severity severity, String metric, String location, String expected,
		String actual, String message) {

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

}
