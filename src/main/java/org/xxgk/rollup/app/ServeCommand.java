package org.xxgk.rollup.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.console.Console;
import org.xxgk.rollup.console.ConsoleUsers;

/**
 * {@code jobs/serve}: the review console, a web application context of its own (profile
 * {@value org.xxgk.rollup.console.Console#PROFILE}); the nightly job's context never starts a web server. Or
 * {@code --add-user}: a console user with the password read from standard input.
 */
final class ServeCommand {

	private ServeCommand() {
	}

	static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
		ParsedOptions<ServeOptions> parsed = ParsedOptions.of(args, ServeOptions::parse, ServeOptions::help,
				ServeOptions.USAGE, out, err);
		if (parsed.done()) {
			return parsed.exitCode();
		}
		ServeOptions options = parsed.options();
		if (!options.addUser().isEmpty()) {
			return addUser(options, in, out, err);
		}
		ConfigurableApplicationContext context;
		try {
			context = start(options);
		}
		catch (RuntimeException ex) {
			StartupFailure failure = StartupFailure.of(ex, options.dbUrl());
			err.println("xxgk-rollup: 复核控制台无法启动：" + failure.message());
			return failure.exitCode();
		}
		CountDownLatch closed = new CountDownLatch(1);
		context.addApplicationListener((ContextClosedEvent event) -> closed.countDown());
		out.println("xxgk-rollup: 复核控制台已启动：http://" + options.bind() + ":" + port(context)
				+ "/ （Ctrl-C 停止）");
		try {
			closed.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return ExitCodes.COMPLETED;
	}

	/** Starts the console and returns its context (tests close it); stopped by SIGTERM / Ctrl-C too. */
	static ConfigurableApplicationContext start(ServeOptions options) {
		return new SpringApplicationBuilder(XxgkRollupApplication.class).web(WebApplicationType.SERVLET)
			.profiles(Console.PROFILE)
			.logStartupInfo(false)
			.run(options.consoleArguments());
	}

	static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static int addUser(ServeOptions options, InputStream in, PrintStream out, PrintStream err) {
		String password;
		try {
			java.io.Console terminal = System.console();
			if (terminal != null && in == System.in) {
				char[] typed = terminal.readPassword("%s 的密码：", options.addUser());
				password = (typed != null) ? new String(typed) : "";
			}
			else {
				String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
				password = (line != null) ? line : "";
			}
		}
		catch (IOException ex) {
			err.println("xxgk-rollup: 无法读取密码：" + ex.getMessage());
			return ExitCodes.BAD_ARGUMENTS;
		}
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplicationBuilder(XxgkRollupApplication.class).web(WebApplicationType.NONE)
				.logStartupInfo(false)
				.registerShutdownHook(false)
				.run(options.databaseArguments());
		}
		catch (RuntimeException ex) {
			StartupFailure failure = StartupFailure.of(ex, options.dbUrl());
			err.println("xxgk-rollup: " + failure.message());
			return failure.exitCode();
		}
		try (context) {
			new ConsoleUsers(new JdbcTemplate(context.getBean(DataSource.class))).add(options.addUser(),
					options.role(), password);
			out.println("xxgk-rollup: 已添加复核控制台用户 " + options.addUser() + "（" + options.role().code() + "）");
			return ExitCodes.COMPLETED;
		}
		catch (IllegalArgumentException ex) {
			err.println("xxgk-rollup: 未添加用户：" + ex.getMessage());
			return ExitCodes.BAD_ARGUMENTS;
		}
	}

}
