package org.xxgk.rollup.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A file the job's user may not read (chmod 000) is that file's FILE-UNREADABLE finding, and the night carries on;
 * the file is its unit's (by its name), which waits for it to be read again (pending) and is sent no letter.
 * Tests run as root, who reads any file; so the job runs as a child JVM without the capabilities that let root
 * ignore file permissions ({@code setpriv} drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH), which is what an
 * ordinary user is for this file, while it can still read the build's classes under /root.
 */
@ExtendWith(TestDatabaseExtension.class)
class UnreadableFileIT {

	@Test
	void aFileTheUserMayNotReadIsItsFindingAndTheRunCompletes(TestDatabase.Database database, @TempDir Path temp)
			throws Exception {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs setpriv (util-linux)");
		Path input = ChildRun.demoSet(temp.resolve("in"), (file) -> file.contains("雷城街道") || file.contains("东里镇"));
		Path locked = Files.createDirectories(input.resolve("覃斗镇")).resolve("覃斗镇2021年度报告.txt");
		Files.writeString(locked, "覃斗镇人民政府2021年度政府信息公开工作年度报告");
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
		Path output = temp.resolve("out");
		List<String> args = new java.util.ArrayList<>(List.of("--year", "2021", "--input", input.toString(),
				"--output", output.toString()));
		args.addAll(List.of(database.dbArguments()));
		ChildRun run = ChildRun.run(temp.resolve("logs"),
				List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"),
				Map.of("XXGK_DB_USER", database.user(), "XXGK_DB_PASSWORD", database.password()),
				args.toArray(String[]::new));
		assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
		assertThat(run.err()).isEmpty();
		assertThat(run.out()).contains("收到文件 3 个（本次解析 3 个，其余未变）：通过 2，通过但有警告 0，退回修改 0，待重新读取 1；没有有效报告的单位 19 个");
		List<String> findings = Files.readAllLines(output.resolve("findings.csv"), StandardCharsets.UTF_8);
		assertThat(findings).filteredOn((line) -> line.contains("覃斗镇/"))
			.singleElement()
			.asString()
			// its unit, by its name: received, waiting to be read again, nothing for the unit to do
			.isEqualTo("2021,440882116,覃斗镇,pending,覃斗镇/覃斗镇2021年度报告.txt,FILE-UNREADABLE,error,,下次运行时重新读取,"
					+ "运行汇总的用户没有读取该文件的权限,文件已收到，本次未能读取：运行汇总的用户没有读取该文件的权限。"
					+ "这不是报送单位的问题，请系统管理员处理；下次运行时会重新读取，报送单位无需重新报送。,,");
		assertThat(Files.readAllLines(output.resolve("submissions.csv"), StandardCharsets.UTF_8))
			.filteredOn((line) -> line.contains("覃斗镇"))
			.singleElement()
			.asString()
			.isEqualTo("2021,440882116,覃斗镇,覃斗镇/覃斗镇2021年度报告.txt,,,rejected,pending,");
		// neither a reminder (a file arrived) nor a return letter (there is nothing the unit could correct)
		assertThat(output.resolve("feedback/覃斗镇.html")).doesNotExist();
	}

}
