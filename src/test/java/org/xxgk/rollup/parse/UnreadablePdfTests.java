package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.rollup.demo.PdfWriter;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.parse.TemplatePdfFixtures.Fixture;

/**
 * Real PDFs made unreadable the ways they arrive so, each refused with what is wrong in words a township can act on
 * and never read into figures: the WPS-made 淮安 report and a LibreOffice export of the real form
 * ({@link FilledFormPdfTests}'s fixtures) scanned (every page an image; or a text first page with the rest scanned,
 * the pages named; or with an OCR text layer; or each scan drawn inside a form XObject), with their fonts' ToUnicode maps removed (WPS's CID fonts then give no text, LibreOffice's simple
 * ones Latin garbage), cut short anywhere (PDFBox would rebuild the pages before the cut; an incremental update cut
 * short too, while a whole file followed by bytes no part of it is read), and locked with an open
 * password; while only an owner password (permissions) leaves every figure read.
 */
class UnreadablePdfTests {

	private static final String HUAIAN = "淮安市人民政府2024年政府信息公开工作年度报告.pdf";

	private static final Fixture LIBREOFFICE = TemplatePdfFixtures.FIXTURES.get(0);

	@ParameterizedTest
	@ValueSource(strings = { "WPS", "LibreOffice" })
	void aScanOfEveryPageIsAScanWithoutText(String producer) throws Exception {
		assertRefused(scanned(pdf(producer), false), "PDF文件中没有可读取的文字（可能是扫描件或图片），无法识别表格，");
	}

	@ParameterizedTest
	@ValueSource(strings = { "WPS", "LibreOffice" })
	void scannedPagesBehindATextPageAreNamed(String producer) throws Exception {
		byte[] pdf = pdf(producer);
		int pages = pageCount(pdf);
		assertRefused(scanned(pdf, true), "PDF文件第2–" + pages + "页是扫描图片，没有可读取的文字，其中的表格无法识别，");
	}

	/**
	 * A scan with the text a scanner's OCR lays over it invisibly (here the page's own text at its own places, a perfect
	 * OCR): the tables' lines are gone, and read as unruled text they gave TABLE-INCOMPLETE and a dozen false
	 * cross-check errors; an OCR's digits are guesses, so the pages are named as scans instead.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "WPS", "LibreOffice" })
	void aScanWithAnOcrTextLayerIsAScan(String producer) throws Exception {
		byte[] pdf = pdf(producer);
		int pages = pageCount(pdf);
		assertRefused(PdfWriter.scannedWithOcr(pdf), "PDF文件第1–" + pages + "页是扫描图片，其中的文字是扫描时识别（OCR）的，表格无法准确读取，");
	}

	@ParameterizedTest
	@ValueSource(strings = { "WPS", "LibreOffice" })
	void fontsWithoutTheirToUnicodeMapAreRefusedNotReadAsGarbage(String producer) throws Exception {
		assertRefused(withoutToUnicode(pdf(producer)), PdfReader.NO_TEXT_MAP);
	}

	/**
	 * One font alone without its ToUnicode map, the one that draws the digits: 淮安's WPS export sets them in Times
	 * New Roman, a composite Identity-H font whose glyphs PDFBox then drops (every cell of tables 二 and 四 read
	 * empty, the report accepted with 25 figures blank and only CELL-MISSING warnings); LibreOffice in DejaVu Sans, a
	 * simple font whose codes then read as control characters (every figure CELL-NOT-NUMBER, “填写的“”不是数字”, the
	 * year and the title's 2025 lost). Refused, naming the pages whose glyphs give no text.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "WPS", "LibreOffice" })
	void theDigitsFontWithoutItsToUnicodeMapIsRefusedNamingItsPages(String producer) throws Exception {
		String font = producer.equals("WPS") ? "TimesNewRoman" : "DejaVuSans";
		byte[] pdf = withoutToUnicode(pdf(producer), (name, composite) -> name.contains(font));
		assertThatExceptionOfType(UnreadableReportException.class).isThrownBy(() -> parse(pdf))
			.withMessageMatching("PDF文件第[\\d、–]+页有\\d+个字符的字体缺少正确的文字编码映射，提取不出文字（报告的文字或表格中的数字会因此缺失），无法准确读取，"
					+ PdfReader.ASK);
	}

	/**
	 * The digits' font's map sending them to private-use code points (U+F030…U+F039 for 0…9, as a font tool that
	 * renumbered the glyphs writes it): every cell of tables 二 and 四 held those, 25 figures CELL-NOT-NUMBER as if the
	 * unit had written no number. Refused for what it is, naming the pages of the tables.
	 */
	@org.junit.jupiter.api.Test
	void theDigitsMappedToPrivateUseCodePointsAreRefusedNamingThePages() throws Exception {
		byte[] pdf;
		try (PDDocument document = Loader.loadPDF(pdf("WPS")); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			java.util.Set<Object> done = new java.util.HashSet<>();
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					org.apache.pdfbox.pdmodel.font.PDFont font = page.getResources().getFont(name);
					if (String.valueOf(font.getName()).contains("TimesNewRoman")
							&& font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof org.apache.pdfbox.cos.COSStream map
							&& done.add(map)) {
						String text = new String(new PDStream(map).toByteArray(), StandardCharsets.ISO_8859_1);
						String moved = text.replaceAll("(?m)<003([0-9])>\\s*$", "<F03$1>");
						assertThat(moved).isNotEqualTo(text);
						try (OutputStream content = map.createOutputStream()) {
							content.write(moved.getBytes(StandardCharsets.ISO_8859_1));
						}
					}
				}
			}
			document.save(out);
			pdf = out.toByteArray();
		}
		assertRefused(pdf, "PDF文件第3–5页有59个字符的字体缺少正确的文字编码映射，提取不出文字（报告的文字或表格中的数字会因此缺失），无法准确读取，");
	}

	/** The WPS export's font of the prose (方正仿宋) or of the tables' labels (宋体) without its map: refused. */
	@ParameterizedTest
	@ValueSource(strings = { "FZFSK", "宋体" })
	void aProseOrLabelFontWithoutItsToUnicodeMapIsRefused(String font) throws Exception {
		byte[] pdf = withoutToUnicode(pdf("WPS"), (name, composite) -> name.contains(font));
		assertThatExceptionOfType(UnreadableReportException.class).isThrownBy(() -> parse(pdf))
			.withMessageContaining("个字符的字体缺少正确的文字编码映射，提取不出文字");
	}

	/** With every map in place (the same file, none removed), nothing is counted as drawn without text. */
	@ParameterizedTest
	@ValueSource(strings = { "WPS", "LibreOffice" })
	void withEveryMapInPlaceTheFileIsRead(String producer) throws Exception {
		byte[] pdf = withoutToUnicode(pdf(producer), (name, composite) -> false);
		assertThat(parse(pdf).figures()).isNotEmpty();
	}

	/**
	 * The same scans with each page's image drawn inside a form XObject (as a scanner's software, or a tool that
	 * combined or stamped the pages, writes it) rather than on the page itself: still a scan, the pages named. The
	 * page's resources hold only the form, so the scanned pages were taken for text pages.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "WPS", "LibreOffice" })
	void aScanDrawnInsideAFormIsAScan(String producer) throws Exception {
		byte[] pdf = pdf(producer);
		int pages = pageCount(pdf);
		assertRefused(inForms(scanned(pdf, true)), "PDF文件第2–" + pages + "页是扫描图片，没有可读取的文字，其中的表格无法识别，");
		assertRefused(inForms(PdfWriter.scannedWithOcr(pdf)),
				"PDF文件第1–" + pages + "页是扫描图片，其中的文字是扫描时识别（OCR）的，表格无法准确读取，");
	}

	/** Cut anywhere, 30 bytes short of the end included (only the cross-reference lost, every page still there). */
	@ParameterizedTest
	@ValueSource(strings = { "WPS", "LibreOffice" })
	void aTruncatedPdfSaysItIsIncomplete(String producer) throws Exception {
		byte[] pdf = pdf(producer);
		for (int length : new int[] { 200, pdf.length / 2, pdf.length * 9 / 10, pdf.length - 1000, pdf.length - 30 }) {
			assertRefused(Arrays.copyOf(pdf, length), PdfReader.TRUNCATED);
		}
	}

	/** Padded after its end with NUL bytes (an upload rounding the file to a block): whole, so read. */
	@ParameterizedTest
	@ValueSource(strings = { "WPS", "LibreOffice" })
	void aPdfPaddedAfterItsEndIsNoTruncatedOne(String producer) throws Exception {
		byte[] pdf = pdf(producer);
		assertThat(parse(Arrays.copyOf(pdf, pdf.length + 4096)).figures()).isEqualTo(parse(pdf).figures());
	}

	/**
	 * Followed by more than a kilobyte that is no part of it (a web server's error page appended by a broken download
	 * tool, a mail gateway's footer): its end is still there, so it is read; the end marker was looked for only in the
	 * last kilobyte, and such a file was refused as cut short.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "WPS", "LibreOffice" })
	void aPdfFollowedByBytesThatAreNoPartOfItIsRead(String producer) throws Exception {
		byte[] pdf = pdf(producer);
		byte[] page = ("<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>"
				+ "The requested URL was not found on this server.</p>" + "<!-- padding -->".repeat(120)
				+ "</body></html>\r\n").getBytes(StandardCharsets.ISO_8859_1);
		byte[] followed = Arrays.copyOf(pdf, pdf.length + page.length);
		System.arraycopy(page, 0, followed, pdf.length, page.length);
		assertThat(page.length).isGreaterThan(2048);
		assertThat(parse(followed).figures()).isEqualTo(parse(pdf).figures());
	}

	/**
	 * Saved again by an incremental update (a correction, a signature, WPS saving in place: the update is appended
	 * after the first %%EOF) and read whole; cut anywhere in the update, the end marker of the first version is still
	 * near the end, but the last version is lost, so it is refused as cut short, not read as the first version.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "WPS", "LibreOffice" })
	void anIncrementalUpdateIsReadWholeAndRefusedCutShort(String producer) throws Exception {
		byte[] pdf = pdf(producer);
		byte[] updated = incrementallyUpdated(pdf);
		assertThat(parse(updated).figures()).isEqualTo(parse(pdf).figures());
		for (int length : new int[] { pdf.length + 20, (pdf.length + updated.length) / 2, updated.length - 8 }) {
			assertRefused(Arrays.copyOf(updated, length), PdfReader.TRUNCATED);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "WPS", "LibreOffice" })
	void anOpenPasswordIsRefusedAndAnOwnerPasswordAloneIsRead(String producer) throws Exception {
		byte[] pdf = pdf(producer);
		assertRefused(PdfReaderTests.encrypted(pdf, "owner", "user", 256), "PDF文件设置了打开密码（已加密），无法读取，请取消密码后重新报送，");
		Report report = parse(PdfReaderTests.encrypted(pdf, "owner", "", 256));
		assertThat(report).usingRecursiveComparison().ignoringFields("source").isEqualTo(parse(pdf));
		assertThat(report.figures()).hasSize(207);
	}

	private static byte[] pdf(String producer) throws Exception {
		return producer.equals("WPS") ? Files.readAllBytes(RealWebPageTests.REAL.resolve(HUAIAN))
				: FilledFormPdfTests.pdf(LIBREOFFICE);
	}

	private static int pageCount(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

	private static Report parse(byte[] pdf) throws UnreadableReportException {
		return new SubmissionParser().parse(SeedReportTests.source("report.pdf", "real"), pdf);
	}

	private static void assertRefused(byte[] pdf, String reason) {
		assertThatExceptionOfType(UnreadableReportException.class).isThrownBy(() -> parse(pdf))
			.withMessage(reason + PdfReader.ASK);
	}

	/** Each page printed and scanned at 100 dpi (a JPEG of the page, no text); the first page kept as text if asked. */
	static byte[] scanned(byte[] pdf, boolean keepFirstPage) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf); PDDocument scan = new PDDocument();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDFRenderer renderer = new PDFRenderer(document);
			for (int index = 0; index < document.getNumberOfPages(); index++) {
				if (index == 0 && keepFirstPage) {
					scan.importPage(document.getPage(0));
					continue;
				}
				BufferedImage image = renderer.renderImageWithDPI(index, 100);
				PDPage page = new PDPage(document.getPage(index).getMediaBox());
				scan.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
					content.drawImage(JPEGFactory.createFromImage(scan, image, 0.7f), 0, 0,
							page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
				}
			}
			scan.save(out);
			return out.toByteArray();
		}
	}

	/** Each page's content and resources moved into a form XObject the page draws, and nothing else. */
	static byte[] inForms(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (PDPage page : document.getPages()) {
				PDFormXObject form = new PDFormXObject(document);
				try (InputStream content = page.getContents(); OutputStream to = form.getStream().createOutputStream()) {
					content.transferTo(to);
				}
				form.setResources(page.getResources());
				form.setBBox(page.getMediaBox());
				PDResources resources = new PDResources();
				COSName name = resources.add(form);
				page.setResources(resources);
				PDStream drawing = new PDStream(document);
				try (OutputStream to = drawing.createOutputStream()) {
					to.write(("q /" + name.getName() + " Do Q").getBytes(StandardCharsets.ISO_8859_1));
				}
				page.setContents(drawing);
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	/** The file with its document information changed by an incremental update (appended, the original bytes kept). */
	private static byte[] incrementallyUpdated(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getDocumentInformation().setTitle("政府信息公开工作年度报告（更正）");
			document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
			document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
			document.saveIncremental(out);
			byte[] updated = out.toByteArray();
			assertThat(Arrays.copyOf(updated, pdf.length)).isEqualTo(pdf);
			return updated;
		}
	}

	private static byte[] withoutToUnicode(byte[] pdf) throws Exception {
		return withoutToUnicode(pdf, (name, composite) -> true);
	}

	/** The PDF with the ToUnicode maps of the fonts chosen by their name and whether they are composite (Type 0). */
	private static byte[] withoutToUnicode(byte[] pdf, java.util.function.BiPredicate<String, Boolean> which) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					org.apache.pdfbox.pdmodel.font.PDFont font = page.getResources().getFont(name);
					if (which.test(String.valueOf(font.getName()), font instanceof org.apache.pdfbox.pdmodel.font.PDType0Font)) {
						font.getCOSObject().removeItem(COSName.TO_UNICODE);
					}
				}
			}
			document.save(out);
			return out.toByteArray();
		}
	}

}
