package org.xxgk.rollup.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.model.SubmissionStatus;
import org.xxgk.rollup.parse.InputFormat;
import org.xxgk.rollup.parse.SubmissionParser;

import static org.assertj.core.api.Assertions.assertThat;

class DemoSetGeneratorTests {

	private static final Path COMMITTED = Path.of("jobs/demo-set");

	@Test
	void theCommittedDemoSetIsWhatTheGeneratorWrites(@TempDir Path temp) throws IOException {
		DemoSetGenerator.write(temp);
		for (Path generated : files(temp)) {
			Path relative = temp.relativize(generated);
			assertThat(COMMITTED.resolve(relative)).as(relative.toString()).exists();
			assertThat(Files.readAllBytes(COMMITTED.resolve(relative))).as(relative.toString())
				.isEqualTo(Files.readAllBytes(generated));
		}
		List<Path> committed = files(COMMITTED).stream().map(COMMITTED::relativize).toList();
		List<Path> written = files(temp).stream().map(temp::relativize).toList();
		assertThat(committed).containsExactlyInAnyOrderElementsOf(
				Stream.concat(written.stream(), Stream.of(Path.of("2021", DemoSetGenerator.SEED_FILE))).toList());
	}

	@Test
	void theSeedIsInTheDemoSetUnchanged() throws IOException {
		assertThat(Files.readAllBytes(COMMITTED.resolve("2021").resolve(DemoSetGenerator.SEED_FILE)))
			.isEqualTo(Files.readAllBytes(Path.of("src/test/resources/seed/000_5f48812134be5170.txt")));
	}

	@Test
	void everyUnitButOneSendsAReportAndTheBrokenOnesAreNamed() {
		List<DemoSetGenerator.DemoSubmission> plan = DemoSetGenerator.plan();
		assertThat(plan).hasSize(20);
		assertThat(plan).extracting((submission) -> submission.unit().code())
			.doesNotContain(DemoSetGenerator.MISSING_UNIT);
		assertThat(plan).filteredOn((submission) -> submission.status() == SubmissionStatus.REJECTED)
			.extracting((submission) -> submission.unit().name() + " " + submission.rules().stream().map(Rule::id).toList())
			.containsExactly("沈塘镇 [APP-BALANCE]", "南兴镇 [CELL-NOT-NUMBER]");
		assertThat(plan).filteredOn((submission) -> submission.received().startsWith("2022-02"))
			.extracting((submission) -> submission.unit().name())
			.containsExactly("纪家镇");
	}

	@Test
	void theDemoSetHoldsEveryAcceptedFormat() throws Exception {
		SubmissionParser parser = new SubmissionParser();
		Set<InputFormat> formats = EnumSet.noneOf(InputFormat.class);
		for (Path file : files(COMMITTED.resolve("2021"))) {
			formats.add(parser.detect(Files.readAllBytes(file)));
		}
		assertThat(formats).containsExactlyInAnyOrder(InputFormat.values());
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			return paths.filter(Files::isRegularFile).sorted().toList();
		}
	}

}
