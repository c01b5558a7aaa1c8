package org.xxgk.rollup.app;

import java.io.PrintStream;
import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.support.CronExpression;

import org.xxgk.rollup.ingest.remote.RemoteIngestWorker;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.review.ReviewDesk;
import org.xxgk.rollup.run.ConsolidationRun;

/**
 * {@code jobs/consolidate}: checks the command line, starts the database (a server, or the embedded PostgreSQL), runs
 * the consolidation job and exits with a code a scheduler can act on (see {@link ExitCodes}).
 */
@SpringBootApplication(scanBasePackages = "org.xxgk.rollup")
public class XxgkRollupApplication {

	private static final Log logger = LogFactory.getLog(XxgkRollupApplication.class);

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length > 0 && args[0].equals("--decide")) {
			return decide(Arrays.copyOfRange(args, 1, args.length), out, err);
		}
		if (args.length > 0 && args[0].equals("--serve")) {
			return ServeCommand.run(Arrays.copyOfRange(args, 1, args.length), System.in, out, err);
		}
		ParsedOptions<ConsolidateOptions> parsed = ParsedOptions.of(args, ConsolidateOptions::parse,
				ConsolidateOptions::help, ConsolidateOptions.USAGE, out, err);
		if (parsed.done()) {
			return parsed.exitCode();
		}
		ConsolidateOptions options = parsed.options();
		Region scope;
		try {
			if (options.purgeDays() > 0) {
				return purgeHistory(options, out, err);
			}
			if (options.remote().worker()) {
				return serveAsWorker(options, out, err);
			}
			scope = options.checkRunnable();
			if (!options.schedule().isEmpty()) {
				ConsolidationRun.forgetCheckedRegistry();
				return ScheduledRuns.loop(CronExpression.parse(options.schedule()), args, out, err);
			}
		}
		catch (UsageException ex) {
			return ParsedOptions.usageError(ex, err);
		}
		SignalHook signalHook = SignalHook.install();
		ConfigurableApplicationContext context;
		try {
			context = start(options.applicationArguments(), options.dbUrl(), err);
		}
		catch (NotStarted ex) {
			ConsolidationRun.forgetCheckedRegistry();
			signalHook.close();
			return ex.exitCode;
		}
		ConsolidateCommand command = context.getBean(ConsolidateCommand.class);
		signalHook.onSignal(command::stopRunning);
		int[] exitCode = { ExitCodes.JOB_FAILED };
		try {
			exitCode[0] = command.run(options, scope, out, err);
		}
		catch (Exception ex) {
			logger.error("汇总作业无法运行", ex);
			err.println("xxgk-rollup: 汇总作业无法运行：" + rootMessage(ex) + "（详细信息见日志）");
		}
		finally {
			// the run took the registry the options were checked with, or never started
			ConsolidationRun.forgetCheckedRegistry();
			exitCode[0] = SpringApplication.exit(context, () -> exitCode[0]);
			signalHook.close();
		}
		return exitCode[0];
	}

	/**
	 * Starts the application with its database; when it cannot start, prints one line naming what failed and throws
	 * with the exit code for it ({@link StartupFailure}).
	 */
	private static ConfigurableApplicationContext start(String[] applicationArguments, String dbUrl,
			PrintStream err) throws NotStarted {
		try {
			return new SpringApplicationBuilder(XxgkRollupApplication.class).web(WebApplicationType.NONE)
				.logStartupInfo(false)
				.registerShutdownHook(false)
				.run(applicationArguments);
		}
		catch (RuntimeException ex) {
			StartupFailure failure = StartupFailure.of(ex, dbUrl);
			err.println("xxgk-rollup: " + failure.message());
			throw new NotStarted(failure.exitCode());
		}
	}

	/** The application did not start; the line saying why is printed. */
	private static final class NotStarted extends Exception {

		private final int exitCode;

		NotStarted(int exitCode) {
			super(null, null, false, false);
			this.exitCode = exitCode;
		}

	}

	private static int purgeHistory(ConsolidateOptions options, PrintStream out, PrintStream err) {
		return inContext(options, err, (context, signalHook) -> {
			int purged = context.getBean(HistoryPurge.class).purge(options.purgeDays());
			out.println("xxgk-rollup: 已删除 " + options.purgeDays() + " 天前结束的运行记录 " + purged
					+ " 条（各次运行的汇总摘要 run_summary 保留）");
			return ExitCodes.COMPLETED;
		});
	}

	/** {@code --worker}: runs ingest partitions a remote manager sends, until stopped or idle for --idle-exit. */
	private static int serveAsWorker(ConsolidateOptions options, PrintStream out, PrintStream err) {
		return inContext(options, err, (context, signalHook) -> {
			RemoteIngestWorker worker = context.getBean(RemoteIngestWorker.class);
			signalHook.onSignal(worker::stop);
			try {
				worker.serve(Duration.ofSeconds(options.remote().idleExitSeconds()), out);
				return ExitCodes.COMPLETED;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return ExitCodes.JOB_FAILED;
			}
			catch (RuntimeException ex) {
				err.println("xxgk-rollup: 工作进程无法运行：" + rootMessage(ex));
				return ExitCodes.JOB_FAILED;
			}
		});
	}

	/** A command other than a consolidation: the application started with its database, closed when it is done. */
	private static int inContext(ConsolidateOptions options, PrintStream err, ContextCommand command) {
		return inContext(options.applicationArguments(), options.dbUrl(), err, command);
	}

	private static int inContext(String[] applicationArguments, String dbUrl, PrintStream err,
			ContextCommand command) {
		try (SignalHook signalHook = SignalHook.install()) {
			try (ConfigurableApplicationContext context = start(applicationArguments, dbUrl, err)) {
				return command.run(context, signalHook);
			}
		}
		catch (NotStarted ex) {
			return ex.exitCode;
		}
	}

	/** {@code jobs/decide}: records a review decision or a correction; exit 2 when it names nothing current. */
	private static int decide(String[] args, PrintStream out, PrintStream err) {
		ParsedOptions<DecideOptions> parsed = ParsedOptions.of(args, DecideOptions::parse, DecideOptions::help,
				DecideOptions.USAGE, out, err);
		if (parsed.done()) {
			return parsed.exitCode();
		}
		DecideOptions options = parsed.options();
		return inContext(options.applicationArguments(), options.dbUrl(), err,
				(context, signalHook) -> DecideCommand.run(context.getBean(ReviewDesk.class), options, out, err));
	}

	private interface ContextCommand {

		int run(ConfigurableApplicationContext context, SignalHook signalHook);

	}

	/** The innermost useful message: for a database that cannot be reached, the driver's or the socket's. */
	static String rootMessage(Throwable failure) {
		Throwable useful = failure;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException || cause instanceof ConnectException) {
				return cause.getMessage();
			}
			useful = cause;
		}
		return useful.getMessage();
	}

}
