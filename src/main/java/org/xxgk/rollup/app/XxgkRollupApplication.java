package org.xxgk.rollup.app;

import java.io.PrintStream;
import java.net.ConnectException;
import java.sql.SQLException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.xxgk.rollup.registry.RegionRegistry;

/**
 * {@code jobs/consolidate}: checks the command line, starts the database (a server, or the embedded PostgreSQL), runs
 * the consolidation job and exits with a code a scheduler can act on (see {@link ExitCodes}).
 */
@SpringBootApplication(scanBasePackages = "org.xxgk.rollup")
public class XxgkRollupApplication {

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		ConsolidateOptions options;
		RegionRegistry registry;
		try {
			options = ConsolidateOptions.parse(args);
			if (options.help()) {
				out.println(ConsolidateOptions.USAGE);
				return ExitCodes.COMPLETED;
			}
			registry = options.checkRunnable();
		}
		catch (UsageException ex) {
			String hint = (ex.exitCode() == ExitCodes.BAD_ARGUMENTS) ? "（--help 查看用法）" : "";
			err.println("xxgk-rollup: " + ex.getMessage() + hint);
			return ex.exitCode();
		}
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplicationBuilder(XxgkRollupApplication.class).web(WebApplicationType.NONE)
				.logStartupInfo(false)
				.run(options.applicationArguments());
		}
		catch (RuntimeException ex) {
			err.println("xxgk-rollup: " + (options.dbUrl().isBlank() ? "内置数据库无法启动" : "无法连接数据库 " + options.dbUrl())
					+ "：" + rootMessage(ex));
			return ExitCodes.DATABASE_UNAVAILABLE;
		}
		int[] exitCode = { ExitCodes.JOB_FAILED };
		try {
			exitCode[0] = context.getBean(ConsolidateCommand.class).run(options, registry, out, err);
		}
		catch (Exception ex) {
			err.println("xxgk-rollup: 汇总作业无法运行：" + rootMessage(ex));
		}
		return SpringApplication.exit(context, () -> exitCode[0]);
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
