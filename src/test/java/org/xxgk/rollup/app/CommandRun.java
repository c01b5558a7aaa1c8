package org.xxgk.rollup.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** One run of the {@code jobs/consolidate} command line: in this JVM, or as a real child process. */
record CommandRun(int exitCode, String out, String err) {

	/** Runs the command line in this JVM, through the same entry point as {@code jobs/consolidate}. */
	static CommandRun inProcess(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = XxgkRollupApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new CommandRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/**
	 * Starts {@code jobs/consolidate} as a child process on the test classes, its output (both streams) in
	 * {@code log}, so a test can kill it.
	 */
	static Process child(Path log, List<String> args) throws IOException {
		List<String> command = new java.util.ArrayList<>(List.of("jobs/consolidate"));
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("XXGK_CLASSPATH", System.getProperty("java.class.path"));
		builder.environment().put("XXGK_DB_USER", System.getProperty("xxgk.db-user", "postgres"));
		builder.environment().put("XXGK_DB_PASSWORD", System.getProperty("xxgk.db-password", ""));
		builder.redirectErrorStream(true);
		builder.redirectOutput(log.toFile());
		return builder.start();
	}

}
