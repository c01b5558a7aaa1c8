package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.demo.WebTextWriter;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Template;

/**
 * Tables printed without their headings 二、三、四 (the unit deleted them, or set them as images): each table is found
 * by the words the form prints first in it (第二十条…, 申请人情况 or the 勾稽 note, 行政复议 | 行政诉讼), in 淮安市人民政府's
 * PDF as {@code pdftotext -layout} writes it, in 沭阳县发展和改革局's saved page, and in each shape of text copied from a
 * web page. The figures are the transcription's; a copy that also lost a row or table 四 is rejected naming it.
 */
class HeadlessTableTests {

	private static final List<String> TABLE_HEADINGS = List.of("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
			"四、政府信息公开行政复议、行政诉讼情况");

	@Test
	void theRealPdfsColumnTextWithoutTableHeadingsReadsAsTranscribed() throws Exception {
		Report report = parse(withoutHeadings(huaianLayout()));
		RealTextCopyTests.assertTranscribed(report, "huaian-city-2024.json", 2024, Set.of());
		assertThat(report.unexpectedLabels()).isEmpty();
		assertThat(report.outline()).isEqualTo("一五六");
		assertThat(report.section("六")).contains("全年收取政府信息公开信息处理费 3940 元");
		// the tables are read, but rules.md counts the parts by their titles: the three untitled parts are a warning
		List<Finding> findings = FormStructureTests.validate(report, 2024);
		assertThat(findings).extracting(Finding::rule).containsExactly("OUTLINE-INCOMPLETE");
		assertThat(findings.get(0).actual()).isEqualTo("缺少：二、主动公开政府信息情况（表格已找到，缺少标题）、"
				+ "三、收到和处理政府信息公开申请情况（表格已找到，缺少标题）、四、政府信息公开行政复议、行政诉讼情况（表格已找到，缺少标题）");
	}

	@Test
	void theRealPageWithoutTableHeadingsReadsAsTranscribed() throws Exception {
		Document page = Jsoup.parse(Files.readString(RealWebPageTests.REAL.resolve("沭阳县发展和改革局2023年政府信息公开年度报告.html")));
		for (String heading : TABLE_HEADINGS) {
			Element paragraph = page.select("p").stream().filter((p) -> p.text().strip().equals(heading)).findFirst().orElseThrow();
			paragraph.remove();
		}
		Report report = parse(page.outerHtml());
		RealWebPageTests.assertTranscribed(report);
		assertThat(report.outline()).isEqualTo("一五六");
	}

	@ParameterizedTest
	@EnumSource(WebTextWriter.Shape.class)
	void copiedWebTextWithoutTableHeadingsReadsEveryFigure(WebTextWriter.Shape shape) throws Exception {
		for (Template template : Template.values()) {
			Map<String, BigDecimal> figures = SampleFigures.distinct(template);
			GeneratedReport generated = GeneratedReport.of("雷州市乌石镇人民政府", 2021, template, figures);
			String text = withoutHeadings(WebTextWriter.write(generated, shape));
			Report report = parse(text);
			RoundTripTests.assertSameReport(report, generated, figures, false);
		}
	}

	/**
	 * The real page copied as pipe rows without its table headings, table 二's first block heading broken over two
	 * lines above the table (第二十 / 条第（一）项 |): the broken heading is table 二's, not part 一's prose.
	 */
	private static final String LAST_LINE_OF_PART_ONE = "办理结果按时在本部门网站主动公开，自觉接受代表、委员和社会的监督。";

	@Test
	void aBlockHeadingBrokenAboveAHeadlessTableIsTheTables() throws Exception {
		String copy = withoutHeadings(PageCopies.copy(PageCopies.Shape.PIPE_ROWS));
		assertThat(copy).contains("\n第二十条第（一）项 |\n");
		Report report = parse(copy.replace("\n第二十条第（一）项 |\n", "\n第二十\n条第（一）项 |\n"));
		RealWebPageTests.assertTranscribed(report);
		assertThat(report.section("一")).doesNotContain("第二十").endsWith(LAST_LINE_OF_PART_ONE);
	}

	/** The real page copied as a browser puts a table on the clipboard (a tab between cells), without its headings. */
	@Test
	void theRealPageCopiedWithTabsWithoutTableHeadingsReadsAsTranscribed() throws Exception {
		Report report = parse(withoutHeadings(PageCopies.copy(PageCopies.Shape.TAB_ROWS)));
		RealWebPageTests.assertTranscribed(report);
		assertThat(report.outline()).isEqualTo("一五六");
	}

	@Test
	void aHeadlessCopyThatLostARowIsIncompleteNamingIt() throws Exception {
		String text = withoutHeadings(huaianLayout()).replaceFirst("(?m)^二、上年结转政府信息公开申请数量.*$", "");
		List<Finding> findings = FormStructureTests.validate(parse(text), 2024);
		assertThat(FormStructureTests.only(findings, "TABLE-INCOMPLETE").actual()).isEqualTo("缺少以下行：二、上年结转政府信息公开申请数量");
	}

	@Test
	void aHeadlessCopyCutBeforeTableFourMissesIt() throws Exception {
		String text = withoutHeadings(huaianLayout());
		text = text.substring(0, text.indexOf("行政复议", text.indexOf("四、结转下年度继续办理")));
		List<Finding> findings = FormStructureTests.validate(parse(text), 2024);
		assertThat(findings).filteredOn(Finding::isError)
			.extracting(Finding::rule, Finding::location)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("TABLE-MISSING", "四、政府信息公开行政复议、行政诉讼情况"));
	}

	/** The text with the three table headings' lines removed (the heading alone on its line, wherever it is). */
	private static String withoutHeadings(String text) {
		String headless = text;
		for (String heading : TABLE_HEADINGS) {
			String before = headless;
			headless = headless.replaceFirst("(?m)^[\\s|]*" + heading + "[\\s|]*$\\n?", "");
			assertThat(headless).as(heading).isNotEqualTo(before);
		}
		return headless;
	}

	private static String huaianLayout() throws Exception {
		try (InputStream in = HeadlessTableTests.class.getResourceAsStream("/real/huaian-city-2024.layout.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Report parse(String text) throws Exception {
		return new SubmissionParser().parse(SeedReportTests.source("report.txt", "real"), text.getBytes(StandardCharsets.UTF_8));
	}

}
