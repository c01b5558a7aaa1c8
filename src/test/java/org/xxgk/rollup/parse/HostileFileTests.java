package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.xxgk.rollup.demo.FormSpreadsheetWriter;
import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.LegacyDocWriter;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.demo.WebTextWriter;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.SourceFile;
import org.xxgk.rollup.model.Template;

/** Each hostile file of the corpus gives its one expected outcome from the parser, never a crash. */
class HostileFileTests {

	private static final SourceFile SOURCE = SeedReportTests.source("report.docx", "调风镇");

	private static final GeneratedReport REPORT = GeneratedReport.of("雷州市调风镇人民政府", 2021, Template.V2021,
			SampleFigures.consistent(Template.V2021, new Random(3), 4));

	private final SubmissionParser parser = new SubmissionParser(10L * 1024 * 1024);

	@Test
	void zeroBytes() {
		assertThatExceptionOfType(UnreadableReportException.class)
			.isThrownBy(() -> this.parser.parse(SOURCE, HostileFiles.resource("empty.docx")))
			.withMessage("文件为空，没有可读取的内容");
	}

	@Test
	void randomBytesNamedDocxAreADamagedWordFile() {
		assertThatExceptionOfType(UnreadableReportException.class)
			.isThrownBy(() -> this.parser.parse(SOURCE, HostileFiles.resource("random-bytes.docx")))
			.withMessage("文件已损坏（文件名是 .docx，但内容无法作为Word文档打开，可能下载或复制不完整）。"
					+ "请在电脑上打开确认，重新保存或导出后再报送");
		assertThatExceptionOfType(UnreadableReportException.class)
			.isThrownBy(() -> this.parser.parse(SeedReportTests.source("年报.PDF", "调风镇"),
					HostileFiles.resource("random-bytes.docx")))
			.withMessageStartingWith("文件已损坏（文件名是 .pdf，但内容无法作为PDF文件打开");
	}

	@Test
	void randomBytesNamedAsTextOrNothingAreAnUnknownEncoding() {
		for (String name : List.of("report.txt", "report")) {
			assertThatExceptionOfType(UnreadableReportException.class)
				.isThrownBy(() -> this.parser.parse(SeedReportTests.source(name, "调风镇"),
						HostileFiles.resource("random-bytes.docx")))
				.withMessageStartingWith("文件编码无法识别");
		}
	}

	@Test
	void zipBombStopsAtTheExpandedSizeLimit() {
		byte[] bomb = HostileFiles.zipBomb(64L * 1024 * 1024);
		assertThat(bomb.length).isLessThan(200 * 1024);
		assertThatExceptionOfType(OversizedReportException.class).isThrownBy(() -> this.parser.parse(SOURCE, bomb))
			.satisfies((ex) -> {
				assertThat(ex.limitBytes()).isEqualTo(10L * 1024 * 1024);
				assertThat(ex.expandedBytes()).isGreaterThan(10L * 1024 * 1024);
			});
	}

	@Test
	void xxeDocxIsRefusedNotResolved() {
		assertThatExceptionOfType(UnreadableReportException.class)
			.isThrownBy(() -> this.parser.parse(SOURCE, HostileFiles.xxeDocx(REPORT)))
			.withMessage("Word文档已损坏或格式不正确，无法读取");
	}

	@Test
	void xxeHtmlIsReadWithTheEntityLeftUnresolved() throws Exception {
		String secret = Files.readString(Path.of(HostileFiles.SECRET_FILE)).strip();
		Report report = this.parser.parse(SOURCE, HostileFiles.xxeHtml(REPORT));
		assertThat(report.tablesFound()).containsExactly(2, 3, 4);
		assertThat(report.section("一")).startsWith("&xxe;");
		assertThat(report.section("一") + report.title()).doesNotContain(secret);
	}

	@Test
	void passwordProtectedDocxAsksForAnUnprotectedFile() {
		assertThatExceptionOfType(UnreadableReportException.class)
			.isThrownBy(() -> this.parser.parse(SOURCE, HostileFiles.passwordProtectedDocx(REPORT)))
			.withMessage("文件设置了打开密码（已加密），无法读取，请取消密码保护后重新报送");
	}

	@Test
	void passwordProtectedXlsAsksForAnUnprotectedFile() throws Exception {
		Biff8EncryptionKey.setCurrentUserPassword("secret");
		byte[] encrypted;
		try {
			encrypted = FormSpreadsheetWriter.filledXls(REPORT);
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}
		assertThat(this.parser.detect(encrypted)).isEqualTo(InputFormat.XLS);
		assertThatExceptionOfType(UnreadableReportException.class)
			.isThrownBy(() -> this.parser.parse(SOURCE, encrypted))
			.withMessage("文件设置了打开密码（已加密），无法读取，请取消密码保护后重新报送");
	}

	/** Word marks a password-protected .doc by the fEncrypted bit of its header (the text behind it is RC4). */
	@Test
	void passwordProtectedDocAsksForAnUnprotectedFile() throws Exception {
		byte[] doc = LegacyDocWriter.write(REPORT);
		byte[] encrypted;
		try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(doc));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			byte[] word;
			try (var in = ole.createDocumentInputStream("WordDocument")) {
				word = in.readAllBytes();
			}
			word[0x0B] |= 0x01;
			ole.getRoot().createOrUpdateDocument("WordDocument", new ByteArrayInputStream(word));
			ole.writeFilesystem(out);
			encrypted = out.toByteArray();
		}
		assertThat(this.parser.parse(SOURCE, doc).tablesFound()).containsExactly(2, 3, 4);
		assertThatExceptionOfType(UnreadableReportException.class)
			.isThrownBy(() -> this.parser.parse(SOURCE, encrypted))
			.withMessage("文件设置了打开密码（已加密），无法读取，请取消密码保护后重新报送");
	}

	@Test
	void excel95AndOtherOfficeContainersAndRtfAreRefusedWithWhatToSend() throws Exception {
		assertThatExceptionOfType(UnreadableReportException.class)
			.isThrownBy(() -> this.parser.parse(SOURCE, ole("Book")))
			.withMessage("这是Excel 5.0/95格式的旧表格，无法读取，请用Excel或WPS另存为.xlsx格式后重新报送");
		assertThatExceptionOfType(UnreadableReportException.class)
			.isThrownBy(() -> this.parser.parse(SOURCE, ole("PowerPoint Document")))
			.withMessage("不是可识别的Office文档，请报送.docx或.xlsx格式的年度报告");
		assertThatExceptionOfType(UnreadableReportException.class)
			.isThrownBy(() -> this.parser.parse(SOURCE, "{\\rtf1\\ansi 报告}".getBytes(StandardCharsets.UTF_8)))
			.withMessageContaining(".docx");
	}

	/** An OLE2 container holding one stream of that name. */
	private static byte[] ole(String stream) throws Exception {
		try (POIFSFileSystem ole = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ole.createDocument(new ByteArrayInputStream(new byte[4096]), stream);
			ole.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	@Test
	void countWithItsCountingWordIsANumberAndWordsAreNot() throws Exception {
		String text = WebTextWriter.write(REPORT.withCell("proactive.licensing.decisions", "12件")
			.withCell("proactive.penalty.decisions", "十二"), WebTextWriter.Shape.PIPE_ROWS);
		Report report = this.parser.parse(SOURCE, text.getBytes(StandardCharsets.UTF_8));
		assertThat(report.cell("proactive.licensing.decisions").orElseThrow().value()).isEqualByComparingTo("12");
		assertThat(report.cell("proactive.licensing.decisions").orElseThrow().state()).isEqualTo(CellState.NUMBER);
		assertThat(report.cell("proactive.penalty.decisions").orElseThrow().state()).isEqualTo(CellState.NOT_NUMBER);
	}

	@Test
	void aWebPageSavedAsTxtIsStillAWebPage() throws Exception {
		assertThat(this.parser.detect(HostileFiles.xxeHtml(REPORT))).isEqualTo(InputFormat.HTML);
	}

}
