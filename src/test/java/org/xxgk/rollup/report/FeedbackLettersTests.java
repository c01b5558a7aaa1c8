package org.xxgk.rollup.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.SubmissionStatus;
import org.xxgk.rollup.model.UnitStatus;
import org.xxgk.rollup.report.ReviewData.ReceivedFile;
import org.xxgk.rollup.report.ReviewData.ReviewFinding;
import org.xxgk.rollup.report.ReviewData.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The letters, one kind per status, each statement true of the unit it addresses: read back from their HTML for a
 * district (全区) whose office set its name, telephone and resubmission deadline.
 */
class FeedbackLettersTests {

	private static final OffsetDateTime RUN = OffsetDateTime.parse("2022-02-20T10:00:00+08:00");

	private static final OffsetDateTime ON_TIME = OffsetDateTime.parse("2022-01-20T09:30:00+08:00");

	private static final OffsetDateTime LATE = OffsetDateTime.parse("2022-02-14T16:30:00+08:00");

	private static final OfficeSettings OFFICE = new OfficeSettings("赤坎区人民政府办公室政务公开科", "0759-3333333",
			LocalDate.of(2022, 3, 1), 10);

	private static ReviewFinding finding(String code, String name, String file, String rule, String severity,
			String metric, String message) {
		return new ReviewFinding(code, name, file, "2021", rule, severity, metric, "", "", "", message);
	}

	private static ReviewData district() {
		List<Unit> units = List.of(
				new Unit("440802001", "中华街道", UnitStatus.MISSING, "", List.of()),
				new Unit("440802002", "寸金街道", UnitStatus.REJECTED, "2021",
						List.of(new ReceivedFile("寸金街道2021年报.docx", ON_TIME, SubmissionStatus.REJECTED))),
				new Unit("440802003", "调顺街道", UnitStatus.LATE, "2021",
						List.of(new ReceivedFile("调顺.txt", LATE, SubmissionStatus.ACCEPTED_WITH_WARNINGS))),
				new Unit("440802004", "南桥街道", UnitStatus.CORRECTED_AFTER_DEADLINE, "2021",
						List.of(new ReceivedFile("南桥（更正稿）.txt", LATE, SubmissionStatus.ACCEPTED_WITH_WARNINGS))),
				new Unit("440802005", "北桥街道", UnitStatus.ACCEPTED_WITH_WARNINGS, "2021",
						List.of(new ReceivedFile("北桥.txt", ON_TIME, SubmissionStatus.ACCEPTED_WITH_WARNINGS))),
				new Unit("440802006", "沙湾街道", UnitStatus.ACCEPTED, "2021",
						List.of(new ReceivedFile("沙湾.txt", ON_TIME, SubmissionStatus.ACCEPTED))));
		List<ReviewFinding> findings = new ArrayList<>();
		findings.add(finding("440802001", "中华街道", "", "SUBMISSION-MISSING", "warning", "", "尚未收到中华街道本年度的政府信息公开工作年度报告。"));
		findings.add(finding("440802002", "寸金街道", "寸金街道2021年报.docx", "TEMPLATE-OUTDATED", "warning", "", "旧表格。"));
		findings.add(finding("440802002", "寸金街道", "寸金街道2021年报.docx", "APP-BALANCE", "error",
				"applications.new.total", "表三“总计”列不平衡。"));
		findings.add(finding("440802003", "调顺街道", "调顺.txt", "SUBMISSION-LATE", "warning", "", "晚了。"));
		findings.add(finding("440802004", "南桥街道", "南桥（更正稿）.txt", "VERSION-CHANGED", "warning", "", "更正稿替换了按时报送的版本。"));
		// a block of blank cells: table 三's row 一 has seven
		for (String column : List.of("natural_person", "enterprise", "research", "public_interest", "legal_services",
				"other_org", "total")) {
			findings.add(finding("440802005", "北桥街道", "北桥.txt", "CELL-MISSING", "warning", "applications.new." + column,
					"空白。"));
		}
		findings.add(finding("440802005", "北桥街道", "北桥.txt", "CELL-MISSING", "warning", "review.reconsideration.total",
				"空白。"));
		findings.add(finding(null, "", "无名.txt", "UNIT-UNKNOWN", "error", "", "无法确定报送单位。"));
		return new ReviewData("440802", "赤坎区", 2021, RUN, Optional.of(LATE), units,
				Map.of("applications.new.total", new ReviewData.Total(BigDecimal.TEN, 4, 6)), Map.of(), Map.of(), findings);
	}

	private static Map<String, Document> letters(OfficeSettings office) {
		Map<String, Document> letters = new LinkedHashMap<>();
		new FeedbackLetters(office).letters(district(), (file, html) -> letters.put(file, Jsoup.parse(html)));
		return letters;
	}

	/**
	 * Two units of a prefecture's run bear one name (城关镇 of two counties): each gets its own letter, named with its
	 * code, saying what is true of it alone, and the overview links each to its own and lists their findings apart.
	 * Before, both letters went to 城关镇.html, the second overwriting the first.
	 */
	@Test
	void unitsSharingANameGetALetterEachNamedWithTheirCode() {
		List<Unit> units = List.of(new Unit("441001101", "城关镇", UnitStatus.MISSING, "", List.of()),
				new Unit("441002101", "城关镇", UnitStatus.REJECTED, "2021",
						List.of(new ReceivedFile("城关镇2021年报.docx", ON_TIME, SubmissionStatus.REJECTED))),
				new Unit("441002102", "新安镇", UnitStatus.MISSING, "", List.of()));
		List<ReviewFinding> findings = List.of(
				finding("441001101", "城关镇", "", "SUBMISSION-MISSING", "warning", "", "尚未收到城关镇本年度的政府信息公开工作年度报告。"),
				finding("441002101", "城关镇", "城关镇2021年报.docx", "APP-BALANCE", "error", "applications.new.total",
						"表三“总计”列不平衡。"),
				finding("441002102", "新安镇", "", "SUBMISSION-MISSING", "warning", "", "尚未收到新安镇本年度的政府信息公开工作年度报告。"));
		ReviewData data = new ReviewData("441000", "某市", 2021, RUN, Optional.of(LATE), units,
				Map.of("applications.new.total", new ReviewData.Total(BigDecimal.TEN, 0, 3)), Map.of(), Map.of(), findings);
		Map<String, Document> letters = new LinkedHashMap<>();
		new FeedbackLetters(OFFICE).letters(data, (file, html) -> letters.put(file, Jsoup.parse(html)));

		assertThat(letters).containsOnlyKeys("城关镇（441001101）.html", "城关镇（441002101）.html", "新安镇.html");
		Document missing = letters.get("城关镇（441001101）.html");
		assertThat(missing.text()).contains("尚未收到").doesNotContain("城关镇2021年报.docx");
		assertThat(missing.select("tr[data-rule=APP-BALANCE]")).isEmpty();
		Document rejected = letters.get("城关镇（441002101）.html");
		assertThat(rejected.text()).contains("城关镇2021年报.docx").doesNotContain("尚未收到");
		assertThat(rejected.select("tr[data-rule=APP-BALANCE]")).hasSize(1);

		ChineseFont font = ChineseFont.locate();
		Document page = Jsoup.parse(new OverviewPage(MetricCatalog.standard()).render(data,
				new ChartRenderer(font).charts(data), font));
		assertThat(page.select("tr[data-unit] td.letter a").eachAttr("href")).containsExactly(
				"feedback/" + Html.pathSegment("城关镇（441001101）.html"),
				"feedback/" + Html.pathSegment("城关镇（441002101）.html"), "feedback/" + Html.pathSegment("新安镇.html"));
		assertThat(page.select("h3.finding-unit").eachText()).containsExactly("城关镇（441001101） 通知",
				"城关镇（441002101） 通知", "新安镇 通知");
	}

	/**
	 * The county's decisions, said as they are: 中华街道's SUBMISSION-MISSING dismissed (no reminder), 寸金街道's
	 * APP-BALANCE and 北桥街道's row of blank cells confirmed, 北桥街道's other blank dismissed.
	 */
	@Test
	void lettersSayWhatTheCountyDecided() {
		ReviewData district = district();
		List<ReviewFinding> decided = district.findings().stream().map((finding) -> {
			String decision = switch (finding.unitCode() == null ? "" : finding.unitCode() + " " + finding.rule()) {
				case "440802001 SUBMISSION-MISSING" -> "dismiss";
				case "440802002 APP-BALANCE" -> "confirm";
				case "440802005 CELL-MISSING" -> finding.metric().startsWith("applications.new.") ? "confirm" : "dismiss";
				default -> "";
			};
			return new ReviewFinding(finding.unitCode(), finding.unitName(), finding.sourceFile(), finding.template(),
					finding.rule(), finding.severity(), finding.metric(), finding.location(), finding.expected(),
					finding.actual(), finding.message(), decision, decision.isEmpty() ? "" : decision + "：县里核实");
		}).toList();
		ReviewData data = new ReviewData(district.regionCode(), district.regionName(), district.year(), district.runAt(),
				district.dataAsOf(), district.units().stream().toList(), district.totals(), district.previousTotals(),
				Map.of(), decided);
		Map<String, Document> letters = new LinkedHashMap<>();
		new FeedbackLetters(OFFICE).letters(data, (file, html) -> letters.put(file, Jsoup.parse(html)));
		assertThat(letters).as("a unit whose not reporting was dismissed is not reminded").doesNotContainKey("中华街道.html");
		Document cunjin = letters.get("寸金街道.html");
		assertThat(cunjin.select("p").get(1).text()).contains("经审核发现 1 个错误、1 个警告（其中 1 个经县级复核，问题属实），暂不能计入全区汇总");
		assertThat(cunjin.select("tr[data-rule=APP-BALANCE] td").last().text())
			.isEqualTo("经县级复核，问题属实，请修改后重新报送。请核实该栏数据，按表中的勾稽关系更正后重新报送。");
		assertThat(cunjin.select("tr[data-rule=TEMPLATE-OUTDATED] td").last().text()).doesNotContain("经县级复核");
		Document beiqiao = letters.get("北桥街道.html");
		assertThat(beiqiao.select("p").get(1).text()).contains(
				"已通过审核，计入全区汇总。审核发现以下 1 个警告，不影响汇总，经县级复核，问题属实，请修改后重新报送。请于2022年3月1日前重新报送。")
			.doesNotContain("无需重新报送").doesNotContain("更正稿");
		assertThat(beiqiao.select("tr[data-rule=CELL-MISSING]")).as("the dismissed blank is not mentioned").hasSize(1);
		assertThat(beiqiao.select("tr[data-rule=CELL-MISSING] td").last().text()).startsWith("经县级复核，问题属实，请修改后重新报送。");
	}

	@Test
	void everyUnitButTheCleanOneGetsTheLetterOfItsStatus() {
		Map<String, Document> letters = letters(OFFICE);
		assertThat(letters.keySet()).containsExactly("中华街道.html", "寸金街道.html", "调顺街道.html", "南桥街道.html",
				"北桥街道.html", "未识别单位（无名.txt）.html");
		assertThat(letters.values().stream().map((letter) -> letter.body().attr("data-kind")).toList())
			.containsExactly("催报通知", "退回修改通知", "审核意见", "审核意见", "审核意见", "审核意见");
		for (Document letter : letters.values()) {
			assertThat(letter.text()).doesNotContain("全县").doesNotContain("全市");
			assertThat(letter.selectFirst("p.signature").text()).isEqualTo("赤坎区人民政府办公室政务公开科 2022年2月20日");
			assertThat(letter.text()).contains("如有疑问，请与赤坎区人民政府办公室政务公开科联系（联系电话：0759-3333333）。");
		}
	}

	@Test
	void aUnitThatSentNothingIsRemindedAndToldNothingAboutAReport() {
		Document letter = letters(OFFICE).get("中华街道.html");
		assertThat(letter.selectFirst("h1").text()).isEqualTo("关于催报2021年度政府信息公开工作年度报告的通知");
		assertThat(letter.selectFirst("p.to").text()).isEqualTo("中华街道：");
		assertThat(letter.select("p").get(1).text()).isEqualTo("截至2022年2月20日，赤坎区人民政府办公室政务公开科尚未收到贵单位的"
				+ "2021年度政府信息公开工作年度报告，贵单位的数据未计入全区汇总。请于2022年3月1日前报送（按国办公开办函〔2021〕30号规定的格式）。");
		assertThat(letter.select("table")).isEmpty();
	}

	@Test
	void aRejectedUnitIsToldItsFileArrivalErrorsAndDeadline() {
		Document letter = letters(OFFICE).get("寸金街道.html");
		assertThat(letter.selectFirst("h1").text()).isEqualTo("关于退回修改2021年度政府信息公开工作年度报告的通知");
		assertThat(letter.select("p").get(1).text()).isEqualTo("贵单位报送的2021年度政府信息公开工作年度报告《寸金街道2021年报.docx》"
				+ "（2022年1月20日 09:30收到）经审核发现 1 个错误、1 个警告，暂不能计入全区汇总。请按下表更正后，于2022年3月1日前重新报送。");
		assertThat(letter.select("table.findings tbody tr").eachAttr("data-rule")).containsExactly("APP-BALANCE",
				"TEMPLATE-OUTDATED");
		assertThat(letter.text()).doesNotContain("未报送").doesNotContain("已通过");
	}

	@Test
	void lateAndCorrectedUnitsAreToldDifferentThings() {
		Map<String, Document> letters = letters(OFFICE);
		assertThat(letters.get("调顺街道.html").select("p").get(1).text()).isEqualTo("贵单位报送的2021年度政府信息公开工作年度报告"
				+ "《调顺.txt》（2022年2月14日 16:30收到）已通过审核，计入全区汇总，无需重新报送。审核发现以下 1 个警告，不影响汇总。"
				+ "贵单位的报告晚于报送截止日期收到，请今后按时报送。");
		assertThat(letters.get("南桥街道.html").select("p").get(1).text()).isEqualTo("贵单位报送的2021年度政府信息公开工作年度报告"
				+ "《南桥（更正稿）.txt》（2022年2月14日 16:30收到）已通过审核，计入全区汇总，无需重新报送。审核发现以下 1 个警告，不影响汇总。"
				+ "贵单位在截止日期前已按时报送，截止日期后又报送了更正稿，现按更正稿汇总，请核实改动。");
	}

	/** Every paragraph of every letter, in order: nothing in a letter is left unread by a test. */
	@Test
	void everyStatementOfEachLetterIsTrueOfItsUnit() {
		Map<String, Document> letters = letters(OFFICE);
		String contact = "如有疑问，请与赤坎区人民政府办公室政务公开科联系（联系电话：0759-3333333）。";
		String signature = "赤坎区人民政府办公室政务公开科 2022年2月20日";
		Map<String, List<String>> opening = new LinkedHashMap<>();
		opening.put("中华街道.html", List.of("中华街道：", "截至2022年2月20日，赤坎区人民政府办公室政务公开科尚未收到贵单位的"
				+ "2021年度政府信息公开工作年度报告，贵单位的数据未计入全区汇总。请于2022年3月1日前报送（按国办公开办函〔2021〕30号规定的格式）。"));
		opening.put("寸金街道.html", List.of("寸金街道：", "贵单位报送的2021年度政府信息公开工作年度报告《寸金街道2021年报.docx》"
				+ "（2022年1月20日 09:30收到）经审核发现 1 个错误、1 个警告，暂不能计入全区汇总。请按下表更正后，于2022年3月1日前重新报送。"));
		opening.put("调顺街道.html", List.of("调顺街道：", "贵单位报送的2021年度政府信息公开工作年度报告《调顺.txt》（2022年2月14日 16:30"
				+ "收到）已通过审核，计入全区汇总，无需重新报送。审核发现以下 1 个警告，不影响汇总。贵单位的报告晚于报送截止日期收到，请今后按时报送。"));
		opening.put("南桥街道.html", List.of("南桥街道：", "贵单位报送的2021年度政府信息公开工作年度报告《南桥（更正稿）.txt》（2022年2月14日 "
				+ "16:30收到）已通过审核，计入全区汇总，无需重新报送。审核发现以下 1 个警告，不影响汇总。贵单位在截止日期前已按时报送，截止日期后又报送了"
				+ "更正稿，现按更正稿汇总，请核实改动。"));
		opening.put("北桥街道.html", List.of("北桥街道：", "贵单位报送的2021年度政府信息公开工作年度报告《北桥.txt》（2022年1月20日 09:30"
				+ "收到）已通过审核，计入全区汇总，无需重新报送。审核发现以下 2 个警告，不影响汇总，请核实。如核实后确有错误，可于2022年3月1日前报送更正稿。"));
		opening.put("未识别单位（无名.txt）.html", List.of("报送文件《无名.txt》的单位：", "赤坎区人民政府办公室政务公开科收到的上述文件无法"
				+ "确定是哪个单位的年度报告，未计入全区汇总。请在报告标题中写明单位全称，于2022年3月1日前重新报送。"));
		assertThat(letters.keySet()).isEqualTo(opening.keySet());
		opening.forEach((file, paragraphs) -> assertThat(letters.get(file).select("p").eachText()).as(file)
			.containsExactly(paragraphs.get(0), paragraphs.get(1), contact, signature));
		// the tables: each unit's own findings only, errors first; nothing for the unit that sent nothing
		assertThat(letters.get("中华街道.html").select("table")).isEmpty();
		assertThat(letters.get("调顺街道.html").select("table.findings tbody tr").eachAttr("data-rule"))
			.containsExactly("SUBMISSION-LATE");
		assertThat(letters.get("南桥街道.html").select("table.findings tbody tr").eachAttr("data-rule"))
			.containsExactly("VERSION-CHANGED");
		assertThat(letters.get("北桥街道.html").select("table.findings tbody tr").eachAttr("data-rule"))
			.containsExactly("CELL-MISSING", "CELL-MISSING");
		assertThat(letters.get("未识别单位（无名.txt）.html").select("table.findings tbody tr").eachAttr("data-rule"))
			.containsExactly("UNIT-UNKNOWN");
	}

	@Test
	void aBlockOfBlankCellsIsOneLinePerRow() {
		Document letter = letters(OFFICE).get("北桥街道.html");
		List<String> lines = letter.select("table.findings tbody tr td:eq(2)").eachText();
		assertThat(lines).containsExactly("表三“一、本年新收政府信息公开申请数量”这一行有 7 格未填写（自然人、商业企业、科研机构、社会公益组织、"
				+ "法律服务机构、其他、总计），按0计算。如确为0请填写0。", "空白。");
		assertThat(letter.select("p").get(1).text()).contains("审核发现以下 2 个警告");
	}

	/**
	 * The overview's 问题清单 counts the lines it lists: 北桥街道's seven blank cells of one row are one line, as in its
	 * letter. Before, the count was of findings (15), above a list of 8 lines.
	 */
	/**
	 * A report of another year is not called this year's: the real 沭阳县发展和改革局 2023 report in a 2025 run was
	 * 贵单位报送的2025年度政府信息公开工作年度报告《…2023年…》, a sentence false of the file it names.
	 */
	@Test
	void aReportOfAnotherYearIsNotCalledThisYearsReport() {
		List<Unit> units = List.of(new Unit("440802002", "寸金街道", UnitStatus.REJECTED, "2021",
				List.of(new ReceivedFile("寸金街道2020年报.docx", ON_TIME, SubmissionStatus.REJECTED))));
		List<ReviewFinding> findings = List.of(new ReviewFinding("440802002", "寸金街道", "寸金街道2020年报.docx", "2021",
				"YEAR-MISMATCH", "error", "", "", "2021", "2020", "报告写明的年度是2020年，但本次汇总的是2021年度的报告。"));
		ReviewData data = new ReviewData("440802", "赤坎区", 2021, RUN, Optional.of(ON_TIME), units, Map.of(), Map.of(),
				Map.of(), findings);
		Map<String, Document> letters = new LinkedHashMap<>();
		new FeedbackLetters(OFFICE).letters(data, (file, html) -> letters.put(file, Jsoup.parse(html)));
		assertThat(letters.get("寸金街道.html").select("p").get(1).text()).isEqualTo("贵单位报送的年度报告《寸金街道2020年报.docx》"
				+ "（2022年1月20日 09:30收到）经审核发现 1 个错误，暂不能计入全区汇总。请按下表更正后，于2022年3月1日前重新报送。");
		assertThat(letters.get("寸金街道.html").select("tr[data-rule=YEAR-MISMATCH] td").last().text())
			.isEqualTo("请报送本次汇总年度的年度报告，并核对报告标题和正文中的年度。");
	}

	@Test
	void theOverviewCountsTheFindingLinesItLists() {
		ReviewData data = district();
		ChineseFont font = ChineseFont.locate();
		Document page = Jsoup.parse(new OverviewPage(MetricCatalog.standard()).render(data,
				new ChartRenderer(font).charts(data), font));
		assertThat(page.select("table.findings tbody tr")).hasSize(8);
		assertThat(page.selectFirst("h2#findings + p").text()).isEqualTo("共 8 条：错误 2 条（有错误的报告不计入汇总，"
				+ "经复核计入汇总的除外），警告 6 条（警告不影响计入汇总，请单位核实）。一行中几个空白单元格合为一条；findings.csv 和汇总表格中每格一条。");
	}

	@Test
	void withoutSettingsTheOfficeIsTheRegionsAndNoTelephoneIsInvented() {
		Document letter = letters(OfficeSettings.DEFAULTS).get("寸金街道.html");
		assertThat(letter.selectFirst("p.signature").text()).isEqualTo("赤坎区政务公开办 2022年2月20日");
		assertThat(letter.text()).contains("如有疑问，请与赤坎区政务公开办联系。").doesNotContain("电话")
			.contains("于2022年3月2日前重新报送");
	}

	@Test
	void theRegionsWordForItselfComesFromItsName() {
		assertThat(Wording.whole("雷州市")).isEqualTo("全市");
		assertThat(Wording.whole("遂溪县")).isEqualTo("全县");
		assertThat(Wording.whole("赤坎区")).isEqualTo("全区");
		assertThat(Wording.whole("广东省")).isEqualTo("全省");
		assertThat(Wording.whole("科尔沁右翼前旗")).isEqualTo("全旗");
		assertThat(Wording.whole("锡林郭勒盟")).isEqualTo("全盟");
		// a country root (the registry's optional level above the provinces) is 全国, as its SUBMISSION-MISSING says
		assertThat(Wording.whole("全国")).isEqualTo("全国");
		assertThat(Wording.whole("中华人民共和国")).isEqualTo("全国");
		// a name with no level word is not called a county
		assertThat(Wording.whole("淮安市本级")).isEqualTo("本地区");
		assertThat(Wording.date(LocalDate.of(2026, 12, 1))).isEqualTo("2026年12月1日");
	}

}
