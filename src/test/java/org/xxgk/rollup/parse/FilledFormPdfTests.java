package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.rollup.demo.PdfWriter;
import org.xxgk.rollup.demo.TemplateFormWriter;
import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.parse.TemplatePdfFixtures.Fixture;

/**
 * The real reports' figures typed into the real blank 2021 form and exported by LibreOffice, laid out as offices do
 * (src/test/resources/pdf/template, README there): table 三 across a page break with and without its header repeated,
 * on a landscape page (also printed sideways onto a portrait sheet), running headers and page numbers (第 5 页 共 6 页, - 5 -), the form's wrapped labels, its
 * merged label in vertical text, shaded cells, a watermark over the pages, a title wrapped at the margin or only on a cover page, an annex after
 * part 六, every border removed (unruled tables whose labels wrap). Every figure of the transcription is read (a blank cell blank), with title, unit and year; and a copy
 * missing the page where table 三 ends is refused, naming the rows it lacks.
 */
class FilledFormPdfTests {

	static Stream<Fixture> fixtures() {
		return TemplatePdfFixtures.FIXTURES.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void everyTranscribedFigureIsRead(Fixture fixture) throws Exception {
		assertEveryFigure(fixture, pdf(fixture));
	}

	/**
	 * The landscape page of table 三 printed sideways onto a portrait sheet, as a printer driver does (its content
	 * turned a quarter, no /Rotate): the text runs up or down the page, and the lines are turned with it.
	 */
	@ParameterizedTest(name = "turned {0}")
	@ValueSource(ints = { 90, 270 })
	void aLandscapePagePrintedSidewaysOntoAPortraitSheetIsRead(int turn) throws Exception {
		Fixture landscape = TemplatePdfFixtures.FIXTURES.stream()
			.filter((fixture) -> fixture.layouts().contains(TemplateFormWriter.Layout.LANDSCAPE_TABLE_THREE))
			.findFirst()
			.orElseThrow();
		try (PDDocument document = Loader.loadPDF(pdf(landscape)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			int turned = 0;
			for (PDPage page : document.getPages()) {
				float width = page.getMediaBox().getWidth();
				float height = page.getMediaBox().getHeight();
				if (width > height) {
					try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.PREPEND, false)) {
						content.transform((turn == 90) ? new Matrix(0, 1, -1, 0, height, 0) : new Matrix(0, -1, 1, 0, 0, width));
					}
					page.setMediaBox(new PDRectangle(height, width));
					page.setCropBox(new PDRectangle(height, width));
					turned++;
				}
			}
			assertThat(turned).isEqualTo(2);
			document.save(out);
			assertEveryFigure(landscape, out.toByteArray());
		}
	}

	/**
	 * A watermark over every page (the unit's name, 40 pt, three times down the page), slanted and opaque, level and
	 * see-through, or level and opaque: its glyphs fall into the tables' cells (信息内容阳, 府0) and are left out. A
	 * level opaque one is told by its size, taller than the cells it falls in (it read 行沭政许可阳).
	 */
	@ParameterizedTest(name = "{0}° at opacity {1}")
	@CsvSource({ "45, 1", "30, 0.3", "0, 0.2", "0, 1" })
	void aWatermarkOverThePagesIsLeftOut(float degrees, float opacity) throws Exception {
		Fixture fixture = TemplatePdfFixtures.FIXTURES.get(0);
		assertEveryFigure(fixture, PdfWriter.watermarked(pdf(fixture), fixture.real().unit, degrees, opacity));
	}

	static void assertEveryFigure(Fixture fixture, byte[] pdf) throws Exception {
		Report report = parse(fixture, pdf);
		assertThat(report.title()).isEqualTo(fixture.real().title);
		assertThat(report.statedUnit()).isEqualTo(fixture.real().unit);
		assertThat(report.year()).isEqualTo(fixture.reportYear());
		assertThat(report.template()).isEqualTo(Template.V2021);
		assertThat(report.tablesFound()).containsExactly(2, 3, 4);
		assertThat(report.unexpectedLabels()).isEmpty();
		assertTranscribedFigures(report, fixture.real().metrics());
		// the signature follows part 六; an annex after it is not part of the report's prose
		assertThat(report.section("六")).doesNotContain("附件", "政务微博");
		assertThat(report.section("五")).isNotBlank().doesNotContain("- ", "第 ");
		List<Finding> findings = FormStructureTests.validate(report, report.year());
		assertThat(findings).noneMatch(Finding::isError);
	}

	/**
	 * The fixtures made to break a row of table 三 do break it: （六）2's label starts on one page, with its figures,
	 * and ends on the next (with or without the header repeated there). everyTranscribedFigureIsRead reads them.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("rowsAcrossPages")
	void aRowBrokenAcrossThePageBreakIsOneRow(Fixture fixture) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf(fixture))) {
			PDFTextStripper stripper = new PDFTextStripper();
			int first = 0;
			int rest = 0;
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String text = stripper.getText(document).replaceAll("\\s", "");
				first = text.contains("2.申请人逾期未按收费通知要求缴") ? page : first;
				rest = text.contains("纳费用、行政机关不再处理其政府") ? page : rest;
			}
			assertThat(first).isPositive();
			assertThat(rest).isEqualTo(first + 1);
		}
	}

	static Stream<Fixture> rowsAcrossPages() {
		return fixtures().filter((fixture) -> fixture.layouts().contains(TemplateFormWriter.Layout.ROW_ACROSS_PAGES));
	}

	/** Fixtures whose table 三 runs across a page break (the unruled one fits on one page). */
	static Stream<Fixture> brokenTables() {
		return fixtures().filter((fixture) -> !fixture.layouts().contains(TemplateFormWriter.Layout.NO_LINES));
	}

	/** Without the page that holds the end of table 三, the rows on it are named as missing; nothing is accepted. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenTables")
	void aCopyWithoutThePageWhereTableThreeEndsIsRefusedNamingItsRows(Fixture fixture) throws Exception {
		Report report = parse(fixture, withoutPageOf(pdf(fixture), "四、结转下年度继续办理"));
		List<Finding> findings = FormStructureTests.validate(report, 2025);
		Map<String, String> errors = new TreeMap<>();
		findings.stream().filter(Finding::isError).forEach((finding) -> errors.merge(finding.rule(), finding.message(),
				(a, b) -> a + "；" + b));
		assertThat(errors).containsKey("TABLE-INCOMPLETE");
		assertThat(errors.get("TABLE-INCOMPLETE")).contains("表三").contains("四、结转下年度继续办理");
	}

	/** Every figure of the transcription (200, a blank one blank) is the report's, and the report has no other. */
	static void assertTranscribedFigures(Report report, JsonNode metrics) {
		assertThat(metrics.size()).isEqualTo(200);
		SoftAssertions figures = new SoftAssertions();
		for (Map.Entry<String, JsonNode> metric : (Iterable<Map.Entry<String, JsonNode>>) metrics::fields) {
			Cell cell = report.figures().get(metric.getKey());
			figures.assertThat(cell).as(metric.getKey()).isNotNull();
			if (cell == null) {
				continue;
			}
			if (metric.getValue().isNull()) {
				figures.assertThat(cell.state()).as(metric.getKey()).isEqualTo(CellState.BLANK);
			}
			else {
				figures.assertThat(cell.state()).as(metric.getKey()).isEqualTo(CellState.NUMBER);
				figures.assertThat(cell.value()).as(metric.getKey()).isEqualByComparingTo(metric.getValue().decimalValue());
			}
		}
		figures.assertAll();
		assertThat(report.figures().entrySet()).filteredOn((figure) -> figure.getValue().state() != CellState.DERIVED)
			.hasSize(200);
	}

	private static Report parse(Fixture fixture, byte[] pdf) throws UnreadableReportException {
		return new SubmissionParser().parse(SeedReportTests.source(fixture.file(), fixture.real().unit), pdf);
	}

	static byte[] pdf(Fixture fixture) throws Exception {
		try (InputStream in = FilledFormPdfTests.class.getResourceAsStream("/pdf/template/" + fixture.file())) {
			assertThat(in).as(fixture.file()).isNotNull();
			return in.readAllBytes();
		}
	}

	/** The PDF without the page on which the text appears. */
	static byte[] withoutPageOf(byte[] pdf, String text) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				if (stripper.getText(document).replaceAll("\\s", "").contains(text)) {
					document.removePage(page - 1);
					document.save(out);
					return out.toByteArray();
				}
			}
			throw new AssertionError(text + " is on no page");
		}
	}

}
