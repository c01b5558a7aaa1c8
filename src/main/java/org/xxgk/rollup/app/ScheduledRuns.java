package org.xxgk.rollup.app;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.scheduling.support.CronExpression;

/**
 * {@code jobs/consolidate --schedule "0 30 1 * * *" ...}: for sites without cron, systemd or Kubernetes, the process
 * stays up and runs the same consolidation at every time the cron expression (Spring's six fields: second minute hour
 * day month weekday, local time) names. Each run is a full, separate run (its own database start and exit code), so a
 * failed night does not affect the next; {@code --year auto} is worked out again at every run.
 */
final class ScheduledRuns {

	private ScheduledRuns() {
	}

	/** How the loop waits for the next run's time. */
	@FunctionalInterface
	interface Wait {

		/** Sleeps from {@code now} until {@code next}. */
		Wait SLEEP = (now, next) -> Thread.sleep(Duration.between(now, next).toMillis());

		void until(LocalDateTime now, LocalDateTime next) throws InterruptedException;

	}

	/** Runs until the process is stopped; returns only when interrupted. */
	static int loop(CronExpression cron, String[] args, PrintStream out, PrintStream err) {
		return loop(cron, args, out, err, Wait.SLEEP);
	}

	/** The loop with its own way of waiting: a test ends it at a given wait instead of racing the clock. */
	static int loop(CronExpression cron, String[] args, PrintStream out, PrintStream err, Wait wait) {
		String[] runArgs = withoutSchedule(args);
		while (true) {
			LocalDateTime now = LocalDateTime.now();
			LocalDateTime next = cron.next(now);
			if (next == null) {
				err.println("xxgk-rollup: 定时表达式以后不再触发，退出");
				return ExitCodes.BAD_ARGUMENTS;
			}
			out.println("xxgk-rollup: 定时运行，下次汇总时间 " + next.withNano(0));
			try {
				wait.until(now, next);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return ExitCodes.COMPLETED;
			}
			int exitCode = XxgkRollupApplication.run(runArgs, out, err);
			out.println("xxgk-rollup: 本次定时汇总结束，退出码 " + exitCode);
		}
	}

	/** The command line of one run: the same options without {@code --schedule}. */
	static String[] withoutSchedule(String[] args) {
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--schedule")) {
				i++;
			}
			else if (!args[i].startsWith("--schedule=")) {
				kept.add(args[i]);
			}
		}
		return kept.toArray(String[]::new);
	}

}
