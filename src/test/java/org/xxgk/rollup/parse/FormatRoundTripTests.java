package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.rollup.demo.DocxWriter;
import org.xxgk.rollup.demo.FormSpreadsheetWriter;
import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.ColumnTextWriter;
import org.xxgk.rollup.demo.HtmlPageWriter;
import org.xxgk.rollup.demo.LegacyDocWriter;
import org.xxgk.rollup.demo.MarkdownWriter;
import org.xxgk.rollup.demo.PdfWriter;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.demo.SeedLayoutWriter;
import org.xxgk.rollup.demo.TraditionalScript;
import org.xxgk.rollup.demo.WebTextWriter;
import org.xxgk.rollup.demo.WebTextWriter.Shape;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Template;

/**
 * Every layout a report arrives in, for both templates, with distinct and with consistent figures: canonical →
 * printed in the layout → detected and parsed → every figure equal.
 */
class FormatRoundTripTests {

	private static final String UNIT = "雷州市乌石镇人民政府";

	private static final Charset GBK = Charset.forName("GBK");

	/** A layout: its name, what the parser must detect, how to print a report in it, and whether prose survives. */
	record Layout(String name, InputFormat format, Function<GeneratedReport, byte[]> writer, boolean prose) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static List<Layout> layouts() {
		return List.of(
				new Layout("docx", InputFormat.DOCX, (r) -> DocxWriter.write(r, false), true),
				new Layout("docx, table 三 split across pages", InputFormat.DOCX, (r) -> DocxWriter.write(r, true), true),
				new Layout("doc (Word 97–2003)", InputFormat.DOC, LegacyDocWriter::write, true),
				new Layout("html page", InputFormat.HTML, (r) -> utf8(HtmlPageWriter.write(r)), true),
				new Layout("html page, traditional", InputFormat.HTML,
						(r) -> utf8(TraditionalScript.convert(HtmlPageWriter.write(r))), false),
				new Layout("pipe rows", InputFormat.PIPE_TEXT, (r) -> utf8(WebTextWriter.write(r, Shape.PIPE_ROWS)), true),
				new Layout("pipe rows, GBK", InputFormat.PIPE_TEXT,
						(r) -> WebTextWriter.write(r, Shape.PIPE_ROWS).getBytes(GBK), true),
				new Layout("one cell per line", InputFormat.CELL_PER_LINE_TEXT,
						(r) -> utf8(WebTextWriter.write(r, Shape.CELL_PER_LINE)), true),
				new Layout("one cell per line ending in |", InputFormat.CELL_PER_LINE_TEXT,
						(r) -> utf8(WebTextWriter.write(r, Shape.CELL_PER_LINE_PIPE_ENDED)), true),
				new Layout("cell then | line, traditional, GBK", InputFormat.CELL_PER_LINE_TEXT,
						(r) -> TraditionalScript.convert(WebTextWriter.write(r, Shape.CELL_THEN_PIPE_LINE)).getBytes(
								Charset.forName("GB18030")), false),
				new Layout("word text, traditional", InputFormat.WORD_TEXT,
						(r) -> utf8(TraditionalScript.convert(SeedLayoutWriter.write(r))), false),
				new Layout("markdown tables", InputFormat.MARKDOWN,
						(r) -> utf8(MarkdownWriter.write(r, MarkdownWriter.Shape.TABLES)), true),
				new Layout("markdown, OCR blocks", InputFormat.MARKDOWN,
						(r) -> utf8(MarkdownWriter.write(r, MarkdownWriter.Shape.OCR_BLOCKS)), true),
				new Layout("markdown, OCR blocks, GBK", InputFormat.MARKDOWN,
						(r) -> MarkdownWriter.write(r, MarkdownWriter.Shape.OCR_BLOCKS).getBytes(GBK), true),
				new Layout("column text (pdftotext -layout)", InputFormat.COLUMN_TEXT,
						(r) -> utf8(ColumnTextWriter.write(r)), true),
				new Layout("xlsx form", InputFormat.XLSX, FormSpreadsheetWriter::filledXlsx, true),
				new Layout("xls form (Excel 97–2003)", InputFormat.XLS, FormSpreadsheetWriter::filledXls, true),
				new Layout("csv form", InputFormat.CSV, FormSpreadsheetWriter::filledCsv, true),
				new Layout("pdf as WPS exports it", InputFormat.PDF, PdfWriter::write, true));
	}

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		for (Layout layout : layouts()) {
			for (Template template : Template.values()) {
				cases.add(Arguments.of(layout, template, "distinct", SampleFigures.distinct(template)));
				cases.add(Arguments.of(layout, template, "consistent",
						SampleFigures.consistent(template, new Random(template.ordinal() + 11), 9)));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("cases")
	void everyFigureComesBack(Layout layout, Template template, String kind, Map<String, BigDecimal> figures)
			throws Exception {
		GeneratedReport generated = GeneratedReport.of(UNIT, 2021, template, figures);
		byte[] bytes = layout.writer().apply(generated);
		SubmissionParser parser = new SubmissionParser();
		assertThat(parser.detect(bytes)).isEqualTo(layout.format());
		Report report = parser.parse(SeedReportTests.source("report.bin", "乌石镇"), bytes);
		RoundTripTests.assertSameReport(report, generated, figures, layout.prose());
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
