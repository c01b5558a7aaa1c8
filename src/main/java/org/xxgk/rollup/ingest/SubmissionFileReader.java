package org.xxgk.rollup.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import org.xxgk.rollup.review.ReviewSheet;

/**
 * Reads the submitted files below the input folder, in a stable order (by key: the relative path, see
 * {@link SubmissionPaths}). Every entry gets an outcome, links and special files included. Hidden files and folders (editor and OS droppings such as
 * {@code .DS_Store} or {@code ~$report.docx} lock files) are not submissions and are left out, nor is the folder of
 * filled review sheets ({@code 复核意见/} directly under the input folder, read by the review-sheet step). A reader of one
 * partition of the ingest reads only that partition's files (see {@link FileHashPartitioner}), and holds only their
 * relative paths. What the last run stored about the files is looked up a page at a time, one query per page, so
 * neither the queries nor the memory grow with a file count. The files this run's {@link QuickCheckTasklet} already
 * found unchanged (and marked seen) are left out: a quiet night's few changed files make a chunk or two, not 1,600.
 */
public class SubmissionFileReader extends AbstractItemCountingItemStreamItemReader<SubmissionFile> {

	private final Path inputFolder;

	private final int partition;

	private final int partitions;

	private final int pageSize;

	private final Function<List<String>, Map<String, StoredFile>> storedFiles;

	private final Supplier<Set<String>> settled;

	private List<String> paths;

	/** The files whose key does not open them (a name not UTF-8, a path shortened), by key: the listing's paths do. */
	private Map<String, Path> unusual;

	/** Index in {@link #paths} of the next file to read. */
	private int next;

	private List<SubmissionFile> page = List.of();

	private int inPage;

	/**
	 * A reader of every file of its partition.
	 *
	 * @param storedFiles what the last run stored about each of a page of relative paths (absent: never stored)
	 */
	public SubmissionFileReader(Path inputFolder, int partition, int partitions, int pageSize,
			Function<List<String>, Map<String, StoredFile>> storedFiles) {
		this(inputFolder, partition, partitions, pageSize, storedFiles, Set::of);
	}

	/**
	 * A reader of the files of its partition that this run has not settled yet.
	 *
	 * @param settled the relative paths already found unchanged by this run, asked once when the reader opens
	 */
	public SubmissionFileReader(Path inputFolder, int partition, int partitions, int pageSize,
			Function<List<String>, Map<String, StoredFile>> storedFiles, Supplier<Set<String>> settled) {
		this.settled = settled;
		this.inputFolder = inputFolder;
		this.partition = partition;
		this.partitions = partitions;
		this.pageSize = pageSize;
		this.storedFiles = storedFiles;
		setName("submissionFileReader");
		// runs are never restarted (a new run redoes what is not stored): no read count to keep per chunk
		setSaveState(false);
	}

	/** The submissions below {@code folder}, sorted by their key (the path relative to it). */
	public static List<Path> listSubmissions(Path folder) {
		return entries(folder, (key) -> true).stream().map(Entry::file).toList();
	}

	/** How many submissions there are below {@code folder}. */
	public static long countSubmissions(Path folder) {
		return entries(folder, (key) -> true).size();
	}

	/**
	 * A listed entry: its key, the path the listing gave (which opens it even when its name is not UTF-8), and its
	 * attributes as the listing read them, links not followed (null for a folder that could not be opened).
	 */
	record Entry(String key, Path file, BasicFileAttributes attributes) {

	}

	/**
	 * Every entry below {@code folder} but folders, hidden files and lock files, whose key {@code keep} keeps, sorted
	 * by key. Links are not followed and special files (pipes, devices) are not skipped: each gets an outcome from the
	 * processor. A folder that cannot be opened is an entry of its own, so its files do not silently vanish.
	 */
	static List<Entry> entries(Path folder, Predicate<String> keep) {
		List<Entry> entries = new ArrayList<>();
		try {
			Path root = folder.toRealPath();
			Files.walkFileTree(root, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					// the filled review sheets (复核意见/) are read by the review step, they are not submissions
					return (!dir.equals(root) && (isHiddenOrLockFile(dir) || (root.equals(dir.getParent())
							&& dir.getFileName().toString().equals(ReviewSheet.FOLDER)))) ? FileVisitResult.SKIP_SUBTREE
							: FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					add(file, attributes);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
					if (file.equals(root)) {
						throw ex;
					}
					add(file, null);
					return FileVisitResult.CONTINUE;
				}

				private void add(Path file, BasicFileAttributes attributes) {
					String key = SubmissionPaths.key(root, file);
					if (!isHiddenOrLockFile(file) && keep.test(key)) {
						entries.add(new Entry(key, file, attributes));
					}
				}

			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		entries.sort(Comparator.comparing(Entry::key));
		return entries;
	}

	/** The path of {@code file} relative to {@code folder}, with {@code /} separators on every system. */
	public static String relativePath(Path folder, Path file) {
		return SubmissionPaths.relativePath(folder, file);
	}

	private static boolean isHiddenOrLockFile(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith(".") || name.startsWith("~$");
	}

	@Override
	protected void doOpen() {
		this.paths = new ArrayList<>();
		this.unusual = new HashMap<>();
		Set<String> settled = this.settled.get();
		Path root = null;
		for (Entry entry : entries(this.inputFolder, (key) -> FileHashPartitioner.belongs(key, this.partition,
				this.partitions) && !settled.contains(key))) {
			root = (root != null) ? root : realPath(this.inputFolder);
			this.paths.add(entry.key());
			if (!entry.key().equals(SubmissionPaths.relativePath(root, entry.file()))) {
				this.unusual.put(entry.key(), entry.file());
			}
		}
		this.next = 0;
		this.page = List.of();
		this.inPage = 0;
	}

	private static Path realPath(Path folder) {
		try {
			return folder.toRealPath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
			Path file = this.unusual.getOrDefault(path, this.inputFolder.resolve(path));
			files.add(new SubmissionFile(file, path, stored.get(path)));
		}
		this.next += pagePaths.size();
		this.page = files;
		this.inPage = 0;
	}

	@Override
	protected void doClose() {
		this.paths = null;
		this.unusual = null;
		this.page = List.of();
	}

}
