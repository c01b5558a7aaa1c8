package org.xxgk.rollup.report;

import java.util.List;

/**
 * One of the form's tables as printed: a title and blocks, each with its header rows and its body rows. A body row has
 * its label and, per column, the metric code shown there (null for an empty cell). The HTML, XLSX and DOCX outputs
 * all render these, so the county's tables have the same rows and columns everywhere.
 */
public record FormTable(String title, List<Block> blocks) {

	/** Rows under one set of column headers. */
	public record Block(List<List<HeaderCell>> headers, List<Row> rows) {

		public int columns() {
			return this.rows.isEmpty() ? 0 : this.rows.get(0).metrics().size();
		}

	}

	/** A header cell spanning {@code span} value columns (the label column has its own header cell). */
	public record HeaderCell(String text, int span) {

	}

	public record Row(String label, List<String> metrics) {

	}

}
