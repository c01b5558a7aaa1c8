package org.xxgk.rollup.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status texts are written once, in {@link SubmissionStatus}: the SQL files may only use those texts, the
 * table's check constraint allows exactly them, and no other Java class spells them out.
 */
class SubmissionStatusTests {

	private static final Set<String> TEXTS = Arrays.stream(SubmissionStatus.values())
		.map(SubmissionStatus::sql)
		.collect(java.util.stream.Collectors.toSet());

	@Test
	void statusOfFindingsIsTheWorstSeverity() {
		Finding warning = new Finding("CELL-MISSING", Severity.WARNING, "", "", "", "", "");
		Finding error = new Finding("APP-BALANCE", Severity.ERROR, "", "", "", "", "");
		assertThat(SubmissionStatus.of(List.of())).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(SubmissionStatus.of(List.of(warning))).isEqualTo(SubmissionStatus.ACCEPTED_WITH_WARNINGS);
		assertThat(SubmissionStatus.of(List.of(warning, error))).isEqualTo(SubmissionStatus.REJECTED);
		assertThat(SubmissionStatus.ACCEPTED.worse(SubmissionStatus.ACCEPTED_WITH_WARNINGS))
			.isEqualTo(SubmissionStatus.ACCEPTED_WITH_WARNINGS);
		assertThat(SubmissionStatus.REJECTED.worse(SubmissionStatus.ACCEPTED)).isEqualTo(SubmissionStatus.REJECTED);
		assertThat(SubmissionStatus.ofSql("identical_copy")).isEqualTo(SubmissionStatus.IDENTICAL_COPY);
		assertThat(SubmissionStatus.countedSql()).isEqualTo("'accepted', 'accepted_with_warnings'");
	}

	@Test
	void theTableAllowsExactlyTheEnumsTexts() throws IOException {
		String schema = Files.readString(Path.of("sql/migration/V2__consolidation.sql"));
		Matcher check = Pattern.compile("\\sstatus text not null check \\(status in \\(([^)]*)\\)\\)").matcher(schema);
		assertThat(check.find()).isTrue();
		assertThat(literals(check.group(1))).containsExactlyInAnyOrderElementsOf(TEXTS);
	}

	@Test
	void sqlFilesUseOnlyTheEnumsTextsAndTheCountedList() throws IOException {
		Pattern comparison = Pattern.compile("status\\s*(?:=|<>)\\s*'([^']*)'|coalesce\\(\\w+\\.status, '([^']*)'\\)");
		Pattern caseOfStatus = Pattern.compile("case \\w+\\.status (.*?) end", Pattern.DOTALL);
		Pattern inList = Pattern.compile("status in \\(('[^)]*)\\)");
		int seen = 0;
		for (Path file : sqlFiles()) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			Matcher one = comparison.matcher(text);
			while (one.find()) {
				String literal = Stream.of(one.group(1), one.group(2))
					.filter((group) -> group != null)
					.findFirst()
					.orElseThrow();
				assertThat(TEXTS).as(file + ": '" + literal + "'").contains(literal);
				seen++;
			}
			Matcher cases = caseOfStatus.matcher(text);
			while (cases.find()) {
				assertThat(TEXTS).as(file.toString()).containsAll(literals(cases.group(1)));
				seen++;
			}
			Matcher list = inList.matcher(text);
			while (list.find()) {
				if (!file.endsWith("V2__consolidation.sql")) {
					assertThat(list.group(1)).as(file.toString()).isEqualTo(SubmissionStatus.countedSql());
					seen++;
				}
			}
		}
		assertThat(seen).isGreaterThanOrEqualTo(7);
	}

	@Test
	void noOtherMainClassSpellsAStatus() throws IOException {
		// a SQL literal in a text block, or a string compared with equals
		Pattern spelled = Pattern.compile("'(accepted|accepted_with_warnings|rejected|missing|identical_copy)'"
				+ "|equals\\(\"(accepted|accepted_with_warnings|rejected|missing|identical_copy)\"\\)");
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			List<String> offenders = files.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> !file.endsWith("SubmissionStatus.java"))
				.filter((file) -> spelled.matcher(read(file)).find())
				.map(Path::toString)
				.toList();
			assertThat(offenders).isEmpty();
		}
	}

	private static List<Path> sqlFiles() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("sql"))) {
			return files.filter((file) -> file.toString().endsWith(".sql")).sorted().toList();
		}
	}

	private static Set<String> literals(String list) {
		Set<String> literals = new LinkedHashSet<>();
		Matcher literal = Pattern.compile("'([^']*)'").matcher(list);
		while (literal.find()) {
			literals.add(literal.group(1));
		}
		return literals;
	}

	/** The file without its comment lines. */
	private static String read(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8)
				.stream()
				.filter((line) -> !line.strip().startsWith("*") && !line.strip().startsWith("//"))
				.collect(java.util.stream.Collectors.joining("\n"));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
