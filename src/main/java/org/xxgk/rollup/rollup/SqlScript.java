package org.xxgk.rollup.rollup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A SQL file of the project's {@code sql/} folder (packaged on the classpath under {@code sql/}), run statement by
 * statement with named parameters. Statements end with a semicolon at the end of a line; {@code --} comments are
 * dropped.
 */
public final class SqlScript {

	private final String name;

	private final List<String> statements;

	private SqlScript(String name, List<String> statements) {
		this.name = name;
		this.statements = statements;
	}

	/** Loads {@code sql/<path>} from the classpath, e.g. {@code rollup/region_totals.sql}. */
	public static SqlScript load(String path) {
		String resource = "/sql/" + path;
		try (InputStream in = SqlScript.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing SQL script " + resource);
			}
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			String withoutComments = text.lines()
				.map((line) -> line.replaceFirst("^\\s*--.*$", ""))
				.reduce("", (a, b) -> a + b + "\n");
			List<String> statements = Arrays.stream(withoutComments.split(";\\s*\\n"))
				.map(String::strip)
				.filter((statement) -> !statement.isEmpty())
				.toList();
			return new SqlScript(path, statements);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The script's only statement, for a query file. */
	public String singleStatement() {
		if (this.statements.size() != 1) {
			throw new IllegalStateException(this.name + " holds " + this.statements.size() + " statements, not one");
		}
		return this.statements.get(0);
	}

	/** The script's statements, in order. */
	public List<String> statements() {
		return this.statements;
	}

	/** Runs every statement; returns the rows changed by each. */
	public int[] execute(NamedParameterJdbcTemplate jdbc, Map<String, ?> parameters) {
		int[] counts = new int[this.statements.size()];
		for (int i = 0; i < counts.length; i++) {
			counts[i] = jdbc.update(this.statements.get(i), parameters);
		}
		return counts;
	}

	@Override
	public String toString() {
		return this.name;
	}

}
