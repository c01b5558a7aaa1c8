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
 * <p>
 * What a job really holds is only known after a full collection: after a young one the heap still counts old garbage
 * that G1 has not yet needed to reclaim, so that figure follows the heap G1 is given more than the job. With a probe
 * interval, {@code jcmd <pid> GC.run} forces a full collection that often, and the most heap left after one is the
 * job's live peak; the time those pauses took is reported, as it is part of the measured wall time.
 */
final class JobRun {

	private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\) ([\\d.]+)ms");

	/** The probe's forced collections (jcmd GC.run is logged as a diagnostic command): what is left is live. */
	private static final Pattern PROBE = Pattern.compile("Pause Full \\(Diagnostic Command\\)");

	/**
	 * @param peakHeapMb the most heap in use at any collection
	 * @param liveHeapMb the most heap still in use after a probe's full collection (what the job really holds), or
	 * -1 without a probe
	 * @param probeMillis the time the probe's full collections paused the job
	 * @param cpuMillis the CPU the job's JVM used (user and system, last seen before it ended), -1 when unknown
	 */
	record Result(int exitCode, long millis, long peakRssMb, long peakHeapMb, long liveHeapMb, long probeMillis,
			long cpuMillis, String output) {

	}

	private JobRun() {
	}

	/**
	 * @param probeIntervalMillis how often to force a full collection to measure the live heap; 0 for never
	 */
	static Result run(List<String> jvmOptions, List<String> arguments, Path log, long probeIntervalMillis)
			throws Exception {
		return run(jvmOptions, TEST_CLASSPATH, arguments, log, probeIntervalMillis);
	}

	/** The job on this JVM's class path (the test classpath: the application's classes are the jar's). */
	static final List<String> TEST_CLASSPATH = List.of("-cp", System.getProperty("java.class.path"),
			"org.xxgk.rollup.app.XxgkRollupApplication");

	/**
	 * The job as {@code jobs/consolidate} starts it from the unpacked jar ({@code target/app}), its classes mapped
	 * from a class data sharing archive.
	 */
	static List<String> unpackedJar(Path app, Path archive) {
		return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar",
				app.resolve("xxgk-rollup.jar").toString());
	}

	/**
	 * @param launch what follows the JVM options: the class path and main class, or the jar
	 */
	static Result run(List<String> jvmOptions, List<String> launch, List<String> arguments, Path log,
			long probeIntervalMillis) throws Exception {
		Path gcLog = log.resolveSibling(log.getFileName() + ".gc");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-Xlog:gc:file=" + gcLog);
		command.add("-Dfile.encoding=UTF-8");
		command.addAll(launch);
		command.addAll(arguments);
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
		long peakRssKb = 0;
		long cpuMillis = -1;
		long nextProbe = started + probeIntervalMillis * 1_000_000;
		while (process.isAlive()) {
			peakRssKb = Math.max(peakRssKb, highWaterMarkKb(status));
			cpuMillis = ProcessCpu.ofProcess(process.pid()).orElse(cpuMillis);
			if (probeIntervalMillis > 0 && System.nanoTime() >= nextProbe) {
				fullCollection(process.pid());
				nextProbe = System.nanoTime() + probeIntervalMillis * 1_000_000;
			}
			Thread.sleep(100);
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		long peakHeap = 0;
		long liveHeap = -1;
		double probePauses = 0;
		if (Files.exists(gcLog)) {
			for (String line : Files.readAllLines(gcLog)) {
				Matcher pause = GC_PAUSE.matcher(line);
				if (pause.find()) {
					peakHeap = Math.max(peakHeap, Long.parseLong(pause.group(1)));
					if (PROBE.matcher(line).find()) {
						liveHeap = Math.max(liveHeap, Long.parseLong(pause.group(2)));
						probePauses += Double.parseDouble(pause.group(4));
					}
				}
			}
		}
		return new Result(process.exitValue(), millis, peakRssKb / 1024, peakHeap, liveHeap, Math.round(probePauses),
				cpuMillis, Files.readString(log));
	}

	/** Asks the job's JVM for a full collection (it is still starting or already ending when this fails). */
	private static void fullCollection(long pid) {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		try {
			new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.run").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start()
				.waitFor();
		}
		catch (IOException ex) {
			// no jcmd in this Java runtime: no live figure, said in the result
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
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
