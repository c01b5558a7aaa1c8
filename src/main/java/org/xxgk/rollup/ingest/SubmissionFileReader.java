package org.xxgk.rollup.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the submitted files below the input folder, in a stable order (by relative path) so that a restarted step
 * resumes at the file where the failed one stopped. Hidden files and folders (editor and OS droppings such as
 * {@code .DS_Store} or {@code ~$report.docx} lock files) are not submissions and are left out. A reader of one
 * partition of the ingest reads only that partition's files (see {@link FileHashPartitioner}), and holds only their
 * relative paths. What the last run stored about the files is looked up a page at a time, one query per page, so
 * neither the queries nor the memory grow with a file count.
 */
public class SubmissionFileReader extends AbstractItemCountingItemStreamItemReader<SubmissionFile> {

	private final Path inputFolder;

	private final int partition;

	private final int partitions;

	private final int pageSize;

	private final Function<List<String>, Map<String, StoredFile>> storedFiles;

	private List<String> paths;

	/** Index in {@link #paths} of the next file to read. */
	private int next;

	private List<SubmissionFile> page = List.of();

	private int inPage;

	/**
	 * @param storedFiles what the last run stored about each of a page of relative paths (absent: never stored)
	 */
	public SubmissionFileReader(Path inputFolder, int partition, int partitions, int pageSize,
			Function<List<String>, Map<String, StoredFile>> storedFiles) {
		this.inputFolder = inputFolder;
		this.partition = partition;
		this.partitions = partitions;
		this.pageSize = pageSize;
		this.storedFiles = storedFiles;
		setName("submissionFileReader");
	}

	/** The submissions below {@code folder}, sorted by their path relative to it. */
	public static List<Path> listSubmissions(Path folder) {
		return relativePaths(folder, (path) -> true).stream().map(folder::resolve).toList();
	}

	/** How many submissions there are below {@code folder}. */
	public static long countSubmissions(Path folder) {
		try (Stream<String> paths = walk(folder)) {
			return paths.count();
		}
	}

	/** The relative paths of the submissions below {@code folder} that {@code keep} keeps, sorted. */
	static List<String> relativePaths(Path folder, Predicate<String> keep) {
		try (Stream<String> paths = walk(folder)) {
			return paths.filter(keep).sorted().toList();
		}
	}

	private static Stream<String> walk(Path folder) {
		try {
			return Files.walk(folder)
				.filter(Files::isRegularFile)
				.map((file) -> relativePath(folder, file))
				.filter((path) -> !isHiddenOrLockFile(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The path of {@code file} relative to {@code folder}, with {@code /} separators on every system. */
	public static String relativePath(Path folder, Path file) {
		return folder.relativize(file).toString().replace('\\', '/');
	}

	private static boolean isHiddenOrLockFile(String relativePath) {
		for (String name : relativePath.split("/")) {
			if (name.startsWith(".") || name.startsWith("~$")) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doOpen() {
		this.paths = relativePaths(this.inputFolder,
				(path) -> FileHashPartitioner.belongs(path, this.partition, this.partitions));
		this.next = 0;
		this.page = List.of();
		this.inPage = 0;
	}

	/** A restarted partition skips the files done without looking them up. */
	@Override
	protected void jumpToItem(int itemIndex) {
		this.next = Math.min(itemIndex, this.paths.size());
	}

	@Override
	protected SubmissionFile doRead() {
		if (this.inPage == this.page.size()) {
			if (this.next == this.paths.size()) {
				return null;
			}
			readPage();
		}
		return this.page.get(this.inPage++);
	}

	private void readPage() {
		List<String> pagePaths = this.paths.subList(this.next, Math.min(this.next + this.pageSize, this.paths.size()));
		Map<String, StoredFile> stored = this.storedFiles.apply(pagePaths);
		List<SubmissionFile> files = new ArrayList<>(pagePaths.size());
		for (String path : pagePaths) {
			files.add(new SubmissionFile(this.inputFolder.resolve(path), path, stored.get(path)));
		}
		this.next += pagePaths.size();
		this.page = files;
		this.inPage = 0;
	}

	@Override
	protected void doClose() {
		this.paths = null;
		this.page = List.of();
	}

}
