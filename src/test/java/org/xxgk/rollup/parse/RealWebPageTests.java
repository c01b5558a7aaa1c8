package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Template;

/**
 * Two real documents of ../shared/real/ read in their published form: 沭阳县发展和改革局's 2023 report as its saved web
 * page (Word-generated HTML: rowspan/colspan, the five 法人或其他组织 columns left blank, 规范性文件 as the row label of
 * a 2021-form table), compared with the transcription in src/test/resources/real/shuyang-fgj-2023.json; and the blank
 * 2021 form as circulated, whose three tables must be found complete with every cell blank.
 */
class RealWebPageTests {

	static final Path REAL = Path.of("..", "shared", "real");

	private static final String PAGE = "沭阳县发展和改革局2023年政府信息公开年度报告.html";

	private static final String BLANK_FORM = "政府信息公开工作年度报告模板-2021版.docx";

	static Report parseReal(String fileName) throws Exception {
		byte[] bytes = Files.readAllBytes(REAL.resolve(fileName));
		return new SubmissionParser().parse(SeedReportTests.source(fileName, "real"), bytes);
	}

	@Test
	void theSavedPageReadsEveryTranscribedCell() throws Exception {
		Report report = parseReal(PAGE);
		assertThat(report.title()).isEqualTo("沭阳县发展和改革局2023年政府信息公开年度报告");
		assertThat(report.statedUnit()).isEqualTo("沭阳县发展和改革局");
		assertThat(report.year()).isEqualTo(2023);
		assertTranscribed(report);
	}

	/**
	 * Every figure of the transcription src/test/resources/real/shuyang-fgj-2023.json (null = blank), nothing else but
	 * the seven derived （六）其他处理 totals, the 2021 form and all three tables, no unexpected label.
	 */
	static void assertTranscribed(Report report) throws Exception {
		JsonNode transcription;
		try (InputStream in = RealWebPageTests.class.getResourceAsStream("/real/shuyang-fgj-2023.json")) {
			transcription = new ObjectMapper().readTree(in);
		}
		assertThat(report.template()).isEqualTo(Template.V2021);
		assertThat(report.tablesFound()).containsExactly(2, 3, 4);
		assertThat(report.unexpectedLabels()).isEmpty();
		JsonNode metrics = transcription.get("metrics");
		assertThat(metrics.size()).isEqualTo(200);
		int blank = 0;
		for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) metrics::fields) {
			Cell cell = report.figures().get(entry.getKey());
			assertThat(cell).as(entry.getKey()).isNotNull();
			if (entry.getValue().isNull()) {
				assertThat(cell.state()).as(entry.getKey()).isEqualTo(CellState.BLANK);
				blank++;
			}
			else {
				assertThat(cell.state()).as(entry.getKey()).isEqualTo(CellState.NUMBER);
				assertThat(cell.value()).as(entry.getKey()).isEqualByComparingTo(entry.getValue().decimalValue());
			}
		}
		assertThat(blank).isEqualTo(125);
		// the seven （六）其他处理 totals the 2021 form derives: every sub-row is 0 or blank
		for (String column : FormLayout.COLUMNS) {
			assertThat(report.figures().get(FormLayout.RESULT_OTHER + column)).isEqualTo(Cell.derived(BigDecimal.ZERO));
		}
		assertThat(report.figures()).hasSize(207);
		assertThat(report.figures().get("proactive.normative_docs.in_force").value()).isEqualByComparingTo("18");
		assertThat(report.figures().get("review.reconsideration.pending").value()).isEqualByComparingTo("1");
		assertThat(report.figures().get("applications.new.natural_person").value()).isEqualByComparingTo("26");
	}

	@Test
	void theSavedPageIsAcceptedWithTheBlankCellsAsWarnings() throws Exception {
		List<Finding> findings = FormStructureTests.validate(parseReal(PAGE), 2023);
		Map<String, Long> byRule = new TreeMap<>();
		findings.forEach((finding) -> byRule.merge(finding.rule(), 1L, Long::sum));
		// the five 法人或其他组织 columns of table 三's 25 rows are blank; every cross-check holds
		assertThat(byRule).containsExactly(Map.entry("CELL-MISSING", 125L));
		assertThat(findings).noneMatch(Finding::isError);
	}

	/**
	 * The page's article as a browser's copy gives it ({@link PageCopies}): one cell per line in the three shapes
	 * real pages give, blank cells included as each shape shows them, or a row per line with {@code  | }. Every
	 * cell is the transcription's, the 125 blank cells blank (not shifted left into the 法人或其他组织 columns).
	 */
	@ParameterizedTest
	@EnumSource(PageCopies.Shape.class)
	void thePageCopiedAsTextReadsAsTranscribed(PageCopies.Shape shape) throws Exception {
		Report report = parseText(PageCopies.copy(shape));
		assertTranscribed(report);
		assertThat(report.outline()).isEqualTo("一二三四五六");
		assertThat(byRule(FormStructureTests.validate(report, 2023))).containsExactly(Map.entry("CELL-MISSING", 125L));
	}

	/**
	 * The page as Word saves a blank cell ({@code <o:p>&nbsp;</o:p>}), so each blank cell's line in the copy holds a
	 * no-break space: a blank cell, in each shape of copy and converter.
	 */
	@ParameterizedTest
	@EnumSource(value = PageCopies.Shape.class)
	void blankCellsCopiedAsNoBreakSpacesAreBlankCells(PageCopies.Shape shape) throws Exception {
		String copy = PageCopies.copy(PageCopies.realPage().replace("<o:p> </o:p>", "<o:p>&nbsp;</o:p>"), shape);
		assertThat(copy).contains("\u00A0");
		Report report = parseText(copy);
		assertTranscribed(report);
		assertThat(byRule(FormStructureTests.validate(report, 2023))).containsExactly(Map.entry("CELL-MISSING", 125L));
	}

	/** Table 二's block headings copied without the pipe of their merged cell are rows of their own. */
	@Test
	void blockHeadingsCopiedWithoutTheirPipeAreRowsOfTheirOwn() throws Exception {
		String copy = PageCopies.copy(PageCopies.Shape.PIPE_ROWS);
		assertThat(copy).contains("第二十条第（五）项 |\n");
		Report report = parseText(copy.replace("项 |\n", "项\n"));
		assertTranscribed(report);
		assertThat(byRule(FormStructureTests.validate(report, 2023))).containsExactly(Map.entry("CELL-MISSING", 125L));
	}

	/**
	 * A cell-per-line copy whose blank cells left no trace (one blank line between every two cells, as Chromium's
	 * PDF text has it): table 三's 25 rows hold two values each where the form has seven, and nothing says which
	 * columns they stood in. Each row is named as printed but unplaced, none is guessed.
	 */
	@Test
	void aCopyWhoseBlankCellsLeftNoTraceIsRefusedNamingTheRowsPrinted() throws Exception {
		String copy = PageCopies.copy(PageCopies.Shape.CELL_PER_LINE).replaceAll("\n{3,}", "\n\n");
		Report report = parseText(copy);
		assertThat(report.figures().keySet()).noneMatch((code) -> code.startsWith("applications."));
		Finding incomplete = FormStructureTests.only(FormStructureTests.validate(report, 2023), "TABLE-INCOMPLETE");
		List<String> rows = MetricCatalog.standard()
			.of(Template.V2021)
			.stream()
			.filter((metric) -> metric.table() == 3 && !FormLayout.isDerived(metric, Template.V2021))
			.map((metric) -> metric.rowLabel(Template.V2021))
			.distinct()
			.toList();
		assertThat(rows).hasSize(25);
		assertThat(incomplete.location()).isEqualTo("三、收到和处理政府信息公开申请情况");
		assertThat(incomplete.actual()).isEqualTo("以下行的数字无法对应到列：" + String.join("；", rows));
		assertThat(incomplete.message()).startsWith("表三中以下行的数字无法对应到列：一、本年新收政府信息公开申请数量；")
			.contains("无法确定每个数字所在的列").endsWith("如报送的是复制的文字，请改为报送原文件。");
	}

	/**
	 * The page with table 四's first value cell (行政复议 结果维持) left blank as Word saves a blank cell, copied in
	 * each shape: the blank is that cell, the other fourteen stay in their columns (a copy of one cell per line keeps
	 * the blank cell's line right after the header's last label, 总计).
	 */
	@ParameterizedTest
	@EnumSource(PageCopies.Shape.class)
	void tableFoursFirstValueLeftBlankIsThatCellBlank(PageCopies.Shape shape) throws Exception {
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(PageCopies.realPage());
		org.jsoup.nodes.Element tableFour = page.select("table").stream()
			.filter((table) -> table.text().contains(FormWords.RECONSIDERATION))
			.reduce((first, second) -> second)
			.orElseThrow();
		org.jsoup.nodes.Element first = tableFour.select("tr").last().selectFirst("td");
		assertThat(first.text()).isEqualTo("0");
		first.html("<p><o:p> </o:p></p>");
		Report report = parseText(PageCopies.copy(page.outerHtml(), shape));
		JsonNode metrics;
		try (InputStream in = RealWebPageTests.class.getResourceAsStream("/real/shuyang-fgj-2023.json")) {
			metrics = new ObjectMapper().readTree(in).get("metrics");
		}
		for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) metrics::fields) {
			Cell cell = report.figures().get(entry.getKey());
			assertThat(cell).as(entry.getKey()).isNotNull();
			if (entry.getValue().isNull() || entry.getKey().equals("review.reconsideration.upheld")) {
				assertThat(cell.state()).as(entry.getKey()).isEqualTo(CellState.BLANK);
			}
			else {
				assertThat(cell.value()).as(entry.getKey()).isEqualByComparingTo(entry.getValue().decimalValue());
			}
		}
		List<Finding> findings = FormStructureTests.validate(report, 2023);
		assertThat(byRule(findings)).containsExactly(Map.entry("CELL-MISSING", 126L));
		assertThat(findings).anyMatch((finding) -> "review.reconsideration.upheld".equals(finding.metric()));
	}

	/**
	 * The page with table 三 published as an image ({@code <img>} in the table's place), as pages often print it: refused
	 * with TABLE-MISSING on table 三 saying the part holds only an image, not just that the table is missing; tables 二
	 * and 四 are read.
	 */
	@Test
	void aTablePublishedAsAnImageIsNamedAsAnImage() throws Exception {
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(PageCopies.realPage());
		org.jsoup.nodes.Element tableThree = page.select("table").stream()
			.filter((table) -> table.text().contains(FormWords.NATURAL_PERSON))
			.findFirst()
			.orElseThrow();
		tableThree.after("<p><img src=\"/uploads/2024/01/biao3.png\" alt=\"\"></p>");
		tableThree.remove();
		Report report = new SubmissionParser().parse(SeedReportTests.source("report.html", "real"),
				page.outerHtml().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(report.tablesFound()).containsExactly(2, 4);
		assertThat(report.figures().get("review.reconsideration.pending").value()).isEqualByComparingTo("1");
		List<Finding> errors = FormStructureTests.validate(report, 2023).stream().filter(Finding::isError).toList();
		assertThat(errors).extracting(Finding::rule, Finding::actual)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("TABLE-MISSING", "未找到（该部分是图片）"));
		assertThat(errors.get(0).message()).startsWith(
				"报告中找不到表三（三、收到和处理政府信息公开申请情况）：该部分只有一张图片（/uploads/2024/01/biao3.png），图片中的数字无法读取。");
		assertThat(report.section("一")).doesNotContain("<img");
	}

	static Report parseText(String text) throws Exception {
		return new SubmissionParser().parse(SeedReportTests.source("report.txt", "real"),
				text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static Map<String, Long> byRule(List<Finding> findings) {
		Map<String, Long> byRule = new TreeMap<>();
		findings.forEach((finding) -> byRule.merge(finding.rule(), 1L, Long::sum));
		return byRule;
	}

	@Test
	void theBlankFormHasAllThreeTablesCompleteAndEveryCellBlank() throws Exception {
		Report report = parseReal(BLANK_FORM);
		assertThat(report.template()).isEqualTo(Template.V2021);
		assertThat(report.tablesFound()).containsExactly(2, 3, 4);
		assertThat(report.unexpectedLabels()).isEmpty();
		List<Metric> printed = MetricCatalog.standard()
			.of(Template.V2021)
			.stream()
			.filter((metric) -> !FormLayout.isDerived(metric, Template.V2021))
			.toList();
		assertThat(printed).hasSize(200);
		for (Metric metric : printed) {
			assertThat(report.figures().get(metric.code())).as(metric.code())
				.extracting(Cell::state, Cell::value)
				.containsExactly(CellState.BLANK, null);
		}
		List<Finding> findings = FormStructureTests.validate(report, 2021);
		assertThat(findings).extracting(Finding::rule).doesNotContain("TABLE-INCOMPLETE", "TABLE-MISSING", "LABEL-UNEXPECTED");
		// sent as a report, the blank form is one error, not 200 CELL-MISSING warnings and a unit of zeros counted
		assertThat(findings).filteredOn(Finding::isError)
			.extracting(Finding::rule, Finding::location, Finding::actual)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("FORM-BLANK", "表二、表三、表四", "全部空白（200 格）"));
		assertThat(findings).extracting(Finding::rule).doesNotContain("CELL-MISSING");
	}

}
