package org.xxgk.rollup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.demo.DocxWriter;
import org.xxgk.rollup.demo.FormSpreadsheetWriter;
import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.HtmlPageWriter;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.demo.WebTextWriter;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.parse.HostileFiles;
import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

/**
 * The whole job over the hostile corpus next to good files in every format: each hostile file ends as one submission
 * with its expected rule, the good ones are accepted, and the run completes (exit 0).
 */
@ExtendWith(TestDatabaseExtension.class)
class HostileCorpusJobTests {

	private static TestDatabase.Database database;

	@BeforeAll
	static void database(TestDatabase.Database classDatabase) {
		database = classDatabase;
	}

	@Test
	void everyHostileFileGetsItsFindingAndTheRestIsAccepted(@TempDir Path temp) throws IOException {
		Path input = temp.resolve("2021");
		// hostile
		write(input, "东里镇/报告.docx", HostileFiles.resource("empty.docx"));
		write(input, "乌石镇/报告.docx", HostileFiles.resource("random-bytes.docx"));
		write(input, "北和镇/报告.docx", HostileFiles.zipBomb(64L * 1024 * 1024));
		write(input, "南兴镇/报告.docx", HostileFiles.xxeDocx(report("南兴镇")));
		write(input, "唐家镇/报告.docx", HostileFiles.passwordProtectedDocx(report("唐家镇")));
		HostileFiles.sparseFile(input.resolve("客路镇/报告.txt"), 200L * 1024 * 1024);
		write(input, "新城街道/报告.txt", text(withoutTableThree(WebTextWriter.write(report("新城街道"),
				WebTextWriter.Shape.PIPE_ROWS))));
		write(input, "杨家镇/报告.txt", text(WebTextWriter.write(report("杨家镇"), WebTextWriter.Shape.PIPE_ROWS)
			.replace("行政许可 |", "其他事项 | 5 |  | \n行政许可 |")));
		write(input, "松竹镇/报告.txt", text(WebTextWriter.write(report("松竹镇").withCell("proactive.licensing.decisions",
				"十二"), WebTextWriter.Shape.PIPE_ROWS)));
		write(input, "沈塘镇/报告.txt", text(WebTextWriter.write(report("沈塘镇").withCell("proactive.licensing.decisions",
				report("沈塘镇").cells().get("proactive.licensing.decisions") + "件"), WebTextWriter.Shape.PIPE_ROWS)));
		// named for 白沙镇, written by 纪家镇: counted for 纪家镇
		write(input, "白沙镇.html", HtmlPageWriter.write(report("纪家镇")).getBytes(StandardCharsets.UTF_8));
		write(input, "英利镇/报告一.docx", DocxWriter.write(report("英利镇"), true));
		write(input, "英利镇/报告二.xlsx", FormSpreadsheetWriter.filledXlsx(report("英利镇")
			.withCell("proactive.licensing.decisions", "99")));
		write(input, "附城镇/报告.xhtml", HostileFiles.xxeHtml(report("附城镇")));
		// good, one per format
		write(input, "雷城街道/报告.docx", DocxWriter.write(report("雷城街道"), false));
		write(input, "雷高镇/报告.xlsx", FormSpreadsheetWriter.filledXlsx(report("雷高镇")));
		write(input, "龙门镇/报告.csv", FormSpreadsheetWriter.filledCsv(report("龙门镇")));
		write(input, "调风镇/报告.txt", text(WebTextWriter.write(report("调风镇"), WebTextWriter.Shape.CELL_PER_LINE)));
		touchAll(input);

		Path output = temp.resolve("out");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		List<String> arguments = new ArrayList<>(List.of("--year", "2021", "--input", input.toString(), "--output",
				output.toString()));
		arguments.addAll(List.of(database.dbArguments()));
		int exitCode = XxgkRollupApplication.run(arguments.toArray(String[]::new), new PrintStream(
				new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exitCode).as(err.toString(StandardCharsets.UTF_8)).isZero();

		Map<String, String> status = new TreeMap<>();
		ExportedCsv.read(output.resolve("submissions.csv")).rows().stream()
			.filter((row) -> !row.get("source_file").isEmpty())
			.forEach((row) -> status.put(row.get("source_file"), row.get("status")));
		Map<String, Set<String>> rules = new TreeMap<>();
		ExportedCsv.read(output.resolve("findings.csv")).rows().stream()
			.filter((row) -> !row.get("source_file").isEmpty() && !row.get("rule").equals("SUBMISSION-MISSING"))
			.forEach((row) -> rules.computeIfAbsent(row.get("source_file"), (file) -> new TreeSet<>())
				.add(row.get("rule")));

		Map<String, String> expectedStatus = new TreeMap<>();
		Map<String, Set<String>> expectedRules = new TreeMap<>();
		expect(expectedStatus, expectedRules, "东里镇/报告.docx", "rejected", "FILE-UNREADABLE");
		expect(expectedStatus, expectedRules, "乌石镇/报告.docx", "rejected", "FILE-UNREADABLE");
		expect(expectedStatus, expectedRules, "北和镇/报告.docx", "rejected", "FILE-TOO-LARGE");
		expect(expectedStatus, expectedRules, "南兴镇/报告.docx", "rejected", "FILE-UNREADABLE");
		expect(expectedStatus, expectedRules, "唐家镇/报告.docx", "rejected", "FILE-UNREADABLE");
		expect(expectedStatus, expectedRules, "客路镇/报告.txt", "rejected", "FILE-TOO-LARGE");
		expect(expectedStatus, expectedRules, "新城街道/报告.txt", "rejected", "TABLE-MISSING");
		expect(expectedStatus, expectedRules, "杨家镇/报告.txt", "accepted_with_warnings", "LABEL-UNEXPECTED");
		expect(expectedStatus, expectedRules, "松竹镇/报告.txt", "rejected", "CELL-NOT-NUMBER");
		expect(expectedStatus, expectedRules, "沈塘镇/报告.txt", "accepted_with_warnings", "CELL-COUNT-UNIT");
		expect(expectedStatus, expectedRules, "白沙镇.html", "accepted_with_warnings", "UNIT-NAME-CONFLICT");
		expect(expectedStatus, expectedRules, "英利镇/报告一.docx", "rejected", "DUPLICATE-SUBMISSION");
		expect(expectedStatus, expectedRules, "英利镇/报告二.xlsx", "rejected", "DUPLICATE-SUBMISSION");
		expect(expectedStatus, expectedRules, "附城镇/报告.xhtml", "accepted", null);
		expect(expectedStatus, expectedRules, "雷城街道/报告.docx", "accepted", null);
		expect(expectedStatus, expectedRules, "雷高镇/报告.xlsx", "accepted", null);
		expect(expectedStatus, expectedRules, "龙门镇/报告.csv", "accepted", null);
		expect(expectedStatus, expectedRules, "调风镇/报告.txt", "accepted", null);
		assertThat(status).isEqualTo(expectedStatus);
		assertThat(rules).isEqualTo(expectedRules);

		ExportedCsv.read(output.resolve("findings.csv")).rows().stream()
			.filter((row) -> row.get("source_file").equals("唐家镇/报告.docx"))
			.forEach((row) -> assertThat(row.get("message")).contains("密码"));
		ExportedCsv.read(output.resolve("submissions.csv")).rows().stream()
			.filter((row) -> row.get("source_file").equals("白沙镇.html"))
			.forEach((row) -> assertThat(row.get("unit_name")).isEqualTo("纪家镇"));
	}

	private static void expect(Map<String, String> status, Map<String, Set<String>> rules, String file,
			String expectedStatus, String rule) {
		status.put(file, expectedStatus);
		if (rule != null) {
			rules.put(file, Set.of(rule));
		}
	}

	/** A correct year-2021 report of a township: consistent figures, no 规章, prose of its own. */
	static GeneratedReport report(String unit) {
		Map<String, BigDecimal> figures = new TreeMap<>(
				SampleFigures.consistent(Template.V2021, new Random(unit.hashCode()), 4));
		figures.replaceAll((code, value) -> code.startsWith("proactive.rules.") ? BigDecimal.ZERO : value);
		String fullName = "雷州市" + unit + (unit.endsWith("街道") ? "办事处" : "人民政府");
		return GeneratedReport.of(fullName, 2021, Template.V2021, figures);
	}

	private static String withoutTableThree(String text) {
		int three = text.indexOf("三、收到和处理政府信息公开申请情况");
		int four = text.indexOf("四、政府信息公开行政复议、行政诉讼情况");
		return text.substring(0, three) + "三、收到和处理政府信息公开申请情况\n（表格为图片，未能复制）\n\n" + text.substring(four);
	}

	private static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static void write(Path input, String file, byte[] content) throws IOException {
		Path path = input.resolve(file);
		Files.createDirectories(path.getParent());
		Files.write(path, content);
	}

	private static void touchAll(Path input) throws IOException {
		FileTime onTime = FileTime.from(OffsetDateTime.parse("2022-01-10T09:00:00+08:00").toInstant());
		try (var files = Files.walk(input)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.setLastModifiedTime(file, onTime);
			}
		}
	}

}
