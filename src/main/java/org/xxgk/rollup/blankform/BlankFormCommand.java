package org.xxgk.rollup.blankform;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.xxgk.rollup.model.Template;

/**
 * {@code jobs/blank-form --template 2021 --output form.xlsx [--year 2021]}: writes the blank structured form a county
 * hands to its townships (see {@link FormWorkbook}); filled in, it is read back by the job like any report.
 * Exit codes: 0 written, 2 bad arguments, 4 the file cannot be written.
 */
public final class BlankFormCommand {

	private static final String USAGE = "用法：jobs/blank-form --template 2019|2021 --output <文件.xlsx> [--year <报告年度>]";

	private BlankFormCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		Template template = null;
		Path output = null;
		Integer year = null;
		try {
			for (int i = 0; i < args.length; i++) {
				String value = (i + 1 < args.length) ? args[i + 1] : null;
				switch (args[i]) {
					case "--template" -> template = switch (required(value)) {
						case "2019" -> Template.V2019;
						case "2021" -> Template.V2021;
						default -> throw new IllegalArgumentException("--template 只能是 2019 或 2021");
					};
					case "--output" -> output = Path.of(required(value));
					case "--year" -> year = Integer.valueOf(required(value));
					default -> throw new IllegalArgumentException("未知参数 " + args[i]);
				}
				i++;
			}
			if (template == null || output == null) {
				throw new IllegalArgumentException("缺少 --template 或 --output");
			}
		}
		catch (IllegalArgumentException ex) {
			err.println("xxgk-rollup: " + ex.getMessage());
			err.println(USAGE);
			return 2;
		}
		int reportYear = (year != null) ? year : LocalDate.now().getYear() - 1;
		try {
			Path parent = output.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.write(output, FormWorkbook.blankXlsx(template, reportYear));
		}
		catch (IOException ex) {
			err.println("xxgk-rollup: 无法写入 " + output + "：" + ex.getMessage());
			return 4;
		}
		out.println("已生成" + reportYear + "年度报告空白表（" + ((template == Template.V2021) ? "2021" : "2019") + "年版模板）："
				+ output);
		return 0;
	}

	private static String required(String value) {
		if (value == null || value.startsWith("--")) {
			throw new IllegalArgumentException("参数缺少取值");
		}
		return value;
	}

}
