package org.xxgk.rollup.report;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.SubmissionStatus;
import org.xxgk.rollup.model.UnitStatus;
import org.xxgk.rollup.report.ReviewData.ReceivedFile;
import org.xxgk.rollup.report.ReviewData.ReviewFinding;
import org.xxgk.rollup.report.ReviewData.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview links a unit to its letter only when there is one: a unit whose file waits to be read again
 * (已收到，待重新读取), a unit whose 未报送 the county dismissed and a file matched to no unit that the machine could not
 * read get none, so the page must not send the clerk to a missing file. Before, the 问题清单 gave each of them a
 * 通知 link and the unit table a 催报通知 link to the dismissed unit, all to letters that were never written.
 */
class OverviewLetterLinksTests {

	private static final OffsetDateTime RUN = OffsetDateTime.parse("2022-02-20T10:00:00+08:00");

	private static final OffsetDateTime ON_TIME = OffsetDateTime.parse("2022-01-20T09:30:00+08:00");

	private static ReviewFinding finding(String code, String name, String file, String rule, String severity,
			String expected, String decision) {
		return new ReviewFinding(code, name, file, "2021", rule, severity, "", "", expected, "", "消息。", decision, "", "");
	}

	private static ReviewData county() {
		List<Unit> units = List.of(
				new Unit("440882101", "沈塘镇", UnitStatus.REJECTED, "2021",
						List.of(new ReceivedFile("沈塘镇.txt", ON_TIME, SubmissionStatus.REJECTED))),
				new Unit("440882105", "企水镇", UnitStatus.PENDING, "",
						List.of(new ReceivedFile("企水镇/报告.docx", null, SubmissionStatus.REJECTED))),
				new Unit("440882116", "覃斗镇", UnitStatus.MISSING, "", List.of()),
				new Unit("440882117", "附城镇", UnitStatus.MISSING, "", List.of()));
		List<ReviewFinding> findings = List.of(
				finding("440882101", "沈塘镇", "沈塘镇.txt", "APP-BALANCE", "error", "", ""),
				finding("440882105", "企水镇", "企水镇/报告.docx", "FILE-UNREADABLE", "error", Finding.READ_AGAIN, ""),
				finding("440882116", "覃斗镇", "", "SUBMISSION-MISSING", "warning", "", "dismiss"),
				finding("440882117", "附城镇", "", "SUBMISSION-MISSING", "warning", "", ""),
				finding(null, "", "无名.docx", "FILE-UNREADABLE", "error", Finding.READ_AGAIN, ""));
		return new ReviewData("440882", "雷州市", 2021, RUN, Optional.of(ON_TIME), units,
				Map.of("applications.new.total", new ReviewData.Total(BigDecimal.ZERO, 0, 4)), Map.of(), Map.of(),
				findings);
	}

	/**
	 * A file the machine will read again next run has nothing for the county to decide (a decision on it is refused):
	 * the review sheet does not offer it. The dismissed 未报送 is decided already.
	 */
	@Test
	void theReviewSheetOffersOnlyWhatCanBeDecided() {
		assertThat(ReviewSheetWorkbook.rows(county()).values()).extracting((same) -> same.get(0).unitName())
			.containsExactly("沈塘镇", "附城镇");
	}

	@Test
	void everyLetterLinkOfTheOverviewLeadsToALetterWritten() {
		ReviewData data = county();
		Set<String> letters = new LinkedHashSet<>();
		new FeedbackLetters(OfficeSettings.DEFAULTS).letters(data, (file, html) -> letters.add(file));
		assertThat(letters).containsExactly("沈塘镇.html", "附城镇.html");

		ChineseFont font = ChineseFont.locate();
		Document page = Jsoup.parse(new OverviewPage(MetricCatalog.standard()).render(data,
				new ChartRenderer(font).charts(data), font));
		assertThat(page.select("a[href^=feedback/]").eachAttr("href")).containsExactly(
				"feedback/" + Html.pathSegment("沈塘镇.html"), "feedback/" + Html.pathSegment("附城镇.html"),
				"feedback/" + Html.pathSegment("沈塘镇.html"), "feedback/" + Html.pathSegment("附城镇.html"));
		assertThat(page.select("h3.finding-unit").eachText()).containsExactly("沈塘镇 通知", "企水镇", "覃斗镇",
				"附城镇 通知", "未识别单位（无名.docx）");
		assertThat(page.select("tr[data-unit] td.letter").stream().map(Element::text)).containsExactly("退回修改通知", "", "",
				"催报通知");
	}

}
