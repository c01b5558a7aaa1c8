package org.xxgk.rollup.report;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.postgresql.PGConnection;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import org.xxgk.rollup.rollup.SqlScript;

/**
 * Writes the query results of {@code sql/export/} as CSV files for Excel and WPS: UTF-8 with a byte order mark (else
 * they show the Chinese as mojibake), CRLF line ends, numbers as plain decimals ({@code 12}, {@code 0.5}, never
 * {@code 1.2E+1}), and text that a spreadsheet would take for a formula neutralised. Each file is written beside its
 * final name and moved into place, so a reader never sees half a file.
 */
public class CsvExporter {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	/** Text starting like this is run as a formula by Excel/WPS (CSV injection), unless it is a plain number. */
	private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);

	private static final Pattern PLAIN_NUMBER = Pattern.compile("^[+-]?\\d+(\\.\\d+)?$");

	private final NamedParameterJdbcTemplate jdbc;

	public CsvExporter(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Runs {@code sql/export/<name>.sql} and writes {@code <name>.csv} into {@code folder}. */
	public Path export(String name, Map<String, ?> parameters, Path folder) {
		String query = SqlScript.load("export/" + name + ".sql").singleStatement();
		return write(folder.resolve(name + ".csv"), (file) -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8));
			CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
			this.jdbc.query(query, parameters, (ResultSet rows) -> {
				printRows(rows, printer);
				return null;
			});
			printer.flush();
		});
	}

	/**
	 * Streams the statements of {@code sql/export/<name>_lines.sql}, whose rows are finished CSV lines, with COPY into
	 * {@code <name>.csv}: the same bytes as {@link #export} of {@code <name>.sql}, without a Java object per value. The
	 * settings are the statements' parameters (COPY takes no bind parameters), local to the step's transaction.
	 */
	public Path copy(String name, Map<String, String> settings, Path folder) {
		SqlScript script = SqlScript.load("export/" + name + "_lines.sql");
		return write(folder.resolve(name + ".csv"), (file) -> {
			OutputStream lines = new CopiedLines(file);
			this.jdbc.getJdbcTemplate().execute((ConnectionCallback<Void>) (connection) -> {
				copy(connection, script, settings, lines);
				return null;
			});
			lines.flush();
		});
	}

	/** Writes rows made in Java (a header and text values) as {@code target}, the same way as the exports. */
	static Path write(Path target, List<String> header, List<List<String>> rows) {
		return write(target, (file) -> {
			CSVPrinter printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8)),
					CSVFormat.EXCEL);
			printer.printRecord(header);
			for (List<String> row : rows) {
				printer.printRecord(row.stream().map(CsvExporter::format).toList());
			}
			printer.flush();
		});
	}

	/** Writes the byte order mark and the content beside the target and moves it into place. */
	private static Path write(Path target, ReviewOutputs.Content content) {
		ReviewOutputs.write(target, (out) -> {
			OutputStream file = new BufferedOutputStream(out, 1 << 16);
			file.write(String.valueOf(BYTE_ORDER_MARK).getBytes(StandardCharsets.UTF_8));
			content.writeTo(file);
			file.flush();
		});
		return target;
	}

	private static void copy(Connection connection, SqlScript script, Map<String, String> settings, OutputStream lines)
			throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			// the planner's row estimates would JIT-compile the statements, which costs seconds and saves nothing on
			// queries that stream; the totals (600,000 rows for a country) sort in memory
			Map<String, String> local = new LinkedHashMap<>(settings);
			local.put("jit", "off");
			local.put("work_mem", "128MB");
			try (PreparedStatement set = connection.prepareStatement("select set_config(?, ?, true)")) {
				for (Map.Entry<String, String> setting : local.entrySet()) {
					set.setString(1, setting.getKey());
					set.setString(2, setting.getValue());
					set.executeQuery().close();
				}
			}
			for (String statement : script.statements()) {
				connection.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (" + statement + ") to stdout", lines);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (autoCommit) {
				connection.commit();
				connection.setAutoCommit(true);
			}
		}
	}

	private static void printRows(ResultSet rows, CSVPrinter printer) throws SQLException {
		try {
			ResultSetMetaData meta = rows.getMetaData();
			int columns = meta.getColumnCount();
			for (int i = 1; i <= columns; i++) {
				printer.print(meta.getColumnLabel(i));
			}
			printer.println();
			while (rows.next()) {
				for (int i = 1; i <= columns; i++) {
					printer.print(format(rows.getObject(i)));
				}
				printer.println();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String format(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return plainDecimal(decimal);
		}
		String text = value.toString();
		return (FORMULA_START.matcher(text).matches() && !PLAIN_NUMBER.matcher(text).matches()) ? "'" + text : text;
	}

	/** {@code 12}, {@code 0.5}, {@code 0}: no exponent, no trailing zeros. */
	public static String plainDecimal(BigDecimal value) {
		return (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
	}

	/** The three exports of a run, in the order the README describes them. */
	public static final List<String> EXPORTS = List.of("figures", "findings", "submissions");

}
