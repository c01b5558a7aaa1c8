package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;

/**
 * 沭阳县发展和改革局's real page (../shared/real) as a county site serves it, with the article's tools and the site
 * footer below part 六 (扫一扫在手机打开当前页, 【打印本页】【关闭窗口】, 网站地图 | 联系我们, 主办单位, 网站标识码, 苏ICP备…,
 * 苏公网安备…, 建议使用…浏览器), and that page printed by Chromium to PDF: fixtures in src/test/resources/real/web (its
 * README says how they were made). The footer is not part 六, and fools no rule reading the prose; every figure is the
 * transcription's; a copy that lost a row, a page or its end is rejected naming what is absent.
 */
class WebPageFooterTests {

	private static final String SIX = "2023年度，县发展和改革局政府信息公开未发生收费情况。\n沭阳县发展和改革局\n2024年1月17日";

	private static final String CARRIED_FORWARD = "四、结转下年度继续办理";

	@Test
	void theSavedPageWithItsFooterReadsAsTranscribed() throws Exception {
		Report report = parse("shuyang-fgj-2023.footer.html", html().getBytes(StandardCharsets.UTF_8));
		RealWebPageTests.assertTranscribed(report);
		assertThat(report.title()).isEqualTo("沭阳县发展和改革局2023年政府信息公开年度报告");
		assertThat(report.section("六")).isEqualTo(SIX);
		assertThat(report.outline()).isEqualTo("一二三四五六");
		assertThat(rules(report)).containsExactly(Map.entry("CELL-MISSING", 125L));
	}

	@Test
	void chromiumsPdfOfThePageReadsAsTranscribed() throws Exception {
		Report report = parse("shuyang-fgj-2023.footer.chromium.pdf", pdf());
		RealWebPageTests.assertTranscribed(report);
		assertThat(report.title()).isEqualTo("沭阳县发展和改革局2023年政府信息公开年度报告");
		assertThat(report.statedUnit()).isEqualTo("沭阳县发展和改革局");
		assertThat(report.year()).isEqualTo(2023);
		assertThat(report.section("六")).isEqualTo(SIX);
		assertThat(rules(report)).containsExactly(Map.entry("CELL-MISSING", 125L));
	}

	/**
	 * Old sites lay the page out with a table, the article in one of its cells (and the form's tables nested in it):
	 * its cells are read as paragraphs, the report's tables as tables.
	 */
	@Test
	void aPageLaidOutWithATableReadsAsTranscribed() throws Exception {
		String page = html();
		int start = page.indexOf("<ucapcontent>");
		int end = page.indexOf("</ucapcontent>") + "</ucapcontent>".length();
		String laidOut = page.substring(0, start) + "<table width=\"100%\" border=\"0\"><tr><td class=\"bt_content\">"
				+ page.substring(start, end) + "</td></tr><tr><td>【打印本页】【关闭窗口】</td></tr></table>" + page.substring(end);
		Report report = parse("page.html", laidOut.getBytes(StandardCharsets.UTF_8));
		RealWebPageTests.assertTranscribed(report);
		assertThat(report.outline()).isEqualTo("一二三四五六");
		assertThat(report.section("六")).isEqualTo(SIX);
		assertThat(rules(report)).containsExactly(Map.entry("CELL-MISSING", 125L));
	}

	/** A side menu before the article (…政府信息公开年度报告) names no body and no year: it is not the title. */
	@Test
	void aSideMenuBeforeTheArticleIsNotTheTitle() throws Exception {
		String page = html();
		int article = page.indexOf("<article>") + "<article>".length();
		String withMenu = page.substring(0, article) + "<div class=\"zwgk_left\"><ul><li>政府信息公开指南</li>"
				+ "<li>政府信息公开制度</li><li>政府信息公开年度报告</li></ul></div>" + page.substring(article);
		Report report = parse("page.html", withMenu.getBytes(StandardCharsets.UTF_8));
		assertThat(report.title()).isEqualTo("沭阳县发展和改革局2023年政府信息公开年度报告");
		assertThat(report.statedUnit()).isEqualTo("沭阳县发展和改革局");
		RealWebPageTests.assertTranscribed(report);
	}

	/** A part 六 silent on fees is still FEE-SECTION-SILENT: the footer below it says nothing for the unit. */
	@Test
	void theFooterDoesNotSpeakForASilentPartSix() throws Exception {
		String page = html().replace("年度，县发展和改革局政府信息公开未发生收费情况。", "年度，本局无其他需要报告的事项。");
		Report report = parse("page.html", page.getBytes(StandardCharsets.UTF_8));
		assertThat(report.section("六")).isEqualTo("2023年度，本局无其他需要报告的事项。\n沭阳县发展和改革局\n2024年1月17日");
		assertThat(rules(report)).containsExactly(Map.entry("CELL-MISSING", 125L), Map.entry("FEE-SECTION-SILENT", 1L));
	}

	@Test
	void aPageThatLostARowIsIncompleteNamingIt() throws Exception {
		String page = html();
		int row = page.lastIndexOf("<tr", page.indexOf("结转下年度继续办理", page.indexOf("（七）总计")));
		String damaged = page.substring(0, row) + page.substring(page.indexOf("</tr>", row) + "</tr>".length());
		List<Finding> findings = validate(parse("page.html", damaged.getBytes(StandardCharsets.UTF_8)));
		assertThat(findings).filteredOn((finding) -> finding.rule().equals("TABLE-INCOMPLETE"))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.actual()).isEqualTo("缺少以下行：" + CARRIED_FORWARD));
	}

	@Test
	void aPageCutBeforeTableFourMissesIt() throws Exception {
		String page = html();
		String cut = page.substring(0, page.indexOf("四、政府信息公开行政复议、行政诉讼情况"));
		List<Finding> findings = validate(parse("page.html", cut.getBytes(StandardCharsets.UTF_8)));
		assertThat(findings).filteredOn(Finding::isError)
			.extracting(Finding::rule, Finding::location)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("TABLE-MISSING", "四、政府信息公开行政复议、行政诉讼情况"));
	}

	/**
	 * A report's own short lines in its parts naming link words (网站地图、联系我们) or a counter with its colon are above
	 * the last part heading: no footer, and the parts after them are all read.
	 */
	@Test
	void linkWordsInTheReportsPartsDoNotEndItsProse() throws Exception {
		String page = html();
		int partOne = page.indexOf("</p>", page.indexOf("一、总体情况")) + "</p>".length();
		page = page.substring(0, partOne) + "<p>本局网站设有网站地图、联系我们栏目。</p>" + page.substring(partOne);
		int partFour = page.indexOf("</p>", page.indexOf("四、政府信息公开行政复议")) + "</p>".length();
		page = page.substring(0, partFour) + "<p>门户网站访问量：12.6万人次。</p>" + page.substring(partFour);
		Report report = parse("page.html", page.getBytes(StandardCharsets.UTF_8));
		RealWebPageTests.assertTranscribed(report);
		assertThat(report.outline()).isEqualTo("一二三四五六");
		assertThat(report.section("一")).contains("本局网站设有网站地图、联系我们栏目。");
		assertThat(report.section("六")).isEqualTo(SIX);
		assertThat(rules(report)).containsExactly(Map.entry("CELL-MISSING", 125L));
	}

	/** The printed page without its 6th page (table 三's rows from （三）不予公开 3. on): those rows are named. */
	@Test
	void aPrintedPageThatLostAPageIsIncompleteNamingTheRows() throws Exception {
		List<Finding> findings = validate(parse("page.pdf", withoutPage(pdf(), 5)));
		List<Finding> incomplete = findings.stream().filter((f) -> f.rule().equals("TABLE-INCOMPLETE")).toList();
		assertThat(incomplete).singleElement()
			.satisfies((finding) -> assertThat(finding.message()).startsWith("表三缺少以下行：").contains("（四）无法提供"));
	}

	/**
	 * The page's text copied one cell per line, cut after table 四 (a copy without parts 五 and 六) with the site's
	 * footer right below the table: the footer ends the table, it is read as no cell of table 四.
	 */
	@Test
	void aFooterRightBelowTheLastTableIsNoCellOfIt() throws Exception {
		for (PageCopies.Shape shape : PageCopies.Shape.values()) {
			String copy = PageCopies.copy(shape);
			String cut = copy.substring(0, copy.indexOf("五、存在的主要问题")) + "网站地图 | 联系我们 | 网站声明\n"
					+ "主办单位：沭阳县人民政府办公室　承办单位：沭阳县大数据管理局\n网站标识码：3213220001　苏ICP备05004227号-1\n";
			Report report = parse("page.txt", cut.getBytes(StandardCharsets.UTF_8));
			RealWebPageTests.assertTranscribed(report);
			assertThat(report.section("四")).as(shape.name()).isEmpty();
			assertThat(rules(report)).as(shape.name())
				.containsExactly(Map.entry("CELL-MISSING", 125L), Map.entry("FEE-SECTION-SILENT", 1L),
						Map.entry("OUTLINE-INCOMPLETE", 1L), Map.entry("SECTION-FIVE-EMPTY", 1L));
		}
	}

	/** The footer's lines are furniture; a report's own sentence naming its address, telephone and site is not. */
	@Test
	void footerLinesAreToldFromTheReportsOwnLines() {
		assertThat(List.of("扫一扫在手机打开当前页", "【打印本页】 【关闭窗口】", "网站地图 | 联系我们 | 网站声明",
				"主办单位：沭阳县人民政府办公室　承办单位：沭阳县大数据管理局", "网站标识码：3213220001　苏ICP备05004227号-1",
				"建议使用1366×768以上分辨率，IE10以上版本浏览器访问本站", "Copyright © 2024 沭阳县人民政府"))
			.allMatch(SiteFooter::isFooter);
		assertThat(List.of("如对年度报告有疑问，请与沭阳县发展和改革局联系（地址：沭阳县沭城街道苏州东路42号，邮编：223600，电话：0527—83593059）。",
				"沭阳县发展和改革局", "2024年1月17日", "2023年度，县发展和改革局政府信息公开未发生收费情况。",
				"群众可通过手机扫一扫政务服务二维码查询办理进度，并在网站首页的政务公开专栏查看本单位发布的各类政府信息。",
				"全年门户网站访问量达12.6万人次。"))
			.noneMatch(SiteFooter::isFooter);
	}

	private static Map<String, Long> rules(Report report) {
		Map<String, Long> byRule = new TreeMap<>();
		validate(report).forEach((finding) -> byRule.merge(finding.rule(), 1L, Long::sum));
		return byRule;
	}

	private static List<Finding> validate(Report report) {
		return FormStructureTests.validate(report, 2023);
	}

	private static Report parse(String name, byte[] bytes) throws Exception {
		return new SubmissionParser().parse(SeedReportTests.source(name, "沭阳县发展和改革局"), bytes);
	}

	private static String html() throws Exception {
		return new String(resource("shuyang-fgj-2023.footer.html"), StandardCharsets.UTF_8);
	}

	private static byte[] pdf() throws Exception {
		return resource("shuyang-fgj-2023.footer.chromium.pdf");
	}

	private static byte[] resource(String name) throws Exception {
		try (InputStream in = WebPageFooterTests.class.getResourceAsStream("/real/web/" + name)) {
			return in.readAllBytes();
		}
	}

	private static byte[] withoutPage(byte[] pdf, int pageIndex) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			document.removePage(pageIndex);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

}
