package org.xxgk.rollup.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A disk that fills up while the outputs are written: a real file system of a few kilobytes (tmpfs, mounted by the
 * test, which needs root) as the output folder. The run exits 4 with one line naming the file that did not fit, and
 * leaves no piece of it; with room again, the same command completes. Skipped, with the reason, where mounting is
 * not possible.
 */
@ExtendWith(TestDatabaseExtension.class)
class OutputDiskFullIT {

	private static final Pattern FAILED = Pattern.compile(
			"xxgk-rollup: 无法写入输出文件 (.+)：磁盘已满（No space left on device）；该文件没有写出半截，数据库中的结果已保存，腾出空间或改正权限后再次运行同一命令即可\\R");

	private static TestDatabase.Database database;

	@TempDir
	static Path shared;

	private static Path input;

	@BeforeAll
	static void demoSet(TestDatabase.Database classDatabase) throws IOException {
		database = classDatabase;
		input = ChildRun.demoSet(shared.resolve("in"), (file) -> true);
	}

	/**
	 * 64 KB: figures.csv (the COPY from PostgreSQL) does not fit; 520 KB: the CSVs fit, the review outputs do not. The
	 * export and the review write side by side, so which file the disk refuses first depends on which of the two got
	 * there first: the one named is whichever it was, and no part of it is left.
	 */
	@ParameterizedTest(name = "{0} free")
	@CsvSource({ "64k", "520k" })
	void aFullDiskIsExitFourNamingTheFileAndLeavesNoPartOfIt(String size, @TempDir Path temp) throws Exception {
		Path output = Files.createDirectories(temp.resolve("out"));
		mount(size, output);
		try {
			CommandRun full = CommandRun.inProcess(args(output));
			assertThat(full.exitCode()).as(full.err()).isEqualTo(ExitCodes.FOLDER_UNUSABLE);
			Matcher line = FAILED.matcher(full.err());
			assertThat(line.matches()).as(full.err()).isTrue();
			Path file = Path.of(line.group(1));
			assertThat(file.getParent().startsWith(output)).isTrue();
			assertThat(file).as("no part of the file that did not fit").doesNotExist();
			assertThat(ChildRun.partialFiles(output)).isEmpty();
		}
		finally {
			umount(output);
		}
		CommandRun roomAgain = CommandRun.inProcess(args(output));
		assertThat(roomAgain.exitCode()).as(roomAgain.err()).isZero();
		assertThat(output.resolve("figures.csv")).isNotEmptyFile();
		assertThat(output.resolve("overview.html")).isNotEmptyFile();
	}

	private static void mount(String size, Path folder) throws IOException, InterruptedException {
		Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "xxgk-disk-full-test",
				folder.toString()).redirectErrorStream(true).start();
		String printed = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		int exit = mount.waitFor();
		if (exit != 0) {
			System.out.println("OutputDiskFullIT skipped: cannot mount a tmpfs (needs root): " + printed);
		}
		assumeTrue(exit == 0, () -> "cannot mount a tmpfs (needs root): " + printed);
	}

	private static void umount(Path folder) throws IOException, InterruptedException {
		Process umount = new ProcessBuilder("umount", folder.toString()).inheritIO().start();
		assertThat(umount.waitFor()).isZero();
	}

	private static String[] args(Path output) {
		List<String> args = new java.util.ArrayList<>(List.of("--year", "2021", "--input", input.toString(),
				"--output", output.toString()));
		args.addAll(List.of(database.dbArguments()));
		return args.toArray(String[]::new);
	}

}
