package org.xxgk.rollup.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write of the submission table is in {@link SubmissionRepository}, as its comment says: no other class and
 * no SQL script of {@code sql/} (the migrations aside, which create it) inserts, updates or deletes its rows. Before,
 * the review decisions set the final statuses in {@code sql/rollup/apply_decisions.sql}, run by the completeness step.
 */
class SubmissionWritesTests {

	private static final Pattern WRITE = Pattern
		.compile("(?i)\\b(update|insert\\s+into|delete\\s+from)\\s+submission\\b(?!_)");

	@Test
	void onlyTheRepositoryWritesTheSubmissionTable() throws IOException {
		List<Path> writers;
		try (Stream<Path> sql = Files.walk(Path.of("sql")); Stream<Path> java = Files.walk(Path.of("src/main/java"))) {
			writers = Stream.concat(sql.filter((path) -> !path.startsWith(Path.of("sql", "migration"))), java)
				.filter(Files::isRegularFile)
				.filter((path) -> path.toString().endsWith(".sql") || path.toString().endsWith(".java"))
				.filter((path) -> WRITE.matcher(read(path)).find())
				.toList();
		}
		assertThat(writers).containsExactly(
				Path.of("src/main/java/org/xxgk/rollup/ingest/SubmissionRepository.java"));
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
