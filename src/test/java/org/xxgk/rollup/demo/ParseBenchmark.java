package org.xxgk.rollup.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import org.xxgk.rollup.model.SourceFile;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.parse.SubmissionParser;
import org.xxgk.rollup.parse.UnreadableReportException;

/**
 * {@code jobs/bench-parse [--reports N]}: writes N different reports per input format into a temporary folder, then
 * reads and parses each format's files (from disk, as the job does) and prints files per second and per CPU-second of
 * the parsing thread. Each format is warmed up first; the folder is deleted afterwards.
 */
public final class ParseBenchmark {

	private static final int WARM_UP = 30;

	/**
	 * Parsing runs on this thread, so its CPU time is the parse's cost alone: files per CPU-second stays comparable on
	 * a machine other processes share, where files per second does not.
	 */
	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	private ParseBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int reports = (args.length == 2 && args[0].equals("--reports")) ? Integer.parseInt(args[1]) : 200;
		Path folder = Files.createTempDirectory("xxgk-bench-parse");
		try {
			System.out.printf("%-34s %8s %10s %14s %12s%n", "format", "files", "files/s", "files/CPU-s", "avg KB");
			for (Map.Entry<String, SubmissionFormat> format : SubmissionFormat.KNOWN.entrySet()) {
				List<Path> files = write(folder.resolve(format.getKey()), format.getValue()::write, reports);
				parseAll(files.subList(0, Math.min(WARM_UP, files.size())));
				long start = System.nanoTime();
				long cpuStart = CPU.getCurrentThreadCpuTime();
				long bytes = parseAll(files);
				double seconds = (System.nanoTime() - start) / 1e9;
				double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
				System.out.printf("%-34s %8d %10.1f %14.1f %12.1f%n", format.getKey(), files.size(),
						files.size() / seconds, files.size() / cpuSeconds, bytes / 1024.0 / files.size());
			}
		}
		finally {
			delete(folder);
		}
	}

	private static List<Path> write(Path folder, Function<GeneratedReport, byte[]> writer, int reports)
			throws IOException {
		Files.createDirectories(folder);
		Random random = new Random(reports);
		for (int i = 0; i < reports; i++) {
			Template template = (i % 4 == 0) ? Template.V2019 : Template.V2021;
			GeneratedReport report = GeneratedReport.of("雷州市乌石镇人民政府", 2021, template,
					SampleFigures.consistent(template, random, 1 + i % 20));
			Files.write(folder.resolve(i + ".bin"), writer.apply(report));
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}

	private static long parseAll(List<Path> files) throws IOException {
		SubmissionParser parser = new SubmissionParser();
		long bytes = 0;
		for (Path file : files) {
			byte[] content = Files.readAllBytes(file);
			bytes += content.length;
			try {
				parser.parse(new SourceFile(file.toString(), file.getFileName().toString(), "", "", content.length,
						Instant.EPOCH), content);
			}
			catch (UnreadableReportException ex) {
				throw new IllegalStateException("generated report not readable: " + file + ": " + ex.getMessage(), ex);
			}
		}
		return bytes;
	}

	private static void delete(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
