package org.xxgk.rollup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.demo.DocxWriter;
import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.WebTextWriter;
import org.xxgk.rollup.parse.HostileFiles;
import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

/**
 * A file that was received but yields no report (a scan without text, a damaged .docx) is its unit's file, found by
 * the file's name or folder: the unit is 退回修改 with the file's finding and a letter saying the file arrived, why it
 * cannot be read and what to send instead, never 未报送 with a reminder that nothing arrived. Every output says so
 * alike. An unreadable file beside a good report is no second report; a file naming no unit stays unmatched.
 */
@ExtendWith(TestDatabaseExtension.class)
class UnreadableSubmissionTests {

	@TempDir
	static Path temp;

	private static CommandRun run;

	private static Path output;

	@BeforeAll
	static void night(TestDatabase.Database database) throws IOException {
		Path input = temp.resolve("2021");
		// a scan named for its unit, at the top of the folder
		write(input, "覃斗镇2021年报.pdf", HostileFiles.scannedPdf());
		// a damaged .docx in the unit's folder
		write(input, "东里镇/报告.docx", HostileFiles.resource("random-bytes.docx"));
		// a scan beside a good .docx
		write(input, "雷城街道/扫描件.pdf", HostileFiles.scannedPdf());
		write(input, "雷城街道/报告.docx", DocxWriter.write(HostileCorpusJobTests.report("雷城街道"), false));
		// two unreadable files of one unit
		write(input, "南兴镇/报告.pdf", HostileFiles.scannedPdf());
		write(input, "南兴镇/报告.docx", HostileFiles.resource("random-bytes.docx"));
		// readable reports whose title and text name no unit: the file name does, the folder does, neither does
		write(input, "其他/唐家镇.txt", anonymous("唐家镇"));
		write(input, "雷高镇/报告.txt", anonymous("雷高镇"));
		write(input, "其他/报告.txt", anonymous("调风镇"));
		// an unreadable file naming no unit
		write(input, "其他/扫描.pdf", HostileFiles.scannedPdf());
		FileTime onTime = FileTime.from(OffsetDateTime.parse("2022-01-10T09:00:00+08:00").toInstant());
		try (Stream<Path> files = Files.walk(input)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.setLastModifiedTime(file, onTime);
			}
		}
		output = temp.resolve("out");
		run = CommandRun.inProcess("--year", "2021", "--input", input.toString(), "--output", output.toString(), "--db",
				database.url(), "--region", "440882");
	}

	@Test
	void everyFileHasItsUnitAndEveryUnitItsOneStatus() throws IOException {
		assertThat(run.exitCode()).as(run.err()).isZero();
		Map<String, String> files = new TreeMap<>();
		Map<String, String> units = new TreeMap<>();
		for (Map<String, String> row : ExportedCsv.read(output.resolve("submissions.csv")).rows()) {
			if (!row.get("source_file").isEmpty()) {
				files.put(row.get("source_file"), row.get("unit_name") + " " + row.get("status"));
			}
			units.put(row.get("unit_name"), row.get("unit_status"));
		}
		assertThat(files).isEqualTo(new TreeMap<>(Map.of("覃斗镇2021年报.pdf", "覃斗镇 rejected", "东里镇/报告.docx",
				"东里镇 rejected", "雷城街道/扫描件.pdf", "雷城街道 rejected", "雷城街道/报告.docx", "雷城街道 accepted",
				"南兴镇/报告.pdf", "南兴镇 rejected", "南兴镇/报告.docx", "南兴镇 rejected", "其他/唐家镇.txt",
				"唐家镇 accepted_with_warnings", "其他/扫描.pdf", " rejected", "雷高镇/报告.txt", "雷高镇 accepted_with_warnings",
				"其他/报告.txt", " rejected")));
		assertThat(units).containsEntry("覃斗镇", "rejected")
			.containsEntry("东里镇", "rejected")
			.containsEntry("雷城街道", "accepted")
			.containsEntry("南兴镇", "rejected")
			.containsEntry("", "")
			.containsEntry("企水镇", "missing");
	}

	@Test
	void findingsBelongToTheUnitAndNoneSaysNothingArrived() throws IOException {
		Map<String, List<String>> rules = new TreeMap<>();
		for (Map<String, String> row : ExportedCsv.read(output.resolve("findings.csv")).rows()) {
			rules.computeIfAbsent(row.get("unit_name") + " " + row.get("unit_status") + " " + row.get("source_file"),
					(key) -> new java.util.ArrayList<>())
				.add(row.get("rule"));
		}
		assertThat(rules).containsEntry("覃斗镇 rejected 覃斗镇2021年报.pdf", List.of("FILE-UNREADABLE"))
			.containsEntry("东里镇 rejected 东里镇/报告.docx", List.of("FILE-UNREADABLE"))
			.containsEntry("雷城街道 accepted 雷城街道/扫描件.pdf", List.of("FILE-UNREADABLE"))
			.containsEntry("南兴镇 rejected 南兴镇/报告.pdf", List.of("FILE-UNREADABLE"))
			.containsEntry("南兴镇 rejected 南兴镇/报告.docx", List.of("FILE-UNREADABLE"))
			.containsEntry("  其他/扫描.pdf", List.of("FILE-UNREADABLE"))
			.containsEntry("企水镇 missing ", List.of("SUBMISSION-MISSING"))
			.containsEntry("  其他/报告.txt", List.of("UNIT-UNKNOWN", "SECTION-FIVE-EMPTY", "FEE-SECTION-SILENT"))
			.doesNotContainKeys("雷城街道 accepted 雷城街道/报告.docx")
			.allSatisfy((key, found) -> assertThat(found).doesNotContain("DUPLICATE-SUBMISSION"));
		assertThat(rules.entrySet().stream().filter((entry) -> entry.getValue().contains("UNIT-UNKNOWN")).map(Map.Entry::getKey))
			.as("only where title, file name and folder all fail")
			.containsExactly("  其他/报告.txt");
		assertThat(rules.keySet()).noneMatch((key) -> key.startsWith("覃斗镇 ") && key.endsWith(" "))
			.noneMatch((key) -> key.startsWith("东里镇 missing") || key.startsWith("南兴镇 missing"));
		assertThat(ExportedCsv.read(output.resolve("findings.csv")).rows())
			.filteredOn((row) -> row.get("source_file").equals("覃斗镇2021年报.pdf"))
			.singleElement()
			.satisfies((row) -> assertThat(row.get("message")).startsWith("文件已收到，但无法读取：PDF文件中没有可读取的文字（可能是扫描件或图片）"));
	}

	@Test
	void theLetterSaysTheFileArrivedWhyItCannotBeReadAndWhatToSend() throws IOException {
		String scan = Files.readString(output.resolve("feedback/覃斗镇.html"));
		assertThat(scan).contains("关于退回修改2021年度政府信息公开工作年度报告的通知", "《覃斗镇2021年报.pdf》（2022年1月10日 09:00收到）已收到，但无法读取",
				"扫描件", "请改为报送可以复制文字的电子文件")
			.doesNotContain("尚未收到", "勾稽");
		String two = Files.readString(output.resolve("feedback/南兴镇.html"));
		assertThat(two).contains("《南兴镇/报告.docx》", "《南兴镇/报告.pdf》", "已收到，但无法读取", "扫描件")
			.doesNotContain("尚未收到", "重复报送");
		assertThat(output.resolve("feedback/雷城街道.html")).as("accepted: no letter").doesNotExist();
		assertThat(Files.readString(output.resolve("feedback/企水镇.html"))).contains("尚未收到贵单位的");
		String unmatched = Files.readString(output.resolve("feedback/未识别单位（其他_扫描.pdf）.html"));
		assertThat(unmatched).contains("报送文件《其他/扫描.pdf》的单位", "收到的上述文件无法读取，文件名和所在文件夹也没有写明单位");
	}

	@Test
	void thePageAndTheWorkbookShowTheSameStatus() throws IOException {
		String page = Files.readString(output.resolve("overview.html"));
		assertThat(row(page, "data-group=\"退回修改\"")).contains("东里镇", "南兴镇", "覃斗镇").doesNotContain("雷城街道");
		assertThat(row(page, "data-group=\"未报送\"")).doesNotContain("覃斗镇", "东里镇", "南兴镇");
		assertThat(page).contains("未识别单位（其他/扫描.pdf）");
		Map<String, String> status = new TreeMap<>();
		try (InputStream in = Files.newInputStream(output.resolve("consolidated.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet units = workbook.getSheet("各单位主要数据");
			for (Row row : units) {
				if (row.getCell(1) != null && row.getCell(2) != null) {
					status.put(row.getCell(1).toString(), row.getCell(2).toString());
				}
			}
		}
		assertThat(status).containsEntry("覃斗镇", "退回修改")
			.containsEntry("南兴镇", "退回修改")
			.containsEntry("雷城街道", "通过")
			.containsEntry("企水镇", "未报送");
	}

	/** The table row of the page that holds {@code marker}. */
	private static String row(String page, String marker) {
		int start = page.indexOf(marker);
		assertThat(start).as(marker).isNotNegative();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	/** The unit's report as text, with a title and a body that name no unit. */
	private static byte[] anonymous(String unit) {
		GeneratedReport report = HostileCorpusJobTests.report(unit);
		return WebTextWriter.write(new GeneratedReport("2021年度政府信息公开工作年度报告", "", report.year(),
				report.template(), report.cells(), Map.of()), WebTextWriter.Shape.PIPE_ROWS)
			.getBytes(StandardCharsets.UTF_8);
	}

	private static void write(Path input, String file, byte[] content) throws IOException {
		HostileCorpusJobTests.write(input, file, content);
	}

}
