package org.xxgk.rollup.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.postgresql.PGConnection;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.validate.ValueOutOfRangeRule;

/**
 * Figures in PostgreSQL's {@code COPY} text format, the cheapest way to load rows: about 200 figures a report, so
 * the figure table takes most of what a run writes.
 */
public final class FigureCopy {

	/** The figure table's columns, in the order {@link #lines} writes them. */
	public static final String COLUMNS = "(submission_id, metric, value, state, raw, location)";

	private FigureCopy() {
	}

	/** The report's figures, one COPY text line each. */
	public static byte[] lines(long submissionId, Report report) {
		StringBuilder lines = new StringBuilder(8192);
		for (Map.Entry<String, Cell> figure : report.figures().entrySet()) {
			Cell cell = figure.getValue();
			lines.append(submissionId).append('\t').append(escape(figure.getKey())).append('\t');
			// a value the table cannot hold (VALUE-OUT-OF-RANGE rejects the report) is stored as none, its text kept
			boolean stored = cell.value() != null && ValueOutOfRangeRule.storable(cell.value());
			lines.append(stored ? cell.value().toPlainString() : "\\N").append('\t');
			lines.append(cell.state().code()).append('\t').append(escape(cell.raw())).append('\t');
			lines.append(escape(cell.location())).append('\n');
		}
		return lines.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Loads COPY text lines into {@code table} over the connection; returns the number of rows. */
	public static long copy(Connection connection, String table, byte[] lines) throws SQLException {
		if (lines.length == 0) {
			return 0;
		}
		try {
			return connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy " + table + " " + COLUMNS + " from stdin (format text)", new ByteArrayInputStream(lines));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

}
