package org.xxgk.rollup.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jobs/check} on the real reports of ../shared/real, as published. */
class CheckCommandTests {

	private static final Path REAL = Path.of("..", "shared", "real");

	private static final String HUAIAN = "淮安市人民政府2024年政府信息公开工作年度报告.pdf";

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void theRealPdfPassesAndItsCsvHoldsEveryTranscribedFigure() throws IOException {
		Path csv = this.temp.resolve("figures.csv");
		int exit = run(REAL.resolve(HUAIAN).toString(), "--csv", csv.toString());

		assertThat(exit).isZero();
		assertThat(printed()).contains("结果：通过（0 个错误，0 个警告）", "单位（按报告所写）：淮安市人民政府",
				"年度：2024（按 2024 年度检查）", "找到的表格：表二、表三、表四", "  规章 / 本年制发件数：1\n",
				"  行政规范性文件 / 本年废止件数：26\n", "共检查 1 个文件：通过 1");
		Map<String, Object> metrics = JsonPath.read(Files.readString(REAL.resolve("huaian-city-2024.json")), "$.metrics");
		Map<String, String[]> rows = csvRows(csv);
		assertThat(rows.keySet()).containsAll(metrics.keySet());
		metrics.forEach((code, value) -> {
			String[] row = rows.get(code);
			assertThat(row[1]).as(code).isEqualTo("通过");
			if (value == null) {
				assertThat(row[5]).as(code).isEmpty();
			}
			else {
				assertThat(new BigDecimal(row[5])).as(code).isEqualByComparingTo(new BigDecimal(value.toString()));
			}
		});
	}

	@Test
	void aFolderGivesEachFileItsOutcomeAndAnUnreadableOneFailsTheRun() throws IOException {
		Files.copy(REAL.resolve("沭阳县人民政府2025年政府信息公开工作年度报告.ocr.md"), this.temp.resolve("沭阳.ocr.md"));
		Files.copy(REAL.resolve("README.md"), this.temp.resolve("说明.md"));
		Files.writeString(this.temp.resolve("~$锁定文件.docx"), "lock");

		int exit = run(this.temp.toString());

		assertThat(exit).isEqualTo(1);
		assertThat(printed()).contains("说明.md\n结果：无法读取（1 个错误，0 个警告）", "[错误] FILE-UNREADABLE",
				"沭阳.ocr.md\n结果：通过（0 个错误，0 个警告）", "单位（按报告所写）：沐阳县人民政府",
				"共检查 2 个文件：通过 1，无法读取 1")
			.doesNotContain("锁定文件");
	}

	@Test
	void aYearAskedForThatTheReportIsNotOfIsAnError() throws IOException {
		int exit = run(REAL.resolve(HUAIAN).toString(), "--year", "2025");

		assertThat(exit).isEqualTo(1);
		assertThat(printed()).contains("结果：退回修改", "[错误] YEAR-MISMATCH", "年度：2024（按 2025 年度检查）");
	}

	@Test
	void theBlankFormAsCirculatedIsOneErrorNotAReportOfZeros() {
		int exit = run(REAL.resolve("政府信息公开工作年度报告模板-2021版.docx").toString());

		assertThat(exit).isEqualTo(1);
		assertThat(printed()).contains("结果：退回修改（1 个错误，0 个警告）", "[错误] FORM-BLANK 表格未填写：表二、表三、表四；应为：填写的数字；实际：全部空白（200 格）",
				"  规章 / 本年制发件数：（空白）\n");
	}

	@Test
	void badArgumentsSayWhatIsWrong() {
		assertThat(run()).isEqualTo(2);
		assertThat(run("--year", "去年", REAL.resolve(HUAIAN).toString())).isEqualTo(2);
		assertThat(run(this.temp.resolve("没有这个文件.pdf").toString())).isEqualTo(2);
		assertThat(run("--output", "x")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("没有指定要检查的报告文件", "--year 应为年份（如 2024），而不是 去年",
				"找不到文件或文件夹", "未知参数 --output", "用法：jobs/check");
	}

	private int run(String... args) {
		return CheckCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String printed() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	/** The CSV's rows by metric code (no field of these reports holds a comma or a quote). */
	private static Map<String, String[]> csvRows(Path csv) throws IOException {
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertThat(lines.get(0)).isEqualTo("\uFEFFfile,outcome,metric,table,label,value,printed,state");
		Map<String, String[]> rows = new HashMap<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split(",", -1);
			assertThat(fields).hasSize(8);
			rows.put(fields[2], fields);
		}
		return rows;
	}

}
