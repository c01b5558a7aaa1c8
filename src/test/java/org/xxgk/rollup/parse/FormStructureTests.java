package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.HtmlPageWriter;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.demo.SeedLayoutWriter;
import org.xxgk.rollup.demo.WebTextWriter;
import org.xxgk.rollup.demo.WebTextWriter.Shape;
import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Severity;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.validate.History;
import org.xxgk.rollup.validate.RuleContext;
import org.xxgk.rollup.validate.SubmissionValidator;
import org.xxgk.rollup.validate.ValidationSettings;

/**
 * The form's structure decides: every row of the detected template must be found (TABLE-INCOMPLETE), a 2021-form
 * report printing （六）其他处理 as one row is read as its total, and cells as real units fill them (a number with a
 * note, 不适用) are read for what they say.
 */
class FormStructureTests {

	private static final String UNIT = "雷州市乌石镇人民政府";

	private static final String OTHER = "applications.result.other.";

	private static final List<String> COLUMNS = List.of("natural_person", "enterprise", "research", "public_interest",
			"legal_services", "other_org", "total");

	@ParameterizedTest
	@EnumSource(Template.class)
	void aCompleteReportHasNoTableIncomplete(Template template) throws Exception {
		GeneratedReport generated = GeneratedReport.of(UNIT, 2021, template,
				SampleFigures.consistent(template, new Random(3), 7));
		for (String text : List.of(HtmlPageWriter.write(generated), WebTextWriter.write(generated, Shape.PIPE_ROWS),
				SeedLayoutWriter.write(generated))) {
			List<Finding> findings = validate(parse(text));
			assertThat(findings).extracting(Finding::rule).doesNotContain("TABLE-INCOMPLETE", "ROW-OUTDATED");
			assertThat(findings).filteredOn(Finding::isError).isEmpty();
		}
	}

	@Test
	void aRowLeftOutOfAWebPageIsTableIncompleteInTheFormsWords() throws Exception {
		Map<String, BigDecimal> figures = SampleFigures.distinct(Template.V2021);
		String html = HtmlPageWriter.write(GeneratedReport.of(UNIT, 2021, Template.V2021, figures))
			.replace("<tr><td rowspan=\"3\"><p>（四）无法提供", "<tr><td rowspan=\"2\"><p>（四）无法提供")
			.replaceFirst("<tr><td><p>2\\.没有现成信息需要另行制作</p>.*?</tr>\n?", "");
		Report report = parse(html);
		assertThat(report.figures()).doesNotContainKey("applications.result.unavailable.needs_creation.total");
		assertThat(report.figures().get("applications.result.unavailable.unclear_after_correction.total").value())
			.isEqualByComparingTo(figures.get("applications.result.unavailable.unclear_after_correction.total"));
		List<Finding> findings = validate(report);
		Finding incomplete = only(findings, "TABLE-INCOMPLETE");
		assertThat(incomplete.severity()).isEqualTo(Severity.ERROR);
		assertThat(incomplete.message()).startsWith("表三缺少以下行：（四）无法提供 2.没有现成信息需要另行制作。");
		// the absent row's seven cells are TABLE-INCOMPLETE's, not seven CELL-MISSING warnings as well
		assertThat(findings).extracting(Finding::rule).doesNotContain("CELL-MISSING");
	}

	@Test
	void aRowWhoseLabelIsNotRecognisedIsTableIncompleteToo() throws Exception {
		Map<String, BigDecimal> figures = SampleFigures.distinct(Template.V2019);
		String text = WebTextWriter.write(GeneratedReport.of(UNIT, 2021, Template.V2019, figures), Shape.PIPE_ROWS)
			.replace("行政强制 |", "行政检查 |");
		List<Finding> findings = validate(parse(text));
		assertThat(only(findings, "TABLE-INCOMPLETE").message()).startsWith("表二缺少以下行：行政强制。");
		assertThat(only(findings, "LABEL-UNEXPECTED").actual()).isEqualTo("行政检查");
	}

	@Test
	void aWholeColumnNotRecognisedIsNamed() throws Exception {
		Map<String, BigDecimal> figures = SampleFigures.distinct(Template.V2021);
		String html = HtmlPageWriter.write(GeneratedReport.of(UNIT, 2021, Template.V2021, figures))
			.replace("<p>科研机构</p>", "<p>高等院校</p>");
		Finding incomplete = only(validate(parse(html)), "TABLE-INCOMPLETE");
		assertThat(incomplete.message()).startsWith("表三缺少以下列：科研机构。");
	}

	@Test
	void otherProcessingPrintedAsOneRowInThe2021FormIsReadAsItsTotal() throws Exception {
		Map<String, BigDecimal> figures = SampleFigures.consistent(Template.V2021, new Random(5), 9);
		StringBuilder oneRow = new StringBuilder("<tr><td colspan=\"2\"><p>（六）其他处理</p></td>");
		for (String column : COLUMNS) {
			BigDecimal sum = figures.get(OTHER + "no_correction." + column)
				.add(figures.get(OTHER + "unpaid_fee." + column))
				.add(figures.get(OTHER + "other." + column));
			oneRow.append("<td><p>").append(sum.toPlainString()).append("</p></td>");
		}
		oneRow.append("</tr>\n");
		String html = Pattern.compile("<tr><td rowspan=\"3\"><p>（六）其他处理.*?<p>3\\.其他</p>.*?</tr>\n", Pattern.DOTALL)
			.matcher(HtmlPageWriter.write(GeneratedReport.of(UNIT, 2021, Template.V2021, figures)))
			.replaceFirst(oneRow.toString());
		Report report = parse(html);
		assertThat(report.template()).isEqualTo(Template.V2021);
		for (String column : COLUMNS) {
			Cell cell = report.figures().get(OTHER + column);
			BigDecimal sum = figures.get(OTHER + "no_correction." + column)
				.add(figures.get(OTHER + "unpaid_fee." + column))
				.add(figures.get(OTHER + "other." + column));
			assertThat(cell.state()).as(column).isEqualTo(CellState.NUMBER);
			assertThat(cell.value()).as(column).isEqualByComparingTo(sum);
			assertThat(report.figures()).doesNotContainKeys(OTHER + "no_correction." + column,
					OTHER + "unpaid_fee." + column, OTHER + "other." + column);
		}
		assertThat(report.unexpectedLabels()).isEmpty();
		List<Finding> findings = validate(report);
		assertThat(only(findings, "ROW-OUTDATED").severity()).isEqualTo(Severity.WARNING);
		// the cross-checks add （六） as printed: the consistent figures stay consistent
		assertThat(findings).extracting(Finding::rule)
			.doesNotContain("TABLE-INCOMPLETE", "APP-RESULT-TOTAL", "APP-COLUMN-TOTAL", "CELL-MISSING");
		assertThat(findings).filteredOn(Finding::isError).isEmpty();
	}

	@Test
	void aOneRowOtherProcessingThatDoesNotAddUpIsCaughtByTheCrossCheck() throws Exception {
		Map<String, BigDecimal> figures = SampleFigures.consistent(Template.V2021, new Random(5), 9);
		String html = Pattern.compile("<tr><td rowspan=\"3\"><p>（六）其他处理.*?<p>3\\.其他</p>.*?</tr>\n", Pattern.DOTALL)
			.matcher(HtmlPageWriter.write(GeneratedReport.of(UNIT, 2021, Template.V2021, figures)))
			.replaceFirst("<tr><td colspan=\"2\"><p>（六）其他处理</p></td>" + "<td><p>900</p></td>".repeat(7) + "</tr>\n");
		List<Finding> findings = validate(parse(html));
		assertThat(findings).filteredOn((f) -> f.rule().equals("APP-RESULT-TOTAL")).hasSize(7);
		assertThat(findings).filteredOn((f) -> f.rule().equals("APP-COLUMN-TOTAL"))
			.extracting(Finding::metric)
			.containsExactly(OTHER + "total");
	}

	@Test
	void aNumberWithANoteIsReadAsTheNumberAndKeepsTheNote() throws Exception {
		Map<String, BigDecimal> figures = SampleFigures.distinct(Template.V2021);
		GeneratedReport generated = GeneratedReport.of(UNIT, 2021, Template.V2021, figures)
			.withCell("proactive.normative_docs.issued", "22（其中修订16件）")
			.withCell("proactive.normative_docs.repealed", "22（其中修订 16 件）")
			.withCell("proactive.normative_docs.in_force", "55（含自然失效29件）");
		for (String text : List.of(HtmlPageWriter.write(generated), SeedLayoutWriter.write(generated))) {
			Report report = parse(text);
			assertThat(report.figures().get("proactive.normative_docs.issued"))
				.extracting(Cell::value, Cell::state, Cell::note)
				.containsExactly(new BigDecimal("22"), CellState.NUMBER, "其中修订16件");
			assertThat(report.figures().get("proactive.normative_docs.repealed").note()).isEqualTo("其中修订16件");
			assertThat(report.figures().get("proactive.normative_docs.in_force"))
				.extracting(Cell::value, Cell::note)
				.containsExactly(new BigDecimal("55"), "含自然失效29件");
			List<Finding> findings = validate(report);
			assertThat(findings).filteredOn((f) -> f.rule().equals("CELL-ANNOTATED"))
				.extracting(Finding::metric, Finding::severity, Finding::expected)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("proactive.normative_docs.issued", Severity.WARNING, "22"),
						org.assertj.core.groups.Tuple.tuple("proactive.normative_docs.repealed", Severity.WARNING, "22"),
						org.assertj.core.groups.Tuple.tuple("proactive.normative_docs.in_force", Severity.WARNING, "55"));
			assertThat(findings.stream().filter((f) -> f.rule().equals("CELL-ANNOTATED")).findFirst().get().message())
				.contains("已按22计入汇总").contains("“其中修订16件”");
			assertThat(findings).extracting(Finding::rule).doesNotContain("CELL-NOT-NUMBER");
		}
	}

	@Test
	void notApplicableIsItsOwnStateNeitherBlankNorZeroNorMissing() throws Exception {
		Map<String, BigDecimal> figures = SampleFigures.distinct(Template.V2021);
		GeneratedReport generated = GeneratedReport.of(UNIT, 2021, Template.V2021, figures)
			.withCell("proactive.fees.amount", "不适用")
			.withCell("proactive.rules.issued", "N/A");
		for (String text : List.of(HtmlPageWriter.write(generated), SeedLayoutWriter.write(generated),
				WebTextWriter.write(generated, Shape.CELL_PER_LINE))) {
			Report report = parse(text);
			Cell fees = report.figures().get("proactive.fees.amount");
			assertThat(fees).extracting(Cell::raw, Cell::value, Cell::state)
				.containsExactly("不适用", null, CellState.NOT_APPLICABLE);
			assertThat(fees.valueOrZero()).isEqualByComparingTo("0");
			assertThat(report.figures().get("proactive.rules.issued").state()).isEqualTo(CellState.NOT_APPLICABLE);
			assertThat(report.figures().get("proactive.rules.repealed").value())
				.isEqualByComparingTo(figures.get("proactive.rules.repealed"));
			List<Finding> findings = validate(report);
			assertThat(findings).filteredOn((f) -> f.rule().equals("CELL-NOT-APPLICABLE"))
				.extracting(Finding::metric)
				.containsExactlyInAnyOrder("proactive.fees.amount", "proactive.rules.issued");
			assertThat(findings).extracting(Finding::rule).doesNotContain("CELL-MISSING", "CELL-NOT-NUMBER");
		}
	}

	@Test
	void plainCellsRaiseNeitherCellRule() throws Exception {
		GeneratedReport generated = GeneratedReport.of(UNIT, 2021, Template.V2021,
				SampleFigures.distinct(Template.V2021));
		List<Finding> findings = validate(parse(HtmlPageWriter.write(generated)));
		assertThat(findings).extracting(Finding::rule).doesNotContain("CELL-ANNOTATED", "CELL-NOT-APPLICABLE");
	}

	static Finding only(List<Finding> findings, String rule) {
		List<Finding> of = findings.stream().filter((f) -> f.rule().equals(rule)).toList();
		assertThat(of).as(rule + " in " + findings).hasSize(1);
		return of.get(0);
	}

	static List<Finding> validate(Report report) {
		return validate(report, 2021);
	}

	/** The findings of the report's own content: there is no registry here, so UNIT-UNKNOWN is left out. */
	static List<Finding> validate(Report report, int year) {
		return SubmissionValidator.standard()
			.validate(report, new RuleContext(year, null, Instant.EPOCH, History.NONE, ValidationSettings.defaults()))
			.stream()
			.filter((finding) -> !finding.rule().equals("UNIT-UNKNOWN"))
			.toList();
	}

	private static Report parse(String text) throws UnreadableReportException {
		return new SubmissionParser().parse(SeedReportTests.source("report.txt", "乌石镇"),
				text.getBytes(StandardCharsets.UTF_8));
	}

}
