package org.xxgk.rollup.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.xxgk.rollup.demo.GeneratedRegionSet;

/**
 * {@code jobs/bench-rerun}: how long a full run takes against a night with no change, on the demo set or on a
 * generated prefecture of N units, each on a fresh embedded PostgreSQL (or an empty database given with --db). Prints
 * wall-clock seconds of each run through the same entry point as {@code jobs/consolidate}, database start included
 * (the database is created and migrated before the first timed run).
 */
public final class RerunBenchmark {

	private RerunBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int units = 0;
		String db = "";
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--units" -> units = Integer.parseInt(args[i + 1]);
				case "--db" -> db = args[i + 1];
				default -> {
					System.err.println("usage: jobs/bench-rerun [--units <n>, 0 = the demo set] [--db <empty database>]");
					System.exit(ExitCodes.BAD_ARGUMENTS);
				}
			}
		}
		Path work = Files.createTempDirectory("xxgk-bench");
		List<String> command = new ArrayList<>(List.of("--year", "2021", "--output", work.resolve("out").toString()));
		String set;
		if (units == 0) {
			set = "demo set (jobs/demo-set/2021, 20 files)";
			command.addAll(List.of("--input", "jobs/demo-set/2021", "--region", "440882"));
		}
		else {
			int counties = (units + 998) / 999;
			int perCounty = (units + counties - 1) / counties;
			GeneratedRegionSet.Layout layout = GeneratedRegionSet.write(work.resolve("set"), counties, perCounty, 2021);
			set = "generated prefecture (" + counties + " counties, " + layout.units().size() + " units, one report each)";
			command.addAll(List.of("--input", layout.input().toString(), "--regions", layout.registry().toString(),
					"--region", GeneratedRegionSet.PREFECTURE));
		}
		String[] database = db.isBlank() ? new String[] { "--data-dir", work.resolve("data").toString() }
				: new String[] { "--db", db };
		String[] runArgs = concat(command.toArray(String[]::new), database);
		// create the database and its tables first, so the full run is not charged for initdb and migrations
		timed(concat(new String[] { "--purge-history", "1" }, database));
		Timed full = timed(runArgs);
		Timed rerun = timed(runArgs);
		System.out.printf("%s%n  full run:          %7.1f s  %s%n  no-change rerun:   %7.1f s  %s%n  (work folder %s)%n",
				set, full.seconds(), full.counts(), rerun.seconds(), rerun.counts(), work);
	}

	private static String[] concat(String[] first, String[] second) {
		List<String> all = new ArrayList<>(List.of(first));
		all.addAll(List.of(second));
		return all.toArray(String[]::new);
	}

	/** A run's wall-clock time and the counts line of its summary. */
	private record Timed(double seconds, String counts) {

	}

	private static Timed timed(String[] args) {
		long start = System.nanoTime();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exitCode = XxgkRollupApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
		double seconds = (System.nanoTime() - start) / 1e9;
		if (exitCode != ExitCodes.COMPLETED) {
			System.err.println("xxgk-rollup: the benchmark run failed with exit code " + exitCode);
			System.exit(exitCode);
		}
		String counts = out.toString(StandardCharsets.UTF_8)
			.lines()
			.filter((line) -> line.contains("收到文件"))
			.map(String::strip)
			.findFirst()
			.orElse("");
		return new Timed(seconds, counts);
	}

}
