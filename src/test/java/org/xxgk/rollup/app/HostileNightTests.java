package org.xxgk.rollup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.demo.DocxWriter;
import org.xxgk.rollup.demo.FormSpreadsheetWriter;
import org.xxgk.rollup.demo.WebTextWriter;
import org.xxgk.rollup.parse.HostileFiles;
import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

/**
 * One night over files that used to stop it (a figure the table cannot hold, NUL characters, a name that is not
 * UTF-8, a name and a path too long, a pipe, links dangling or leaving the folder, a formula saved without its value,
 * a file the job may not read): each gets its own outcome, the run exits 0, and the good files' figures are exactly
 * those of a night without the hostile files.
 */
@ExtendWith(TestDatabaseExtension.class)
class HostileNightTests {

	private static final String LONG_NAME = "很长的文件名".repeat(13) + ".docx";

	private static TestDatabase.Database database;

	@TempDir
	static Path temp;

	private static CommandRun hostile;

	private static CommandRun good;

	@BeforeAll
	static void twoNights(TestDatabase.Database goodNight, TestDatabase.Database hostileNight)
			throws IOException, InterruptedException {
		database = goodNight;
		Path goodInput = temp.resolve("good/2021");
		Path input = temp.resolve("hostile/2021");
		for (Path folder : List.of(goodInput, input)) {
			write(folder, "雷城街道/报告.txt", text("雷城街道"));
			write(folder, "西湖街道/报告.docx", DocxWriter.write(HostileCorpusJobTests.report("西湖街道"), false));
		}
		write(goodInput, "新城街道/报告.xlsx", FormSpreadsheetWriter.filledXlsx(HostileCorpusJobTests.report("新城街道")));
		write(goodInput, "白沙镇/报告.xlsx", FormSpreadsheetWriter.filledXlsx(HostileCorpusJobTests.report("白沙镇")));
		write(goodInput, "沈塘镇/报告.txt", text("沈塘镇"));
		write(goodInput, "杨家镇.txt", text("杨家镇"));
		write(goodInput, "唐家镇/报告.txt", text("唐家镇"));

		// every figure a formula saved without its value (as programs write them): computed, not read as 0
		write(input, "新城街道/报告.xlsx", rewriteXlsx(FormSpreadsheetWriter.filledXlsx(HostileCorpusJobTests.report("新城街道")),
				(xml) -> xml.replaceAll("<c r=\"([A-Z]+[0-9]+)\" s=\"([0-9]+)\" t=\"n\"><v>([0-9.]+)</v></c>",
						"<c r=\"$1\" s=\"$2\"><f>$3</f></c>")));
		// _x0000_ (a NUL) inside a label of an .xlsx, a NUL byte in a text's prose: dropped, nothing else changes
		write(input, "白沙镇/报告.xlsx", rewriteXlsx(FormSpreadsheetWriter.filledXlsx(HostileCorpusJobTests.report("白沙镇")),
				(xml) -> xml.replace("自然人", "自然_x0000_人")));
		String withNul = new String(text("沈塘镇"), StandardCharsets.UTF_8);
		int prose = withNul.indexOf("一、总体情况");
		write(input, "沈塘镇/报告.txt", (withNul.substring(0, prose + 8) + "\0" + withNul.substring(prose + 8))
			.getBytes(StandardCharsets.UTF_8));
		// a figure of 10^23: numeric overflow in the figure table
		write(input, "客路镇/报告.txt", WebTextWriter.write(HostileCorpusJobTests.report("客路镇")
			.withCell("proactive.licensing.decisions", "99999999999999999999999"), WebTextWriter.Shape.PIPE_ROWS)
			.getBytes(StandardCharsets.UTF_8));
		// 杨家镇.txt in GBK bytes, as a zip made on Windows unpacks
		write(temp, "杨家镇.txt", text("杨家镇"));
		shell("cp \"$0\" \"$1\"/$'\\xd1\\xee\\xbc\\xd2\\xd5\\xf2.txt'", temp.resolve("杨家镇.txt"), input);
		// a 3.4 KB relative path
		write(input, "唐家镇/" + ("深层文件夹".repeat(15) + "/").repeat(15) + "报告.txt", text("唐家镇"));
		// a 239-byte name on a file that cannot be read as a report: its letter's name must stay short
		write(input, LONG_NAME, HostileFiles.resource("random-bytes.docx"));
		shell("mkfifo \"$0\"", input.resolve("管道.txt"), input);
		Files.createSymbolicLink(input.resolve("断链.txt"), input.resolve("不存在.txt"));
		write(temp, "outside/企水镇.txt", text("企水镇"));
		Files.createSymbolicLink(input.resolve("企水镇.txt"), temp.resolve("outside/企水镇.txt"));
		if (!"root".equals(System.getProperty("user.name"))) {
			write(input, "纪家镇/报告.txt", text("纪家镇"));
			Files.setPosixFilePermissions(input.resolve("纪家镇/报告.txt"), PosixFilePermissions.fromString("---------"));
		}
		touchAll(goodInput);
		touchAll(input);

		good = CommandRun.inProcess("--year", "2021", "--input", goodInput.toString(), "--output",
				temp.resolve("out-good").toString(), "--db", database.url(), "--region", "440882");
		hostile = CommandRun.inProcess("--year", "2021", "--input", input.toString(), "--output",
				temp.resolve("out").toString(), "--db", hostileNight.url(), "--region", "440882");
	}

	@Test
	void theNightCompletesAndTheGoodFilesFiguresAreThoseOfAGoodNight() throws IOException {
		assertThat(good.exitCode()).as(good.err()).isZero();
		assertThat(hostile.exitCode()).as(hostile.err()).isZero();
		assertThat(Files.readAllBytes(temp.resolve("out/figures.csv")))
			.isEqualTo(Files.readAllBytes(temp.resolve("out-good/figures.csv")));
	}

	@Test
	void everyHostileFileHasItsOutcome() throws IOException {
		Map<String, String> status = new TreeMap<>();
		ExportedCsv.read(temp.resolve("out/submissions.csv")).rows().stream()
			.filter((row) -> !row.get("source_file").isEmpty())
			.forEach((row) -> status.put(shortName(row.get("source_file")), row.get("status") + " " + row.get("unit_name")));
		Map<String, Set<String>> rules = new TreeMap<>();
		ExportedCsv.read(temp.resolve("out/findings.csv")).rows().stream()
			.filter((row) -> !row.get("source_file").isEmpty())
			.forEach((row) -> rules.computeIfAbsent(shortName(row.get("source_file")), (file) -> new TreeSet<>())
				.add(row.get("rule")));
		Map<String, String> expected = new TreeMap<>(Map.of("雷城街道/报告.txt", "accepted 雷城街道", "西湖街道/报告.docx",
				"accepted 西湖街道", "新城街道/报告.xlsx", "accepted 新城街道", "白沙镇/报告.xlsx", "accepted 白沙镇",
				"沈塘镇/报告.txt", "accepted 沈塘镇", "客路镇/报告.txt", "rejected 客路镇", "杨家镇.txt",
				"accepted_with_warnings 杨家镇", "唐家镇/…", "accepted_with_warnings 唐家镇", LONG_NAME, "rejected ",
				"管道.txt", "rejected "));
		// a link or a file that cannot be read is its unit's file all the same, found by its name or folder
		expected.putAll(Map.of("断链.txt", "rejected ", "企水镇.txt", "rejected 企水镇"));
		if (!"root".equals(System.getProperty("user.name"))) {
			expected.put("纪家镇/报告.txt", "rejected 纪家镇");
		}
		assertThat(status).isEqualTo(expected);
		assertThat(rules).containsEntry("客路镇/报告.txt", Set.of("VALUE-OUT-OF-RANGE"))
			.containsEntry("杨家镇.txt", Set.of("FILE-NAME-INVALID"))
			.containsEntry("唐家镇/…", Set.of("FILE-NAME-INVALID"))
			.containsEntry(LONG_NAME, Set.of("FILE-UNREADABLE", "FILE-NAME-INVALID"))
			.containsEntry("管道.txt", Set.of("FILE-UNREADABLE"))
			.containsEntry("断链.txt", Set.of("FILE-UNREADABLE"))
			.containsEntry("企水镇.txt", Set.of("FILE-UNREADABLE"))
			.doesNotContainKeys("雷城街道/报告.txt", "新城街道/报告.xlsx", "白沙镇/报告.xlsx", "沈塘镇/报告.txt");
		assertThat(ExportedCsv.read(temp.resolve("out/findings.csv")).rows())
			.allSatisfy((row) -> assertThat(row.get("message")).doesNotContain("Exception", "Error"));
	}

	@Test
	void aUnitWhoseFileTheMachineCouldNotReadWaitsToBeReadAgainAndIsNotWrittenTo() throws IOException {
		// 企水镇.txt links outside the input folder: the county's folder is to blame, not the unit, which is neither
		// missing (a file is there) nor returned (there is nothing it could correct)
		assertThat(ExportedCsv.read(temp.resolve("out/submissions.csv")).rows())
			.filteredOn((row) -> row.get("unit_name").equals("企水镇"))
			.singleElement()
			.satisfies((row) -> assertThat(row.get("unit_status")).isEqualTo("pending"));
		assertThat(ExportedCsv.read(temp.resolve("out/findings.csv")).rows())
			.filteredOn((row) -> row.get("unit_name").equals("企水镇"))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.get("rule")).isEqualTo("FILE-UNREADABLE");
				assertThat(row.get("unit_status")).isEqualTo("pending");
				assertThat(row.get("message")).contains("指向输入文件夹之外的链接", "报送单位无需重新报送");
			});
		assertThat(temp.resolve("out/feedback/企水镇.html")).doesNotExist();
		assertThat(temp.resolve("out/feedback/未识别单位（管道.txt）.html")).doesNotExist();
		String page = Files.readString(temp.resolve("out/overview.html"));
		int group = page.indexOf("data-group=\"已收到，待重新读取\"");
		assertThat(page.substring(group, page.indexOf("</tr>", group))).contains("企水镇");
	}

	@Test
	void lettersHaveNamesTheFileSystemTakes() throws IOException {
		try (Stream<Path> letters = Files.list(temp.resolve("out/feedback"))) {
			List<String> names = letters.map((letter) -> letter.getFileName().toString()).toList();
			assertThat(names).hasSizeGreaterThan(5)
				.allSatisfy((name) -> assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255));
		}
	}

	/** The 3.4 KB path as its start (its key keeps the start and a hash). */
	private static String shortName(String path) {
		return path.startsWith("唐家镇/深层") ? "唐家镇/…" : path;
	}

	private static void write(Path input, String file, byte[] content) throws IOException {
		HostileCorpusJobTests.write(input, file, content);
	}

	private static byte[] text(String unit) {
		return WebTextWriter.write(HostileCorpusJobTests.report(unit), WebTextWriter.Shape.PIPE_ROWS)
			.getBytes(StandardCharsets.UTF_8);
	}

	/** The .xlsx with each XML part rewritten. */
	private static byte[] rewriteXlsx(byte[] xlsx, UnaryOperator<String> rewrite) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(entry.getName().endsWith(".xml")
						? rewrite.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
						: content);
			}
		}
		return out.toByteArray();
	}

	private static void shell(String script, Path first, Path second) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("bash", "-c", script, first.toString(), second.toString()).inheritIO()
			.start();
		assertThat(process.waitFor()).isZero();
	}

	private static void touchAll(Path input) throws IOException {
		FileTime onTime = FileTime.from(OffsetDateTime.parse("2022-01-10T09:00:00+08:00").toInstant());
		try (Stream<Path> files = Files.walk(input)) {
			for (Path file : files.filter(Files::isRegularFile).filter(Files::isReadable).toList()) {
				Files.setLastModifiedTime(file, onTime);
			}
		}
	}

}
