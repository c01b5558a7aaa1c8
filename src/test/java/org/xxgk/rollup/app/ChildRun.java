package org.xxgk.rollup.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code jobs/consolidate} run as a real child JVM on the test classes, with its stdout (the log) and stderr (the
 * operator's lines) kept apart, for the tests that kill it, run it as another user or on a full disk.
 *
 * @param exitCode the process's exit code (137 when it was killed with SIGKILL)
 * @param out what it printed on stdout: the summary and the log
 * @param err what it printed on stderr
 */
record ChildRun(int exitCode, String out, String err) {

	private static final long PATIENCE_MINUTES = 10;

	/** Runs the command to its end. {@code prefix} runs before it (e.g. {@code setpriv …}). */
	static ChildRun run(Path logs, List<String> prefix, Map<String, String> environment, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(prefix);
		command.add("jobs/consolidate");
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("XXGK_CLASSPATH", System.getProperty("java.class.path"));
		builder.environment().putAll(environment);
		Files.createDirectories(logs);
		Path out = Files.createTempFile(logs, "child-", ".out");
		Path err = Files.createTempFile(logs, "child-", ".err");
		builder.redirectOutput(out.toFile());
		builder.redirectError(err.toFile());
		Process process = builder.start();
		assertThat(process.waitFor(PATIENCE_MINUTES, TimeUnit.MINUTES)).as("the run ends").isTrue();
		return new ChildRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	/**
	 * The committed demo set's files whose paths (as {@code jobs/demo-set/arrivals.csv} names them) {@code keep}
	 * accepts, copied to {@code input}, each file dated as {@code arrivals.csv} says.
	 */
	static Path demoSet(Path input, Predicate<String> keep) throws IOException {
		Path demo = Path.of("jobs/demo-set/2021");
		try (Stream<Path> files = Files.walk(demo)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String relative = demo.relativize(file).toString();
				if (keep.test(relative)) {
					Path copy = input.resolve(relative);
					Files.createDirectories(copy.getParent());
					Files.copy(file, copy);
				}
			}
		}
		DateTimeFormatter received = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");
		for (String line : Files.readAllLines(Path.of("jobs/demo-set/arrivals.csv"), StandardCharsets.UTF_8)) {
			String[] fields = line.split(",", 2);
			if (fields[0].equals("file") || !Files.exists(input.resolve(fields[0]))) {
				continue;
			}
			FileTime time = FileTime.from(OffsetDateTime.parse(fields[1].strip(), received).toInstant());
			Files.setLastModifiedTime(input.resolve(fields[0]), time);
		}
		return input;
	}

	/** Every output file but the hidden ones (the manifest, a file being written), relative path to bytes. */
	static Map<String, byte[]> outputsOf(Path folder) throws IOException {
		Map<String, byte[]> outputs = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String relative = folder.relativize(file).toString();
				if (!file.getFileName().toString().startsWith(".")) {
					outputs.put(relative, Files.readAllBytes(file));
				}
			}
		}
		return outputs;
	}

	/** When a run consolidated, as overview.html and county-report.docx state it: "汇总时间：2026-12-01 19:41". */
	private static final Pattern RUN_TIME = Pattern.compile("(汇总时间：?\\s?)\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

	/** The time POI writes into an .xlsx or .docx ({@code docProps/core.xml}). */
	private static final Pattern CREATED = Pattern
		.compile("<dcterms:created xsi:type=\"dcterms:W3CDTF\">[0-9T:Z-]+</dcterms:created>");

	/**
	 * The file's bytes, but for the time of the run the outputs state, which differs between any two runs: the
	 * 汇总时间 of overview.html and county-report.docx and the creation time POI writes into an .xlsx or .docx. Each
	 * must be there (a test of this comparison would otherwise pass on files without them); the rest byte for byte.
	 */
	static List<String> withoutWritingTime(String file, byte[] bytes) throws UncheckedIOException {
		if (file.equals("overview.html")) {
			return List.of(withoutRunTime(file, new String(bytes, StandardCharsets.UTF_8)));
		}
		if (!file.endsWith(".xlsx") && !file.endsWith(".docx")) {
			return List.of(HexFormat.of().formatHex(bytes));
		}
		List<String> entries = new ArrayList<>();
		try {
			// POI's zips have entries of unknown size (data descriptors), which only the central directory describes
			Path copy = Files.createTempFile("xxgk-output-", ".zip");
			try {
				Files.write(copy, bytes);
				try (ZipFile zip = new ZipFile(copy.toFile())) {
					for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
						byte[] content = zip.getInputStream(entry).readAllBytes();
						String text = switch (entry.getName()) {
							case "docProps/core.xml" -> replaced(CREATED.matcher(new String(content, StandardCharsets.UTF_8)),
									file + " created", "<created/>");
							case "word/document.xml" -> withoutRunTime(file, new String(content, StandardCharsets.UTF_8));
							default -> HexFormat.of().formatHex(content);
						};
						entries.add(entry.getName() + "\t" + text);
					}
				}
			}
			finally {
				Files.delete(copy);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(entries).as(file + " is a zip").isNotEmpty();
		return entries;
	}

	private static String withoutRunTime(String file, String text) {
		return replaced(RUN_TIME.matcher(text), file + " 汇总时间", "$1…");
	}

	private static String replaced(Matcher matcher, String what, String replacement) {
		assertThat(matcher.find()).as(what).isTrue();
		return matcher.replaceAll(replacement);
	}

	/** Files being written ({@code .<name>.partial}) anywhere under the folder. */
	static List<Path> partialFiles(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".partial")).toList();
		}
	}

	/** The live postmaster of an embedded data folder ({@code <data-dir>/postgres}), if any. */
	static Optional<ProcessHandle> postmasterOf(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postgres/postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter((process) -> EmbeddedDatabase.isPostgresOf(process, dataDir.resolve("postgres").toAbsolutePath()));
	}

	/** Stops a postmaster a test's killed child left behind (the tests' own processes only). */
	static void stopPostmasterOf(Path dataDir) throws IOException, InterruptedException {
		Optional<ProcessHandle> postmaster = postmasterOf(dataDir);
		if (postmaster.isPresent()) {
			new ProcessBuilder("kill", "-INT", Long.toString(postmaster.get().pid())).inheritIO().start().waitFor();
			postmaster.get().onExit().orTimeout(60, TimeUnit.SECONDS).join();
		}
	}

}
