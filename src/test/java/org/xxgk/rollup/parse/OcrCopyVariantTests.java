package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xxgk.rollup.demo.ColumnTextWriter;
import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.MarkdownWriter;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.demo.WebTextWriter;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Template;

/**
 * What OCR and copied text do to cells, titles and headings, in each text layout (Markdown as a converter writes it,
 * pipe rows copied from a web page, pdftotext -layout columns): digits misread as letters (1O, l2, O), full-width
 * digits, digits spaced apart, thousands separators, a full-width slash and 空 for nothing, Kangxi radicals for common
 * characters (⼆、 ⼈), and the year written in Chinese numerals or spaced (二〇二一年度, 2021 年). Every figure comes
 * back as the number the clerk printed.
 */
class OcrCopyVariantTests {

	private static final String UNIT = "雷州市乌石镇人民政府";

	private static final Template TEMPLATE = Template.V2021;

	/** Layouts of text that OCR converters and copies give. */
	enum Layout {

		MARKDOWN((report) -> MarkdownWriter.write(report, MarkdownWriter.Shape.TABLES)),
		OCR_MARKDOWN((report) -> MarkdownWriter.write(report, MarkdownWriter.Shape.OCR_BLOCKS)),
		PIPE_ROWS((report) -> WebTextWriter.write(report, WebTextWriter.Shape.PIPE_ROWS)),
		COLUMNS(ColumnTextWriter::write);

		private final Function<GeneratedReport, String> writer;

		Layout(Function<GeneratedReport, String> writer) {
			this.writer = writer;
		}

	}

	/** Cell texts as OCR and copies print them, with the figure each stands for. */
	private static final Map<String, String[]> MISREAD = new LinkedHashMap<>();

	static {
		MISREAD.put("applications.new.natural_person", new String[] { "1l", "11" });
		MISREAD.put("applications.new.enterprise", new String[] { "l2", "12" });
		MISREAD.put("applications.new.research", new String[] { "１３", "13" });
		MISREAD.put("applications.carried_over.natural_person", new String[] { "1 8", "18" });
		MISREAD.put("applications.result.disclosed.natural_person", new String[] { "2,025", "2025" });
		MISREAD.put("applications.result.disclosed.enterprise", new String[] { "1，026", "1026" });
		MISREAD.put("applications.result.withheld.state_secret.natural_person", new String[] { "3９", "39" });
		MISREAD.put("applications.result.unavailable.not_held.total", new String[] { "1O1", "101" });
		MISREAD.put("review.reconsideration.upheld", new String[] { "l93", "193" });
		MISREAD.put("proactive.licensing.decisions", new String[] { "７", "7" });
	}

	@ParameterizedTest
	@EnumSource(Layout.class)
	void misreadDigitsAreReadAsTheNumbersPrinted(Layout layout) throws Exception {
		Map<String, BigDecimal> figures = new LinkedHashMap<>(SampleFigures.distinct(TEMPLATE));
		GeneratedReport generated = GeneratedReport.of(UNIT, 2021, TEMPLATE, figures);
		for (Map.Entry<String, String[]> cell : MISREAD.entrySet()) {
			generated = generated.withCell(cell.getKey(), cell.getValue()[0]);
			figures.put(cell.getKey(), new BigDecimal(cell.getValue()[1]));
		}
		Report report = parse(layout.writer.apply(generated));
		RoundTripTests.assertSameReport(report, generated, figures, false);
	}

	/**
	 * A letter read as a digit is a guess: the raw text stays on the cell, and its location says what was written
	 * and how it was read, so a finding on the cell shows it (rules.md has no rule of its own for it). Full-width,
	 * spaced or separated digits are the digits and carry no such note.
	 */
	@ParameterizedTest
	@EnumSource(Layout.class)
	void aDigitGuessedFromALetterIsTracedOnItsCell(Layout layout) throws Exception {
		GeneratedReport generated = GeneratedReport.of(UNIT, 2021, TEMPLATE, SampleFigures.distinct(TEMPLATE));
		for (Map.Entry<String, String[]> cell : MISREAD.entrySet()) {
			generated = generated.withCell(cell.getKey(), cell.getValue()[0]);
		}
		Report report = parse(layout.writer.apply(generated.withCell("applications.new.total", "1O")));
		for (Map.Entry<String, String[]> cell : MISREAD.entrySet()) {
			String written = cell.getValue()[0];
			boolean guessed = written.chars().anyMatch(Character::isLetter);
			if (guessed) {
				assertThat(report.figures().get(cell.getKey()).raw().strip()).as(cell.getKey()).isEqualTo(written);
			}
			assertThat(report.figures().get(cell.getKey()).location().endsWith("（原文写作“" + written + "”，读作"
					+ cell.getValue()[1] + "）")).as(cell.getKey() + " " + written).isEqualTo(guessed);
		}
		// the total 1O read as 10 is not the sum of its row: the finding says what the page printed
		assertThat(FormStructureTests.validate(report)).filteredOn((f) -> f.rule().equals("APP-COLUMN-TOTAL"))
			.filteredOn((f) -> "applications.new.total".equals(f.metric()))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.location()).endsWith("（原文写作“1O”，读作10）"));
	}

	@ParameterizedTest
	@EnumSource(Layout.class)
	void aFullWidthSlashIsADashAndKongIsBlank(Layout layout) throws Exception {
		GeneratedReport generated = GeneratedReport.of(UNIT, 2021, TEMPLATE, SampleFigures.distinct(TEMPLATE))
			.withCell("applications.new.research", "／")
			.withCell("applications.new.public_interest", "空");
		Report report = parse(layout.writer.apply(generated));
		assertThat(report.figures().get("applications.new.research").state()).isEqualTo(CellState.DASH);
		assertThat(report.figures().get("applications.new.public_interest").state()).isEqualTo(CellState.BLANK);
		assertThat(report.figures().get("applications.new.legal_services").value()).isEqualByComparingTo("15");
	}

	/** Kangxi radicals an OCR engine or a broken font gives for 一 二 人 入 in headings, labels, title and prose. */
	@ParameterizedTest
	@EnumSource(Layout.class)
	void kangxiRadicalsAreReadAsTheCharactersTheyShow(Layout layout) throws Exception {
		Map<String, BigDecimal> figures = SampleFigures.distinct(TEMPLATE);
		GeneratedReport generated = GeneratedReport.of(UNIT, 2021, TEMPLATE, figures);
		String text = layout.writer.apply(generated).replace('一', '⼀').replace('二', '⼆').replace('人', '⼈')
			.replace('入', '⼊');
		assertThat(text).contains("⼆、").contains("⼈民政府");
		RoundTripTests.assertSameReport(parse(text), generated, figures, false);
	}

	@Test
	void aYearInChineseNumeralsOrSpacedIsTheReportsYear() throws Exception {
		Map<String, BigDecimal> figures = SampleFigures.distinct(TEMPLATE);
		GeneratedReport plain = GeneratedReport.of(UNIT, 2021, TEMPLATE, figures);
		// the year after the unit, or before it as 上海's report prints it (2025年上海市人民政府办公厅…)
		for (String year : new String[] { "二〇二一年度", "二○二一年", "2021 年度", "２０２１年", "^二〇二一年", "^二○二一年度", "^2021年" }) {
			String title = year.startsWith("^") ? year.substring(1) + UNIT + "政府信息公开工作年度报告"
					: UNIT + year + "政府信息公开工作年度报告";
			GeneratedReport generated = new GeneratedReport(title, UNIT, 2021, TEMPLATE, plain.cells(), plain.prose());
			Report report = parse(MarkdownWriter.write(generated, MarkdownWriter.Shape.TABLES));
			assertThat(report.year()).as(year).isEqualTo(2021);
			assertThat(report.statedUnit()).as(year).isEqualTo(UNIT);
			assertThat(report.figures().get("applications.new.total").value()).isEqualByComparingTo("17");
		}
	}

	private static Report parse(String text) throws UnreadableReportException {
		return new SubmissionParser().parse(SeedReportTests.source("report.txt", "乌石镇"),
				text.getBytes(StandardCharsets.UTF_8));
	}

}
