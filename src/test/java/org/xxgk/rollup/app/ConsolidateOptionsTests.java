package org.xxgk.rollup.app;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ConsolidateOptionsTests {

	@TempDir
	Path folder;

	@Test
	void readsEveryOptionWithSpaceOrEquals() throws Exception {
		ConsolidateOptions options = ConsolidateOptions.parse("--year", "2021", "--input=in", "--output", "out",
				"--region", "440800", "--regions", "my.csv", "--db", "jdbc:postgresql://db/x", "--data-dir", "d");
		assertThat(options.year()).isEqualTo(2021);
		assertThat(options.input()).isEqualTo(Path.of("in"));
		assertThat(options.output()).isEqualTo(Path.of("out"));
		assertThat(options.region()).isEqualTo("440800");
		assertThat(options.regionsFile()).isEqualTo("my.csv");
		assertThat(options.dbUrl()).isEqualTo("jdbc:postgresql://db/x");
		assertThat(options.dataDir()).isEqualTo(Path.of("d"));
		assertThat(options.applicationArguments()).containsExactly("--xxgk.db-url=jdbc:postgresql://db/x",
				"--xxgk.data-dir=d");
	}

	@Test
	void defaultsToLeizhouAndTheEmbeddedDatabase() throws Exception {
		ConsolidateOptions options = ConsolidateOptions.parse("--year", "2021", "--input", "in", "--output", "out");
		assertThat(options.region()).isEqualTo("440882");
		assertThat(options.dbUrl()).isEmpty();
		assertThat(options.applicationArguments()).containsExactly("--xxgk.data-dir=xxgk-data");
	}

	@Test
	void threadsGoToTheIngestStepAndDefaultToOnePerProcessor() throws Exception {
		ConsolidateOptions options = ConsolidateOptions.parse("--year", "2021", "--input", "in", "--output", "out",
				"--threads", "3");
		assertThat(options.threads()).isEqualTo(3);
		assertThat(options.applicationArguments()).containsExactly("--xxgk.data-dir=xxgk-data",
				"--xxgk.ingest-threads=3");
		assertThat(ConsolidateOptions.parse("--year", "2021", "--input", "in", "--output", "out").threads()).isZero();
		assertUsage(new String[] { "--year", "2021", "--input", "in", "--output", "out", "--threads", "0" },
				"参数错误：线程数 0 不在 1–256 之间");
		assertUsage(new String[] { "--year", "2021", "--input", "in", "--output", "out", "--threads", "两" },
				"参数错误：线程数 “两” 不是数字");
	}

	@Test
	void remoteWorkersNeedAServerDatabaseAndAWorkerNeedsNoRun() throws Exception {
		ConsolidateOptions manager = ConsolidateOptions.parse("--year", "2021", "--input", "in", "--output", "out",
				"--db", "jdbc:postgresql://db/x", "--workers", "remote", "--rabbit", "mq:5673");
		assertThat(manager.applicationArguments()).containsExactly("--xxgk.db-url=jdbc:postgresql://db/x",
				"--xxgk.data-dir=xxgk-data", "--xxgk.ingest-mode=remote", "--xxgk.rabbit-host=mq",
				"--xxgk.rabbit-port=5673");
		ConsolidateOptions worker = ConsolidateOptions.parse("--worker", "--db", "jdbc:postgresql://db/x", "--idle-exit",
				"30");
		assertThat(worker.remote()).isEqualTo(new ConsolidateOptions.Remote("local", true, "", 30));
		assertThat(worker.applicationArguments()).containsExactly("--xxgk.db-url=jdbc:postgresql://db/x",
				"--xxgk.data-dir=xxgk-data", "--xxgk.ingest-mode=worker");
		assertThat(ConsolidateOptions.parse("--year", "2021", "--input", "in", "--output", "out").remote().workers())
			.isEqualTo("local");
		assertUsage(new String[] { "--worker" }, "参数错误：--worker 须用 --db 指定与汇总进程相同的数据库服务器");
		assertUsage(new String[] { "--year", "2021", "--input", "in", "--output", "out", "--workers", "remote" },
				"参数错误：--workers remote 须用 --db 指定工作进程也能连接的数据库服务器");
		assertUsage(new String[] { "--year", "2021", "--input", "in", "--output", "out", "--workers", "cloud" },
				"参数错误：--workers 只能是 local 或 remote");
		assertUsage(new String[] { "--worker", "--db", "jdbc:postgresql://db/x", "--rabbit", "mq" },
				"参数错误：--rabbit “mq” 应为 主机:端口，例如 127.0.0.1:5672");
	}

	@Test
	void laterOptionsWin() throws Exception {
		ConsolidateOptions options = ConsolidateOptions.parse("--year", "2021", "--input", "in", "--output", "a",
				"--output", "b");
		assertThat(options.output()).isEqualTo(Path.of("b"));
	}

	@Test
	void rejectsBadCommandLinesWithOneChineseLine() {
		assertUsage(new String[] { "--input", "in", "--output", "out" }, "缺少必需的选项 --year");
		assertUsage(new String[] { "--year", "二〇二一", "--input", "in", "--output", "out" }, "不是数字");
		assertUsage(new String[] { "--year", "1999", "--input", "in", "--output", "out" }, "不在 2008–2100 之间");
		assertUsage(new String[] { "--year", "2021", "--input", "in", "--output", "out", "--colour" }, "未知选项 --colour");
		assertUsage(new String[] { "--year", "2021", "--input" }, "选项 --input 缺少取值");
		assertUsage(new String[] { "2021" }, "无法识别的参数");
		assertUsage(new String[] { "--year", "2021", "--input", "in", "--output", "out", "--password", "x" },
				"未知选项 --password");
	}

	@Test
	void checksFoldersAndRegionBeforeAnythingStarts() throws Exception {
		Path input = Files.createDirectory(this.folder.resolve("in"));
		Path output = this.folder.resolve("out");
		ConsolidateOptions missingInput = ConsolidateOptions.parse("--year", "2021", "--input",
				this.folder.resolve("nowhere").toString(), "--output", output.toString());
		assertThatExceptionOfType(UsageException.class).isThrownBy(missingInput::checkRunnable)
			.satisfies((ex) -> assertThat(ex.exitCode()).isEqualTo(ExitCodes.FOLDER_UNUSABLE))
			.withMessageContaining("报送文件夹不存在");
		ConsolidateOptions unknownRegion = ConsolidateOptions.parse("--year", "2021", "--input", input.toString(),
				"--output", output.toString(), "--region", "999999");
		assertThatExceptionOfType(UsageException.class).isThrownBy(unknownRegion::checkRunnable)
			.satisfies((ex) -> assertThat(ex.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS))
			.withMessageContaining("没有代码为 999999 的地区");
		ConsolidateOptions unitAsRegion = ConsolidateOptions.parse("--year", "2021", "--input", input.toString(),
				"--output", output.toString(), "--region", "440882105");
		assertThatExceptionOfType(UsageException.class).isThrownBy(unitAsRegion::checkRunnable)
			.withMessageContaining("企水镇");
		ConsolidateOptions fine = ConsolidateOptions.parse("--year", "2021", "--input", input.toString(), "--output",
				output.toString());
		assertThat(fine.checkRunnable().name()).isEqualTo("雷州市");
		assertThat(output).isDirectory();
	}

	private static void assertUsage(String[] args, String message) {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> ConsolidateOptions.parse(args))
			.satisfies((ex) -> assertThat(ex.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS))
			.withMessageStartingWith("参数错误：")
			.withMessageContaining(message);
	}

}
