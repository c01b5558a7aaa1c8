package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.PdfWriter;
import org.xxgk.rollup.demo.PdfWriter.Rulings;
import org.xxgk.rollup.demo.PdfWriter.Style;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.registry.RegionLevel;
import org.xxgk.rollup.validate.History;
import org.xxgk.rollup.validate.RuleContext;
import org.xxgk.rollup.validate.SubmissionValidator;
import org.xxgk.rollup.validate.ValidationSettings;

/**
 * PDFs whose tables are drawn otherwise than with a box round every cell: only the rows' lines (三线表 style) or no
 * lines at all, so the grid is rebuilt from the glyphs' columns and the form's rows and columns decide what was found;
 * and PDFs whose text layer names look-alike code points (CJK compatibility ideographs such as 不 年 行, as a broken
 * ToUnicode table gives them); and pages turned by /Rotate. Every figure, the title, unit and year come back; a cell truly left blank is blank.
 */
class PdfDrawingVariantTests {

	private static final String UNIT = "雷州市乌石镇人民政府";

	/** Characters a broken font table maps to their compatibility ideographs. */
	private static final UnaryOperator<String> COMPATIBILITY = (text) -> text.replace("不", "\uF967")
		.replace("年", "\uF98E")
		.replace("行", "\uFA08")
		.replace("度", "\uFA01")
		.replace("六", "\uF9D1")
		.replace("理", "\uF9E4")
		.replace("利", "\uF9DD");

	private final SubmissionParser parser = new SubmissionParser();

	@ParameterizedTest
	@EnumSource(Template.class)
	void tablesRuledOnlyAcrossAreRead(Template template) throws Exception {
		assertEveryFigure(template, new Style(Rulings.HORIZONTAL, UnaryOperator.identity()));
	}

	@ParameterizedTest
	@EnumSource(Template.class)
	void tablesWithoutAnyLineAreRead(Template template) throws Exception {
		assertEveryFigure(template, new Style(Rulings.NONE, UnaryOperator.identity()));
	}

	@ParameterizedTest
	@EnumSource(Template.class)
	void compatibilityIdeographsInTheTextLayerAreReadAsTheCharactersTheyShow(Template template) throws Exception {
		Report report = assertEveryFigure(template, new Style(Rulings.BOXES, COMPATIBILITY));
		assertThat(report.section("五")).contains("不齐").doesNotContain("\uF967");
	}

	/**
	 * Pages turned by /Rotate (a scanner's or a printer driver's landscape pages, drawn sideways and shown upright): the
	 * ruling lines are turned as the text is, so the tables are read from their lines (the location says page and
	 * line, as the ruled reader writes it).
	 */
	@ParameterizedTest
	@CsvSource({ "90, V2019", "90, V2021", "270, V2021" })
	void pagesTurnedByRotateAreRead(int rotation, Template template) throws Exception {
		Map<String, BigDecimal> figures = SampleFigures.distinct(template);
		GeneratedReport generated = GeneratedReport.of(UNIT, 2021, template, figures);
		byte[] turned;
		try (PDDocument document = Loader.loadPDF(PdfWriter.write(generated));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			float scale = PDRectangle.A4.getWidth() / PDRectangle.A4.getHeight();
			for (PDPage page : document.getPages()) {
				try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.PREPEND, false)) {
					// drawn sideways (and smaller, to fit), so that the page shown turned reads upright
					content.transform((rotation == 90) ? new Matrix(0, scale, -scale, 0, PDRectangle.A4.getWidth(), 0)
							: new Matrix(0, -scale, scale, 0, 0, PDRectangle.A4.getHeight()));
				}
				page.setRotation(rotation);
			}
			document.save(out);
			turned = out.toByteArray();
		}
		Report report = this.parser.parse(SeedReportTests.source("report.pdf", "乌石镇"), turned);
		RoundTripTests.assertSameReport(report, generated, figures, false);
		assertThat(report.figures().get("applications.new.total").location()).matches("表三 第\\d+行第\\d+列（原文第\\d+页第\\d+行）");
	}

	/** Without lines, a blank cell stays blank: its neighbours keep their columns, and CELL-MISSING names it. */
	@Test
	void aBlankCellOfATableWithoutLinesIsBlankNotShifted() throws Exception {
		Map<String, BigDecimal> figures = SampleFigures.distinct(Template.V2021);
		String blank = "applications.result.withheld.third_party_rights.research";
		GeneratedReport generated = GeneratedReport.of(UNIT, 2021, Template.V2021, figures).withoutCell(blank);
		Report report = parse(generated, new Style(Rulings.NONE, UnaryOperator.identity()));
		assertThat(report.figures().get(blank).state()).isEqualTo(CellState.BLANK);
		generated.cells().forEach((code, text) -> assertThat(report.figures().get(code).value()).as(code)
			.isEqualByComparingTo(text));
		assertThat(findings(report)).extracting(Finding::rule).contains("CELL-MISSING").doesNotContain("TABLE-INCOMPLETE");
	}

	/**
	 * A row of a table without lines printed with its label but not one figure: the form says the row is there, and
	 * with every cell blank nothing is left to place, so its seven cells are blank (CELL-MISSING each), not
	 * TABLE-INCOMPLETE; every other figure is read.
	 */
	@Test
	void aRowWithoutAnyFigureInATableWithoutLinesIsReadAsBlank() throws Exception {
		Map<String, BigDecimal> figures = SampleFigures.distinct(Template.V2021);
		GeneratedReport generated = GeneratedReport.of(UNIT, 2021, Template.V2021, figures);
		List<String> row = new ArrayList<>();
		for (String column : List.of("natural_person", "enterprise", "research", "public_interest", "legal_services",
				"other_org", "total")) {
			row.add("applications.result.withheld.third_party_rights." + column);
			generated = generated.withoutCell(row.get(row.size() - 1));
		}
		Report report = parse(generated, new Style(Rulings.NONE, UnaryOperator.identity()));
		for (String code : row) {
			assertThat(report.figures().get(code).state()).as(code).isEqualTo(CellState.BLANK);
		}
		generated.cells().forEach((code, text) -> assertThat(report.figures().get(code).value()).as(code)
			.isEqualByComparingTo(text));
		assertThat(findings(report)).filteredOn((finding) -> finding.rule().equals("CELL-MISSING"))
			.extracting(Finding::metric)
			.containsExactlyElementsOf(row);
		assertThat(findings(report)).extracting(Finding::rule).doesNotContain("TABLE-INCOMPLETE");
	}

	private Report assertEveryFigure(Template template, Style style) throws Exception {
		Map<String, BigDecimal> figures = SampleFigures.distinct(template);
		GeneratedReport generated = GeneratedReport.of(UNIT, 2021, template, figures);
		Report report = parse(generated, style);
		RoundTripTests.assertSameReport(report, generated, figures, false);
		assertThat(report.section("六")).isEqualTo(generated.prose().get("六"));
		return report;
	}

	private Report parse(GeneratedReport generated, Style style) throws Exception {
		return this.parser.parse(SeedReportTests.source("report.pdf", "乌石镇"), PdfWriter.write(generated, style));
	}

	private static List<Finding> findings(Report report) {
		Region unit = new Region("440882101", "乌石镇", RegionLevel.UNIT, "440882", List.of(UNIT));
		return SubmissionValidator.standard()
			.validate(report, new RuleContext(2021, unit, Instant.parse("2022-01-20T02:00:00Z"), History.NONE,
					ValidationSettings.defaults()));
	}

}
