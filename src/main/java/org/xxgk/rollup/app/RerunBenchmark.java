package org.xxgk.rollup.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
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
		double full = timed(runArgs);
		double rerun = timed(runArgs);
		System.out.printf("%s%n  full run:          %7.1f s%n  no-change rerun:   %7.1f s%n  (work folder %s)%n", set,
				full, rerun, work);
	}

	private static String[] concat(String[] first, String[] second) {
		List<String> all = new ArrayList<>(List.of(first));
		all.addAll(List.of(second));
		return all.toArray(String[]::new);
	}

	private static double timed(String[] args) {
		long start = System.nanoTime();
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		int exitCode = XxgkRollupApplication.run(args, quiet, System.err);
		if (exitCode != ExitCodes.COMPLETED) {
			System.err.println("xxgk-rollup: the benchmark run failed with exit code " + exitCode);
			System.exit(exitCode);
		}
		return (System.nanoTime() - start) / 1e9;
	}

}
