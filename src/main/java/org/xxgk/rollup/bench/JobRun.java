package org.xxgk.rollup.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the consolidation job in a JVM of its own, as {@code jobs/consolidate} runs it: wall time, the peak
 * resident set of the process (VmHWM, sampled until it ends) and the heap from its GC log.
 */
final class JobRun {

	private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

	/** Only these pauses free memory: what is left after them is live (Remark and Cleanup report no change). */
	private static final Pattern COLLECTING = Pattern.compile("Pause (Young|Full)");

	/**
	 * @param peakHeapMb the most heap in use at any collection
	 * @param liveHeapMb the most heap still in use after a collection (what the job really holds)
	 */
	record Result(int exitCode, long millis, long peakRssMb, long peakHeapMb, long liveHeapMb, String output) {

	}

	private JobRun() {
	}

	static Result run(List<String> jvmOptions, List<String> arguments, Path log) throws Exception {
		Path gcLog = log.resolveSibling(log.getFileName() + ".gc");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-Xlog:gc:file=" + gcLog);
		command.add("-Dfile.encoding=UTF-8");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("org.xxgk.rollup.app.XxgkRollupApplication");
		command.addAll(arguments);
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
		long peakRssKb = 0;
		while (process.isAlive()) {
			peakRssKb = Math.max(peakRssKb, highWaterMarkKb(status));
			Thread.sleep(100);
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		long peakHeap = 0;
		long liveHeap = 0;
		if (Files.exists(gcLog)) {
			for (String line : Files.readAllLines(gcLog)) {
				Matcher pause = GC_PAUSE.matcher(line);
				if (pause.find()) {
					peakHeap = Math.max(peakHeap, Long.parseLong(pause.group(1)));
					if (COLLECTING.matcher(line).find()) {
						liveHeap = Math.max(liveHeap, Long.parseLong(pause.group(2)));
					}
				}
			}
		}
		return new Result(process.exitValue(), millis, peakRssKb / 1024, peakHeap, liveHeap, Files.readString(log));
	}

	private static long highWaterMarkKb(Path status) {
		try {
			for (String line : Files.readAllLines(status)) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// the process ended between the check and the read
		}
		return 0;
	}

}
