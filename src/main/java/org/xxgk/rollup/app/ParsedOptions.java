package org.xxgk.rollup.app;

import java.io.PrintStream;
import java.util.function.Predicate;

/**
 * A command line's options as each command starts: parsed, or — when they asked for help or were wrong — the exit
 * code after the usage or the one-line error was printed. One place for what jobs/consolidate, jobs/decide and
 * jobs/serve all do first.
 */
record ParsedOptions<T>(T options, int exitCode) {

	/** A command's option parser. */
	interface Parser<T> {

		T parse(String[] args) throws UsageException;

	}

	/** Whether the command has nothing more to do: it printed its usage or an error; exit with {@link #exitCode}. */
	boolean done() {
		return this.options == null;
	}

	static <T> ParsedOptions<T> of(String[] args, Parser<T> parser, Predicate<T> help, String usage, PrintStream out,
			PrintStream err) {
		T options;
		try {
			options = parser.parse(args);
		}
		catch (UsageException ex) {
			return new ParsedOptions<>(null, usageError(ex, err));
		}
		if (help.test(options)) {
			out.println(usage);
			return new ParsedOptions<>(null, ExitCodes.COMPLETED);
		}
		return new ParsedOptions<>(options, ExitCodes.COMPLETED);
	}

	/** Prints the one line of a usage error (with the --help hint when the arguments were wrong); its exit code. */
	static int usageError(UsageException ex, PrintStream err) {
		String hint = (ex.exitCode() == ExitCodes.BAD_ARGUMENTS) ? "（--help 查看用法）" : "";
		err.println("xxgk-rollup: " + ex.getMessage() + hint);
		return ex.exitCode();
	}

}
