package org.xxgk.rollup.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader looks up the stored state of a page of files at a time. */
class SubmissionFileReaderTests {

	private static final StoredFile STORED_C = new StoredFile("sha-c", 1, Instant.parse("2022-01-10T01:00:00Z"), "key-c");

	private final List<List<String>> pagesLookedUp = new ArrayList<>();

	@Test
	void sevenFilesInPagesOfThreeAreLookedUpThreeTimesInOrderWithTheirStoredState(@TempDir Path input)
			throws Exception {
		write(input, "a.txt", "b.txt", "c.txt", "d/e.txt", "d/f.txt", "g.txt", "h.txt", ".DS_Store", "d/~$f.txt");
		SubmissionFileReader reader = reader(input);
		reader.open(new ExecutionContext());
		List<SubmissionFile> read = readAll(reader);
		reader.close();

		assertThat(read).extracting(SubmissionFile::path)
			.containsExactly("a.txt", "b.txt", "c.txt", "d/e.txt", "d/f.txt", "g.txt", "h.txt");
		assertThat(read).extracting(SubmissionFile::file)
			.containsExactly(input.resolve("a.txt"), input.resolve("b.txt"), input.resolve("c.txt"),
					input.resolve("d/e.txt"), input.resolve("d/f.txt"), input.resolve("g.txt"), input.resolve("h.txt"));
		assertThat(read.get(2).stored()).isEqualTo(STORED_C);
		assertThat(read).filteredOn((file) -> file.stored() != null).hasSize(1);
		assertThat(this.pagesLookedUp).containsExactly(List.of("a.txt", "b.txt", "c.txt"),
				List.of("d/e.txt", "d/f.txt", "g.txt"), List.of("h.txt"));
	}

	@Test
	void aFullLastPageEndsWithoutAnEmptyLookUp(@TempDir Path input) throws Exception {
		write(input, "a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt");
		SubmissionFileReader reader = reader(input);
		reader.open(new ExecutionContext());
		assertThat(readAll(reader)).hasSize(6);
		assertThat(this.pagesLookedUp).hasSize(2);
	}

	@Test
	void partitionsShareOutTheFilesAndTheCountCountsThemAll(@TempDir Path input) throws Exception {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			names.add("f" + i + ".txt");
		}
		write(input, names.toArray(String[]::new));
		write(input, ".hidden/x.txt");
		List<String> all = new ArrayList<>();
		for (int partition = 0; partition < 3; partition++) {
			SubmissionFileReader reader = new SubmissionFileReader(input, partition, 3, 5, (paths) -> Map.of());
			reader.open(new ExecutionContext());
			List<String> paths = readAll(reader).stream().map(SubmissionFile::path).toList();
			assertThat(paths).isSorted().isNotEmpty().hasSizeLessThan(40);
			all.addAll(paths);
		}
		assertThat(all).containsExactlyInAnyOrderElementsOf(names);
		assertThat(SubmissionFileReader.countSubmissions(input)).isEqualTo(40);
	}

	private SubmissionFileReader reader(Path input) {
		return new SubmissionFileReader(input, 0, 1, 3, (paths) -> {
			this.pagesLookedUp.add(List.copyOf(paths));
			return paths.contains("c.txt") ? Map.of("c.txt", STORED_C) : Map.of();
		});
	}

	private static List<SubmissionFile> readAll(SubmissionFileReader reader) throws Exception {
		List<SubmissionFile> read = new ArrayList<>();
		for (SubmissionFile file = reader.read(); file != null; file = reader.read()) {
			read.add(file);
		}
		return read;
	}

	private static void write(Path folder, String... paths) throws IOException {
		for (String path : paths) {
			Path file = folder.resolve(path);
			Files.createDirectories(file.getParent());
			Files.writeString(file, path);
		}
	}

}
