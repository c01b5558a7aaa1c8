package org.xxgk.rollup.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.demo.GeneratedRegionSet;
import org.xxgk.rollup.model.SubmissionStatus;
import org.xxgk.rollup.parse.SubmissionParser;
import org.xxgk.rollup.registry.RegionRegistry;
import org.xxgk.rollup.registry.UnitMatcher;
import org.xxgk.rollup.validate.History;
import org.xxgk.rollup.validate.SubmissionValidator;
import org.xxgk.rollup.validate.ValidationSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the processor trusts a file's stored result: the quick check (size and modification time) reads nothing, a
 * changed time costs a fingerprint but no parse, a changed content is parsed, and a file gone is withdrawn.
 */
class SubmissionProcessorTests {

	private static final long MAX_BYTES = 50L * 1024 * 1024;

	private static final Instant RECEIVED = Instant.parse("2022-01-10T01:00:00Z");

	private GeneratedRegionSet.Layout layout;

	private Path file;

	private String path;

	@BeforeEach
	void writeSet(@TempDir Path temp) throws IOException {
		this.layout = GeneratedRegionSet.write(temp, 1, 2, 2021);
		try (var files = Files.walk(this.layout.input())) {
			this.file = files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
		}
		this.path = SubmissionFileReader.relativePath(this.layout.input(), this.file);
		Files.setLastModifiedTime(this.file, FileTime.from(RECEIVED));
	}

	@Test
	void aFileNeverSeenIsParsed() throws IOException {
		CheckedSubmission.Parsed checked = parsed(
				processor("registry-1").process(new SubmissionFile(this.file, this.path, null)));
		assertThat(checked.report()).isNotNull();
		assertThat(checked.unit().code()).isEqualTo(this.layout.units().get(0).code());
		assertThat(checked.source().sha256()).isEqualTo(SubmissionProcessor.sha256(Files.readAllBytes(this.file)));
		assertThat(checked.source().size()).isEqualTo(Files.size(this.file));
		assertThat(checked.source().lastModified()).isEqualTo(RECEIVED);
		assertThat(checked.arrivedAt()).isEqualTo(RECEIVED);
	}

	@Test
	void sameSizeAndTimeIsTrustedWithoutReadingTheFile() throws IOException {
		StoredFile stored = storedAfterFirstRun();
		// rewritten with other bytes of the same size and time: the quick check cannot tell (as rsync's cannot)
		replaceLastDigit();
		Files.setLastModifiedTime(this.file, FileTime.from(RECEIVED));
		CheckedSubmission checked = processor("registry-1").process(new SubmissionFile(this.file, this.path, stored));
		assertThat(checked).isInstanceOf(CheckedSubmission.Unchanged.class);
		assertThat(checked.source().sha256()).as("the stored fingerprint, not the file's").isEqualTo(stored.sha256());
	}

	@Test
	void aFileSavedAgainUnchangedIsNotParsedButItsNewTimeIsKept() throws IOException {
		StoredFile stored = storedAfterFirstRun();
		Instant savedAgain = Instant.parse("2022-02-01T08:30:00.123456789Z");
		Files.setLastModifiedTime(this.file, FileTime.from(savedAgain));
		CheckedSubmission checked = processor("registry-1").process(new SubmissionFile(this.file, this.path, stored));
		assertThat(checked).as("not parsed").isInstanceOf(CheckedSubmission.Unchanged.class);
		assertThat(checked.checkKey()).isEqualTo(stored.checkKey());
		assertThat(checked.source().lastModified()).isEqualTo(savedAgain);
		assertThat(checked.source().sha256()).isEqualTo(stored.sha256());
		assertThat(new StoredFile(stored.sha256(), stored.size(), StoredFile.asStored(savedAgain), stored.checkKey())
			.looksLike(checked.source().size(), savedAgain)).as("the next run's quick check passes").isTrue();
	}

	@Test
	void aFileChangedToTheSameSizeWithANewTimeIsParsed() throws IOException {
		StoredFile stored = storedAfterFirstRun();
		long size = Files.size(this.file);
		replaceLastDigit();
		Files.setLastModifiedTime(this.file, FileTime.from(RECEIVED.plusSeconds(60)));
		assertThat(Files.size(this.file)).isEqualTo(size);
		CheckedSubmission.Parsed checked = parsed(
				processor("registry-1").process(new SubmissionFile(this.file, this.path, stored)));
		assertThat(checked.report()).isNotNull();
		assertThat(checked.source().sha256()).isNotEqualTo(stored.sha256());
		assertThat(checked.arrivedAt()).isEqualTo(RECEIVED.plusSeconds(60));
	}

	@Test
	void anUnchangedFileIsCheckedAgainWhenTheRegistryChanged() throws IOException {
		StoredFile stored = storedAfterFirstRun();
		CheckedSubmission.Parsed checked = parsed(
				processor("registry-2").process(new SubmissionFile(this.file, this.path, stored)));
		assertThat(checked.report()).isNotNull();
		assertThat(checked.checkKey()).isNotEqualTo(stored.checkKey());
	}

	@Test
	void aFileGoneSinceTheListingIsWithdrawnRatherThanFailingTheStep() throws IOException {
		StoredFile stored = storedAfterFirstRun();
		Files.delete(this.file);
		assertThat(processor("registry-1").process(new SubmissionFile(this.file, this.path, stored))).isNull();
		assertThat(processor("registry-1").process(new SubmissionFile(this.file, this.path, null))).isNull();
	}

	/** What a first run stores for the file. */
	@Test
	void anErrorOfTheJvmWhileParsingIsNotTheFilesResultAndTheNextRunParsesItAgain() throws IOException {
		int[] parses = { 0 };
		SubmissionParser outOfMemory = new SubmissionParser(MAX_BYTES) {

			@Override
			public org.xxgk.rollup.model.Report parse(org.xxgk.rollup.model.SourceFile source, byte[] content) {
				parses[0]++;
				throw new OutOfMemoryError("Java heap space");
			}

		};
		CheckedSubmission.Rejected first = rejected(
				processor("registry-1", outOfMemory).process(new SubmissionFile(this.file, this.path, null)));
		assertThat(first.fileStatus()).isEqualTo(SubmissionStatus.REJECTED);
		assertThat(first.checkKey()).as("stored without a check key: not trusted by the next run").isNull();
		assertThat(first.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo("FILE-UNREADABLE");
			assertThat(finding.message()).contains("下次运行时会重新读取", "报送单位无需重新报送").doesNotContain("Error", "Memory");
		});
		assertThat(first.unit()).as("its unit, by the file's name or folder").isEqualTo(this.layout.units().get(0));
		StoredFile stored = new StoredFile(first.source().sha256(), first.source().size(),
				StoredFile.asStored(first.source().lastModified()), first.checkKey());
		CheckedSubmission.Parsed second = parsed(
				processor("registry-1").process(new SubmissionFile(this.file, this.path, stored)));
		assertThat(second.fileStatus()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(parses[0]).isEqualTo(1);
	}

	@Test
	void aReaderFaultIsTheFilesFindingInWordsWithoutAJavaClassName() throws IOException {
		SubmissionParser faulty = new SubmissionParser(MAX_BYTES) {

			@Override
			public org.xxgk.rollup.model.Report parse(org.xxgk.rollup.model.SourceFile source, byte[] content) {
				throw new IllegalArgumentException("bad index");
			}

		};
		CheckedSubmission.Rejected checked = rejected(
				processor("registry-1", faulty).process(new SubmissionFile(this.file, this.path, null)));
		assertThat(checked.fileStatus()).isEqualTo(SubmissionStatus.REJECTED);
		assertThat(checked.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo("FILE-UNREADABLE");
			assertThat(finding.message()).doesNotContain("Exception", "bad index");
		});
	}

	private static CheckedSubmission.Parsed parsed(CheckedSubmission checked) {
		assertThat(checked).as("parsed").isInstanceOf(CheckedSubmission.Parsed.class);
		return (CheckedSubmission.Parsed) checked;
	}

	private static CheckedSubmission.Rejected rejected(CheckedSubmission checked) {
		assertThat(checked).as("rejected without a report").isInstanceOf(CheckedSubmission.Rejected.class);
		return (CheckedSubmission.Rejected) checked;
	}

	private StoredFile storedAfterFirstRun() throws IOException {
		CheckedSubmission first = processor("registry-1").process(new SubmissionFile(this.file, this.path, null));
		return new StoredFile(first.source().sha256(), first.source().size(),
				StoredFile.asStored(first.source().lastModified()), first.checkKey());
	}

	private void replaceLastDigit() throws IOException {
		String text = Files.readString(this.file, StandardCharsets.UTF_8);
		int last = -1;
		for (int i = 0; i < text.length(); i++) {
			if (Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
				last = i;
			}
		}
		char digit = text.charAt(last);
		char other = (digit == '9') ? '8' : (char) (digit + 1);
		Files.writeString(this.file, text.substring(0, last) + other + text.substring(last + 1), StandardCharsets.UTF_8);
	}

	private SubmissionProcessor processor(String registryFingerprint) {
		return processor(registryFingerprint, new SubmissionParser(MAX_BYTES));
	}

	private SubmissionProcessor processor(String registryFingerprint, SubmissionParser parser) {
		return new SubmissionProcessor(
				new SubmissionProcessor.Batch(2021, GeneratedRegionSet.PREFECTURE, this.layout.input(), MAX_BYTES,
						registryFingerprint),
				parser,
				new UnitMatcher(RegionRegistry.load(this.layout.registry()), GeneratedRegionSet.PREFECTURE),
				SubmissionValidator.standard(), History.NONE, ValidationSettings.defaults());
	}

}
