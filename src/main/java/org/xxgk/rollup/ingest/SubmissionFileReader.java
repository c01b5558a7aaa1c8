package org.xxgk.rollup.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the paths of every regular file below the input folder, in a stable order (by relative path) so that a
 * restarted step resumes at the file where the failed one stopped. Hidden files and folders (editor and OS droppings
 * such as {@code .DS_Store} or {@code ~$report.docx} lock files) are not submissions and are left out. A reader of
 * one partition of the ingest reads only that partition's files (see {@link FileHashPartitioner}).
 */
public class SubmissionFileReader extends AbstractItemCountingItemStreamItemReader<Path> {

	private final Path inputFolder;

	private final int partition;

	private final int partitions;

	private Iterator<Path> files;

	public SubmissionFileReader(Path inputFolder) {
		this(inputFolder, 0, 1);
	}

	public SubmissionFileReader(Path inputFolder, int partition, int partitions) {
		this.inputFolder = inputFolder;
		this.partition = partition;
		this.partitions = partitions;
		setName("submissionFileReader");
	}

	/** The submissions below {@code folder}, sorted by their path relative to it. */
	public static List<Path> listSubmissions(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile)
				.filter((path) -> !isHiddenOrLockFile(folder.relativize(path)))
				.sorted((a, b) -> relativePath(folder, a).compareTo(relativePath(folder, b)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The path of {@code file} relative to {@code folder}, with {@code /} separators on every system. */
	public static String relativePath(Path folder, Path file) {
		return folder.relativize(file).toString().replace('\\', '/');
	}

	private static boolean isHiddenOrLockFile(Path relative) {
		for (Path part : relative) {
			String name = part.toString();
			if (name.startsWith(".") || name.startsWith("~$")) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doOpen() {
		this.files = listSubmissions(this.inputFolder).stream()
			.filter((file) -> FileHashPartitioner.belongs(relativePath(this.inputFolder, file), this.partition,
					this.partitions))
			.iterator();
	}

	@Override
	protected Path doRead() {
		return this.files.hasNext() ? this.files.next() : null;
	}

	@Override
	protected void doClose() {
		this.files = null;
	}

}
