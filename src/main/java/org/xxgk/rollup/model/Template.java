package org.xxgk.rollup.model;

/**
 * The two official layouts of the annual report form. A report is assigned a template from its labels, never from
 * its year (units keep using the 2019 form after 2021).
 */
public enum Template {

	/** The State Council format of 2019. */
	V2019("2019"),

	/** 国办公开办函〔2021〕30号, in force from the reports on year 2021. */
	V2021("2021");

	private final String code;

	Template(String code) {
		this.code = code;
	}

	/** The code used in the database, exports and metrics.csv ("2019" or "2021"). */
	public String code() {
		return this.code;
	}

	public static Template ofCode(String code) {
		for (Template template : values()) {
			if (template.code.equals(code)) {
				return template;
			}
		}
		throw new IllegalArgumentException("Unknown template: " + code);
	}

}
