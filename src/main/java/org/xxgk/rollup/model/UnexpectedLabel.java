package org.xxgk.rollup.model;

/**
 * A row or column label in one of the tables that is near no label of the detected template, or about equally near
 * two of them; {@code nearest} is the form's nearest label in its own words (empty when the table has none).
 */
public record UnexpectedLabel(int table, String label, String location, String nearest) {

	public UnexpectedLabel(int table, String label, String location) {
		this(table, label, location, "");
	}

}
