package org.xxgk.rollup.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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
		Path target = folder.resolve(name + ".csv");
		Path partial = folder.resolve("." + name + ".csv.partial");
		String query = SqlScript.load("export/" + name + ".sql").singleStatement();
		try {
			Files.createDirectories(folder);
			try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
				writer.write(BYTE_ORDER_MARK);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
				this.jdbc.query(query, parameters, (ResultSet rows) -> {
					printRows(rows, printer);
					return null;
				});
				printer.flush();
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + target, ex);
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
