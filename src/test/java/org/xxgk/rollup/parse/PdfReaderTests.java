package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.PdfWriter;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.SourceFile;
import org.xxgk.rollup.model.Template;

/**
 * PDFs the reader must refuse with a reason a township can act on (a scan, an open password, a damaged file), one it
 * must read although it is encrypted (permissions only), and where a figure read from a PDF says it is.
 */
class PdfReaderTests {

	private static final SourceFile SOURCE = SeedReportTests.source("report.pdf", "乌石镇");

	private static final Map<String, BigDecimal> FIGURES = SampleFigures.distinct(Template.V2021);

	private static final GeneratedReport REPORT = GeneratedReport.of("雷州市乌石镇人民政府", 2021, Template.V2021, FIGURES);

	private final SubmissionParser parser = new SubmissionParser();

	@Test
	void aScanWithoutTextAsksForAPdfWithTextOrTheWordFile() throws Exception {
		assertRefused(HostileFiles.scannedPdf(), "PDF文件中没有可读取的文字（可能是扫描件或图片），无法识别表格，");
	}

	@Test
	void anOpenPasswordAsksForTheFileWithoutIt() throws Exception {
		assertRefused(encrypted(PdfWriter.write(REPORT), "owner", "user", 128), "PDF文件设置了打开密码（已加密），无法读取，请取消密码后重新报送，");
	}

	@Test
	void aDamagedPdfIsUnreadable() {
		byte[] pdf = PdfWriter.write(REPORT);
		byte[] truncated = Arrays.copyOf(pdf, 200);
		assertRefused(truncated, PdfReader.TRUNCATED);
		assertRefused("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1),
				"PDF文件已损坏或格式不正确，无法读取，");
	}

	/** Encrypted with permissions but no open password, as many offices export: it opens, so it is read. */
	@Test
	void aPdfWithOnlyAnOwnerPasswordIsRead() throws Exception {
		Report report = this.parser.parse(SOURCE, encrypted(PdfWriter.write(REPORT), "owner", "", 128));
		RoundTripTests.assertSameReport(report, REPORT, FIGURES, true);
	}

	/** A header after a few stray bytes (a mail gateway's, a broken upload) is still a PDF. */
	@Test
	void aPdfIsDetectedByItsHeaderNotItsFirstByte() throws Exception {
		byte[] pdf = PdfWriter.write(REPORT);
		byte[] prefixed = new byte[pdf.length + 3];
		prefixed[0] = '\r';
		prefixed[1] = '\n';
		prefixed[2] = ' ';
		System.arraycopy(pdf, 0, prefixed, 3, pdf.length);
		assertThat(this.parser.detect(prefixed)).isEqualTo(InputFormat.PDF);
		assertThat(this.parser.parse(SOURCE, prefixed).figures().get("applications.new.total").value())
			.isEqualByComparingTo(FIGURES.get("applications.new.total"));
	}

	/** A figure read from a PDF is located by page and line, as a clerk finds it in the printed file. */
	@Test
	void aFigureIsLocatedByItsPageAndLine() throws Exception {
		Report report = this.parser.parse(SOURCE, PdfWriter.write(REPORT));
		assertThat(report.figures().get("proactive.rules.issued").location()).isEqualTo("表二 第3行第2列（原文第1页第16行）");
		// after the page break inside table 三: the repeated header rows are lines 1–3 of page 3 but not rows of the table
		assertThat(report.figures().get("applications.result.unavailable.needs_creation.natural_person").location())
			.isEqualTo("表三 第17行第4列（原文第3页第4行）");
		assertThat(report.figures().get("review.litigation_after_reconsideration.total").location())
			.isEqualTo("表四 第4行第15列（原文第3页第20行）");
	}

	/** The generated file embeds only the glyphs it uses of the 5 MB font. */
	@Test
	void theGeneratedPdfEmbedsASubsetOfTheFont() throws Exception {
		byte[] pdf = PdfWriter.write(REPORT);
		assertThat(pdf.length).isLessThan(120 * 1024);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(4);
			String font = document.getPage(0).getResources().getFontNames().iterator().next().getName();
			assertThat(document.getPage(0).getResources().getFont(org.apache.pdfbox.cos.COSName.getPDFName(font))
				.getName()).matches("[A-Z]{6}\\+.*");
		}
	}

	private void assertRefused(byte[] pdf, String reason) {
		assertThatExceptionOfType(UnreadableReportException.class).isThrownBy(() -> this.parser.parse(SOURCE, pdf))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).isEqualTo(reason + PdfReader.ASK);
				assertThat(ex.getMessage()).contains("文字版PDF").contains("Word").doesNotContainPattern("[A-Za-z]+Exception|java\\.|org\\.");
			});
	}

	/** The PDF encrypted with an owner and a user (open) password ("" for none), content extraction not permitted. */
	static byte[] encrypted(byte[] pdf, String owner, String user, int keyLength) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			AccessPermission permissions = new AccessPermission();
			permissions.setCanModify(false);
			permissions.setCanExtractContent(false);
			StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, permissions);
			policy.setEncryptionKeyLength(keyLength);
			document.protect(policy);
			document.save(out);
			return out.toByteArray();
		}
	}

}
