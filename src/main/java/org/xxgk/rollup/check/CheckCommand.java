package org.xxgk.rollup.check;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code jobs/check <file or folder>… [--year 2024] [--csv figures.csv]}: reads each report as the nightly job would
 * and prints what was read — its title, unit, year and form, every figure under the form's own table, row and column
 * words, and every finding with its rule, place, expected and actual values — without a database or a registry, so a
 * clerk can look at a report before it is sent, and anyone can try the reader on a report from anywhere. The unit is
 * the one the report names itself (the nightly job matches it to the registry instead). Exit codes: 0 every file
 * passes (warnings allowed), 1 some file has an error or cannot be read, 2 bad arguments, 4 a file cannot be read
 * from disk or the CSV cannot be written.
 */
public final class CheckCommand {

	private static final String USAGE = "用法：jobs/check <报告文件或文件夹>… [--year <报告年度>] [--csv <输出文件.csv>]";

	private CheckCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		List<Path> inputs = new ArrayList<>();
		Integer year = null;
		Path csv = null;
		try {
			for (int i = 0; i < args.length; i++) {
				String value = (i + 1 < args.length) ? args[i + 1] : null;
				switch (args[i]) {
					case "--year" -> {
						year = year(required(args[i], value));
						i++;
					}
					case "--csv" -> {
						csv = Path.of(required(args[i], value));
						i++;
					}
					default -> {
						if (args[i].startsWith("--")) {
							throw new IllegalArgumentException("未知参数 " + args[i]);
						}
						inputs.add(Path.of(args[i]));
					}
				}
			}
			if (inputs.isEmpty()) {
				throw new IllegalArgumentException("没有指定要检查的报告文件");
			}
			for (Path input : inputs) {
				if (!Files.exists(input)) {
					throw new IllegalArgumentException("找不到文件或文件夹 " + input);
				}
			}
		}
		catch (IllegalArgumentException ex) {
			err.println("xxgk-rollup: " + ex.getMessage());
			err.println(USAGE);
			return 2;
		}
		ReportCheck check = new ReportCheck(year);
		List<CheckedFile> results = new ArrayList<>();
		try {
			for (Path file : files(inputs)) {
				CheckedFile result = check.check(file);
				results.add(result);
				CheckPrinter.print(result, out);
			}
		}
		catch (UncheckedIOException ex) {
			err.println("xxgk-rollup: 无法读取文件：" + ex.getCause().getMessage());
			return 4;
		}
		CheckPrinter.summary(results, out);
		if (csv != null) {
			try {
				Files.writeString(csv, FigureCsv.of(results), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				err.println("xxgk-rollup: 无法写入 " + csv + "：" + ex.getMessage());
				return 4;
			}
			out.println("各数字已写入 " + csv);
		}
		return results.stream().allMatch(CheckedFile::passes) ? 0 : 1;
	}

	/** The files named, and those under the folders named, in name order; hidden files and Office lock files left out. */
	private static List<Path> files(List<Path> inputs) {
		List<Path> files = new ArrayList<>();
		for (Path input : inputs) {
			if (!Files.isDirectory(input)) {
				files.add(input);
				continue;
			}
			try (Stream<Path> tree = Files.walk(input)) {
				tree.filter(Files::isRegularFile).filter((path) -> !ignored(input.relativize(path))).sorted().forEach(files::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return files;
	}

	private static boolean ignored(Path relative) {
		for (Path part : relative) {
			String name = part.toString();
			if (name.startsWith(".") || name.startsWith("~$")) {
				return true;
			}
		}
		return false;
	}

	private static int year(String value) {
		try {
			int year = Integer.parseInt(value);
			if (year < 2008 || year > LocalDate.now().getYear()) {
				throw new IllegalArgumentException("--year 应为 2008 至今的年份，而不是 " + value);
			}
			return year;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--year 应为年份（如 2024），而不是 " + value);
		}
	}

	private static String required(String option, String value) {
		if (value == null || value.startsWith("--")) {
			throw new IllegalArgumentException(option + " 缺少取值");
		}
		return value;
	}

}
