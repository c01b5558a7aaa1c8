package org.xxgk.rollup.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run that cannot start says why in one line, with the exit code the README gives for that cause, rather than
 * "the database could not be reached" (exit 3) for everything: a bad setting (2), a data folder that cannot be made
 * (4), a data folder PostgreSQL cannot start on (3, with the server's own reason and its log). Child JVMs, because
 * the settings come from the environment.
 */
class StartupFailuresIT {

	@Test
	void aBadSettingInTheEnvironmentIsExitTwoNamingTheSettingAndTheVariable(@TempDir Path temp) throws Exception {
		ChildRun run = ChildRun.run(temp.resolve("logs"), List.of(), Map.of("XXGK_REMOTE_TIMEOUT", "soon"),
				args(temp, temp.resolve("data")));
		assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCodes.BAD_ARGUMENTS);
		assertThat(run.err()).isEqualTo("xxgk-rollup: 设置 xxgk.remote-timeout 的值 \"soon\" 无效（来自环境变量 XXGK_REMOTE_TIMEOUT）："
				+ "'soon' is not a valid duration" + System.lineSeparator());
		assertThat(temp.resolve("data")).as("nothing was started").doesNotExist();
	}

	@Test
	void aDataFolderThatCannotBeCreatedIsExitFourNamingIt(@TempDir Path temp) throws Exception {
		Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
		ChildRun run = ChildRun.run(temp.resolve("logs"), List.of(), Map.of(), args(temp, file.resolve("data")));
		assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCodes.FOLDER_UNUSABLE);
		assertThat(run.err()).isEqualTo("xxgk-rollup: 数据文件夹 " + file.resolve("data") + " 无法创建或写入：Not a directory（"
				+ file.resolve("data") + "）" + System.lineSeparator());
	}

	@Test
	void aDataFolderPostgresqlCannotStartOnIsExitThreeWithTheServersReason(@TempDir Path temp) throws Exception {
		Path data = temp.resolve("data");
		// a data folder whose configuration was damaged (by hand, or a disk error)
		Files.createDirectories(data.resolve("postgres"));
		Files.writeString(data.resolve("postgres/postgresql.conf"), "shared_buffers = lots\n");
		ChildRun run = ChildRun.run(temp.resolve("logs"), List.of(), Map.of(), args(temp, data));
		assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCodes.DATABASE_UNAVAILABLE);
		assertThat(run.err()).startsWith("xxgk-rollup: 内置数据库无法在数据文件夹 " + data.resolve("postgres") + " 上启动：")
			.endsWith("（数据库日志：" + data.resolve("postgres.log") + "）" + System.lineSeparator())
			.hasLineCount(1);
		assertThat(Files.readString(data.resolve("postgres.log"))).isNotBlank();
		assertThat(run.out()).as("the stack trace is in the log").contains("at io.zonky.test.db.postgres.embedded");
	}

	private static String[] args(Path temp, Path data) throws Exception {
		Path input = Files.createDirectories(temp.resolve("in"));
		return new String[] { "--year", "2021", "--input", input.toString(), "--output", temp.resolve("out").toString(),
				"--data-dir", data.toString() };
	}

}
