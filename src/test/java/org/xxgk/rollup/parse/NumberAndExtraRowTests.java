package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.UnexpectedLabel;

/**
 * Numbers and rows as units print them beyond the form, on two real reports (淮安市人民政府's PDF as {@code pdftotext
 * -layout} writes it, 沭阳县发展和改革局's saved page): thousands separators (3,001), a digit group spaced (3 119),
 * full-width digits (１２８８), a trailing .0 (1362.0, 96,171.60); a 其中：… sub-row added to table 二 and a 合计 row
 * added to table 三 (LABEL-UNEXPECTED, their figures not used, every form figure still read); table 三 broken into two
 * tables that repeat its header. Every figure is the transcription's; a copy with an added 合计 that lost a row is
 * rejected naming that row.
 */
class NumberAndExtraRowTests {

	@Test
	void numbersWrittenWithSeparatorsFullWidthOrTrailingZerosAreTheNumbers() throws Exception {
		String text = huaianLayout().replace("3001        53", "3,001       53")
			.replace("4   3119\n", "4  3 119\n")
			.replace("（一）予以公开                   1288", "（一）予以公开                   １２８８")
			.replace("3   1362\n", "3   1362.0\n")
			.replace("96171.6\n", "96,171.60\n");
		Report report = parse(text);
		RealTextCopyTests.assertTranscribed(report, "huaian-city-2024.json", 2024, Set.of());
		assertThat(report.unexpectedLabels()).isEmpty();
		// the text as printed stays with the figure where it differs from the number
		assertThat(List.of("applications.new.natural_person", "applications.new.total",
				"applications.result.disclosed.natural_person", "applications.result.disclosed.total", "proactive.fees.amount"))
			.extracting((code) -> report.figures().get(code).raw())
			.containsExactly("3,001", "3 119", "１２８８", "1362.0", "96,171.60");
		assertThat(FormStructureTests.validate(report, 2024)).isEmpty();
	}

	@Test
	void addedSubtotalAndSubRowsAreUnexpectedLabelsAndEveryFormFigureIsRead() throws Exception {
		Report report = parse(withAddedRows(huaianLayout()));
		RealTextCopyTests.assertTranscribed(report, "huaian-city-2024.json", 2024, Set.of());
		assertThat(report.unexpectedLabels()).extracting(UnexpectedLabel::table, UnexpectedLabel::label)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "其中：部门规范性文件"), org.assertj.core.groups.Tuple.tuple(3, "合计"));
		assertThat(rules(report, 2024)).containsExactly(Map.entry("LABEL-UNEXPECTED", 2L));
	}

	@Test
	void addedRowsOnTheSavedPageAreUnexpectedLabels() throws Exception {
		Document page = page();
		Element normative = row(page, "规范性文件");
		Element subRow = normative.clone();
		subRow.child(0).text("其中：部门规范性文件");
		normative.after(subRow);
		Element total = row(page, "（七）总计");
		Element added = total.clone();
		added.child(0).attr("colspan", String.valueOf(Math.max(2, Integer.parseInt("0" + added.child(0).attr("colspan")))));
		added.child(0).text("合计");
		row(page, "四、结转下年度继续办理").after(added);
		Report report = parse(page.outerHtml());
		RealWebPageTests.assertTranscribed(withoutUnexpected(report));
		assertThat(report.unexpectedLabels()).extracting(UnexpectedLabel::table, UnexpectedLabel::label)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(2, "其中：部门规范性文件"),
					org.assertj.core.groups.Tuple.tuple(3, "合计"));
	}

	@Test
	void tableThreeBrokenIntoTwoTablesRepeatingItsHeaderIsOneTable() throws Exception {
		Document page = page();
		Element carried = row(page, "二、上年结转政府信息公开申请数量");
		Element table = carried.closest("table");
		Element second = table.clone();
		List<Element> rows = table.select("tr").stream().filter((tr) -> tr.closest("table") == table).toList();
		int split = rows.indexOf(carried) + 1;
		List<Element> copied = second.select("tr").stream().filter((tr) -> tr.closest("table") == second).toList();
		// the first table keeps the header and rows down to 二、上年结转; the second repeats the three header rows
		rows.subList(split, rows.size()).forEach(Element::remove);
		copied.subList(3, split).forEach(Element::remove);
		table.after(second);
		table.after("<p>-4-</p>");
		Report report = parse(page.outerHtml());
		RealWebPageTests.assertTranscribed(report);
	}

	@Test
	void aCopyWithAnAddedTotalThatLostARowIsIncompleteNamingIt() throws Exception {
		String text = withAddedRows(huaianLayout()).replaceFirst("(?m)^\\s*7\\.属于行政执法案卷.*$", "");
		List<Finding> findings = FormStructureTests.validate(parse(text), 2024);
		assertThat(FormStructureTests.only(findings, "TABLE-INCOMPLETE").actual()).isEqualTo("缺少以下行：（三）不予公开 7.属于行政执法案卷");
	}

	/** 其中：部门规范性文件 under table 二's 行政规范性文件, 合计 under table 三's （七）总计. */
	private static String withAddedRows(String text) {
		String added = text.replaceFirst("(?m)^(行政规范性文件.*)$", "$1\n其中：部门规范性文件                 2           0             2")
			.replaceFirst("(?m)^(\\s*（七）总计.*)$", "$1\n\n合计                                  2932        53        0         0        61        4   3050");
		assertThat(added).contains("其中：部门规范性文件", "\n合计 ");
		return added;
	}

	private static Report withoutUnexpected(Report report) {
		return new Report(report.source(), report.title(), report.statedUnit(), report.year(), report.template(),
				report.figures(), report.tablesFound(), List.of(), report.yuanHeadedMetrics(), report.sections());
	}

	private static Map<String, Long> rules(Report report, int year) {
		Map<String, Long> byRule = new TreeMap<>();
		FormStructureTests.validate(report, year).forEach((finding) -> byRule.merge(finding.rule(), 1L, Long::sum));
		return byRule;
	}

	/** The row of the page whose first cell reads {@code label}. */
	private static Element row(Document page, String label) {
		return page.select("tr").stream()
			.filter((tr) -> !tr.children().isEmpty() && tr.child(0).text().replaceAll("\\s", "").equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError(label));
	}

	private static Document page() throws Exception {
		return Jsoup.parse(Files.readString(RealWebPageTests.REAL.resolve("沭阳县发展和改革局2023年政府信息公开年度报告.html")));
	}

	private static String huaianLayout() throws Exception {
		try (InputStream in = NumberAndExtraRowTests.class.getResourceAsStream("/real/huaian-city-2024.layout.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Report parse(String text) throws Exception {
		return new SubmissionParser().parse(SeedReportTests.source("report.txt", "real"), text.getBytes(StandardCharsets.UTF_8));
	}

}
