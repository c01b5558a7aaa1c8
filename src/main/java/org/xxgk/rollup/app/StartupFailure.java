package org.xxgk.rollup.app;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.FlywayException;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;

/**
 * Why the application did not start, as the operator reads it: the exit code the README documents and one line
 * naming what failed (the setting, the data folder, the server). The stack trace is in the log (Spring Boot logs
 * every start-up failure it cannot explain; those it can, such as a bad setting, it describes there).
 *
 * @param exitCode the process's exit code ({@link ExitCodes})
 * @param message the line after {@code xxgk-rollup: }
 */
record StartupFailure(int exitCode, String message) {

	static StartupFailure of(Throwable failure, String dbUrl) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof EmbeddedDatabase.InUse inUse) {
				return new StartupFailure(ExitCodes.RUN_IN_PROGRESS, "数据文件夹 " + inUse.folder()
						+ " 正由另一个进程使用（另一次汇总，或 jobs/decide、jobs/serve），本次未启动；等它结束后再运行同一命令即可");
			}
			if (cause instanceof EmbeddedDatabase.Unusable unusable) {
				return new StartupFailure(ExitCodes.FOLDER_UNUSABLE,
						"数据文件夹 " + unusable.folder() + " 无法创建或写入：" + describe(unusable.getCause()));
			}
			if (cause instanceof EmbeddedDatabase.StartFailed startFailed) {
				String reason = startFailed.lastLogLine().isEmpty() ? innermost(startFailed)
						: startFailed.lastLogLine();
				return new StartupFailure(ExitCodes.DATABASE_UNAVAILABLE, "内置数据库无法在数据文件夹 " + startFailed.folder()
						+ " 上启动：" + reason + "（数据库日志：" + startFailed.log() + "）");
			}
			if (cause instanceof BindException bind) {
				return new StartupFailure(ExitCodes.BAD_ARGUMENTS, badSetting(bind));
			}
			if (cause instanceof FlywayException flyway && !ConsolidateCommand.isConnectionLoss(flyway)) {
				return new StartupFailure(ExitCodes.DATABASE_UNAVAILABLE,
						where(dbUrl) + "的表结构无法创建或升级（Flyway）：" + firstLine(flyway.getMessage()));
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				if (state.startsWith("28")) {
					return new StartupFailure(ExitCodes.DATABASE_UNAVAILABLE, where(dbUrl) + "拒绝登录：" + sql.getMessage()
							+ "；请检查环境变量 XXGK_DB_USER 和 XXGK_DB_PASSWORD");
				}
				if (state.equals("3D000")) {
					return new StartupFailure(ExitCodes.DATABASE_UNAVAILABLE,
							where(dbUrl) + "中没有这个数据库：" + sql.getMessage() + "；请先创建它（表由本程序创建）");
				}
			}
		}
		if (ConsolidateCommand.isConnectionLoss(failure)) {
			return new StartupFailure(ExitCodes.DATABASE_UNAVAILABLE,
					"无法连接数据库 " + dbUrl + "：" + XxgkRollupApplication.rootMessage(failure));
		}
		return new StartupFailure(ExitCodes.JOB_FAILED,
				"程序无法启动：" + innermost(failure) + "（详细信息见日志）");
	}

	private static String where(String dbUrl) {
		return dbUrl.isBlank() ? "内置数据库" : "数据库 " + dbUrl + " ";
	}

	/** The setting, its value, where the value came from, and why it is wrong. */
	private static String badSetting(BindException bind) {
		ConfigurationProperty property = bind.getProperty();
		String reason = innermost(bind);
		if (property == null) {
			return "设置无效（" + bind.getName() + "）：" + reason;
		}
		return "设置 " + property.getName() + " 的值 \"" + property.getValue() + "\" 无效" + originOf(property.getOrigin())
				+ "：" + reason;
	}

	private static String originOf(Origin origin) {
		for (Origin from = origin; from != null; from = from.getParent()) {
			if (from instanceof SystemEnvironmentOrigin environment) {
				return "（来自环境变量 " + environment.getProperty() + "）";
			}
			// a value resolved through a placeholder carries its origin as text only
			Matcher variable = ENVIRONMENT_ORIGIN.matcher(from.toString());
			if (variable.matches()) {
				return "（来自环境变量 " + variable.group(1) + "）";
			}
		}
		return (origin != null) ? "（来自 " + origin + "）" : "";
	}

	private static final Pattern ENVIRONMENT_ORIGIN = Pattern.compile("System Environment Property \"([^\"]+)\"");

	/** The innermost message, with the exception's class only when it has none. */
	private static String innermost(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return describe(root);
	}

	private static String describe(Throwable failure) {
		if (failure instanceof java.nio.file.AccessDeniedException denied) {
			return "没有权限（" + denied.getFile() + "）";
		}
		if (failure instanceof java.nio.file.FileSystemException fileSystem && fileSystem.getReason() != null) {
			return fileSystem.getReason() + "（" + fileSystem.getFile() + "）";
		}
		String message = failure.getMessage();
		return (message == null || message.isBlank()) ? failure.getClass().getSimpleName() : firstLine(message);
	}

	private static String firstLine(String message) {
		String trimmed = message.strip();
		int end = trimmed.indexOf('\n');
		return (end < 0) ? trimmed : trimmed.substring(0, end).strip();
	}

}
