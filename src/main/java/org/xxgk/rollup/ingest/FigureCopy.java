package org.xxgk.rollup.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.postgresql.PGConnection;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.validate.ValueOutOfRangeRule;

/**
 * Figures in PostgreSQL's {@code COPY} text format, the cheapest way to load rows: about 200 figures a report, so
 * the figure table takes most of what a run writes. A row is narrow (V50): the metric's key, the value, the state, and
 * the text as written only where it is not the value's own text; the report's locations are one row of
 * {@code figure_location}.
 */
public final class FigureCopy {

	/** The figure table's columns, in the order {@link #lines} writes them. */
	public static final String COLUMNS = "(submission_id, metric_key, value, state, raw)";

	/** The figure_location table's columns, in the order {@link #locationLine} writes them. */
	public static final String LOCATION_COLUMNS = "(submission_id, locations)";

	/** The scale of the figure table's values: numeric(20, 6). */
	private static final int SCALE = 6;

	private static final MetricCatalog CATALOG = MetricCatalog.standard();

	private FigureCopy() {
	}

	/** A chunk's figures and their locations, loaded by one COPY into each table. */
	public static final class Chunk {

		private final ByteArrayOutputStream figures = new ByteArrayOutputStream();

		private final ByteArrayOutputStream locations = new ByteArrayOutputStream();

		public void add(long submissionId, Report report) {
			this.figures.writeBytes(lines(submissionId, report));
			this.locations.writeBytes(locationLine(submissionId, report));
		}

		/** Loads the chunk over the connection (the chunk's own, so it commits with the submissions); the figure rows. */
		public long copy(Connection connection) throws SQLException {
			FigureCopy.copy(connection, "figure_location", LOCATION_COLUMNS, this.locations.toByteArray());
			return FigureCopy.copy(connection, "figure", COLUMNS, this.figures.toByteArray());
		}

	}

	/** The report's figures, one COPY text line each. */
	public static byte[] lines(long submissionId, Report report) {
		StringBuilder lines = new StringBuilder(4096);
		for (Map.Entry<String, Cell> figure : report.figures().entrySet()) {
			Cell cell = figure.getValue();
			lines.append(submissionId).append('\t').append(CATALOG.key(figure.getKey())).append('\t');
			// a value the table cannot hold (VALUE-OUT-OF-RANGE rejects the report) is stored as none, its text kept
			BigDecimal stored = (cell.value() != null && ValueOutOfRangeRule.storable(cell.value()))
					? cell.value().setScale(SCALE, RoundingMode.HALF_UP) : null;
			lines.append((stored != null) ? stored.toPlainString() : "\\N").append('\t');
			lines.append(cell.state().code()).append('\t');
			String raw = (cell.raw() != null) ? cell.raw() : "";
			lines.append(raw.equals(valueText(stored)) ? "\\N" : escape(raw)).append('\n');
		}
		return lines.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The text the figure table gives back for a raw stored as none (view figure_cell): the value as PostgreSQL's
	 * {@code trim_scale(value)::text} prints it, or nothing without a value.
	 */
	static String valueText(BigDecimal stored) {
		return (stored != null) ? stored.stripTrailingZeros().toPlainString() : "";
	}

	/**
	 * The report's locations as one COPY text line of figure_location: an array whose element k is the location of
	 * the metric of key k, {@code NULL} where the report has no figure or no location there.
	 */
	public static byte[] locationLine(long submissionId, Report report) {
		String[] locations = new String[CATALOG.size()];
		report.figures().forEach((code, cell) -> {
			if (cell.location() != null && !cell.location().isEmpty()) {
				locations[CATALOG.key(code) - 1] = cell.location();
			}
		});
		StringBuilder array = new StringBuilder(8192).append('{');
		for (int i = 0; i < locations.length; i++) {
			array.append((i > 0) ? "," : "");
			if (locations[i] == null) {
				array.append("NULL");
			}
			else {
				String location = locations[i];
				if (contains(location, "\\\"")) {
					location = location.replace("\\", "\\\\").replace("\"", "\\\"");
				}
				array.append('"').append(location).append('"');
			}
		}
		String line = submissionId + "\t" + escape(array.append('}').toString()) + "\n";
		return line.getBytes(StandardCharsets.UTF_8);
	}

	/** Loads COPY text lines into {@code table}'s {@code columns} over the connection; returns the number of rows. */
	public static long copy(Connection connection, String table, String columns, byte[] lines) throws SQLException {
		if (lines.length == 0) {
			return 0;
		}
		try {
			return connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy " + table + " " + columns + " from stdin (format text)", new ByteArrayInputStream(lines));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The text as a COPY text field. Nearly every text needs nothing escaped: one scan finds that, where four replaces
	 * each scanned it (with the locations' array, 3 % of the ingest's samples at 40,000 units).
	 */
	private static String escape(String text) {
		if (!contains(text, "\\\t\n\r")) {
			return text;
		}
		return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	/** Whether {@code text} holds any of {@code characters}. */
	private static boolean contains(String text, String characters) {
		for (int i = 0; i < text.length(); i++) {
			if (characters.indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

}
