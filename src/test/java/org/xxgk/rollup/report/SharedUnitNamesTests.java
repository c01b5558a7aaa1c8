package org.xxgk.rollup.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.chart.plot.CategoryPlot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.SubmissionStatus;
import org.xxgk.rollup.model.UnitStatus;
import org.xxgk.rollup.report.ReviewData.ReceivedFile;
import org.xxgk.rollup.report.ReviewData.ReviewFinding;
import org.xxgk.rollup.report.ReviewData.Unit;
import org.xxgk.rollup.review.ReviewSheet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two units of a prefecture's run bear one name (城关镇 of two counties, both counted, both with a finding): every
 * output that lists units names each by its name and code, as the letters do, so the clerk can tell which is which.
 * Before, the workbook's 问题清单 and unit sheets, the review sheet, the overview's 报送情况 and unit table said
 * 城关镇 twice, and the unit chart drew one bar for both (the second unit's value replacing the first's).
 */
class SharedUnitNamesTests {

	private static final OffsetDateTime RUN = OffsetDateTime.parse("2022-02-20T10:00:00+08:00");

	private static final OffsetDateTime ON_TIME = OffsetDateTime.parse("2022-01-20T09:30:00+08:00");

	private static final String FIRST = "城关镇（441001101）";

	private static final String SECOND = "城关镇（441002101）";

	private static ReviewData prefecture() {
		List<Unit> units = List.of(
				new Unit("441001101", "城关镇", UnitStatus.ACCEPTED_WITH_WARNINGS, "2021",
						List.of(new ReceivedFile("甲县城关镇2021年报.docx", ON_TIME, SubmissionStatus.ACCEPTED_WITH_WARNINGS))),
				new Unit("441002101", "城关镇", UnitStatus.ACCEPTED_WITH_WARNINGS, "2021",
						List.of(new ReceivedFile("乙县城关镇2021年报.docx", ON_TIME, SubmissionStatus.ACCEPTED_WITH_WARNINGS))),
				new Unit("441002102", "新安镇", UnitStatus.MISSING, "", List.of()));
		List<ReviewFinding> findings = new ArrayList<>();
		findings.add(new ReviewFinding("441001101", "城关镇", "甲县城关镇2021年报.docx", "2021", "CELL-MISSING", "warning",
				"proactive.penalty.decisions", "", "数字", "空白", "表二“行政处罚 / 本年处理决定数量”为空。", "", "", "aa"));
		findings.add(new ReviewFinding("441002101", "城关镇", "乙县城关镇2021年报.docx", "2021", "CELL-MISSING", "warning",
				"proactive.penalty.decisions", "", "数字", "空白", "表二“行政处罚 / 本年处理决定数量”为空。", "", "", "bb"));
		findings.add(new ReviewFinding("441002102", "新安镇", "", "2021", "SUBMISSION-MISSING", "warning", "", "", "", "",
				"尚未收到新安镇本年度的政府信息公开工作年度报告。", "", "", ""));
		return new ReviewData("441000", "某市", 2021, RUN, Optional.of(ON_TIME), units,
				Map.of("applications.new.total", new ReviewData.Total(BigDecimal.valueOf(30), 2, 3)), Map.of(),
				Map.of("441001101", Map.of("applications.new.total", BigDecimal.valueOf(10)), "441002101",
						Map.of("applications.new.total", BigDecimal.valueOf(20))),
				findings);
	}

	@Test
	void theWorkbookNamesEachUnitWithItsCode() throws IOException {
		byte[] xlsx = new ConsolidatedWorkbook(MetricCatalog.standard()).write(prefecture());
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(column(workbook.getSheet("问题清单"), 0)).containsExactly(FIRST, SECOND, "新安镇");
			assertThat(column(workbook.getSheet("各单位主要数据"), 1)).containsExactly(FIRST, SECOND, "新安镇");
			assertThat(column(workbook.getSheet("各单位明细"), 1)).containsOnly(FIRST, SECOND).contains(FIRST, SECOND);
		}
	}

	@Test
	void theReviewSheetNamesEachUnitWithItsCode() throws IOException {
		byte[] xlsx = new ReviewSheetWorkbook().write(prefecture());
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet(ReviewSheet.SHEET);
			List<String> units = new ArrayList<>();
			for (int index = ReviewSheetWorkbook.HEADER_ROW + 1; index <= sheet.getLastRowNum(); index++) {
				units.add(sheet.getRow(index).getCell(ReviewSheet.Column.UNIT.ordinal()).getStringCellValue());
			}
			assertThat(units).containsExactly(FIRST, SECOND, "新安镇");
		}
	}

	@Test
	void theOverviewAndItsChartNameEachUnitWithItsCode() {
		ReviewData data = prefecture();
		ChineseFont font = ChineseFont.locate();
		List<ChartRenderer.Chart> charts = new ChartRenderer(font).charts(data);
		Document page = Jsoup.parse(new OverviewPage(MetricCatalog.standard()).render(data, charts, font));
		assertThat(page.select("#completeness-table tr[data-group=计入汇总] td").eachText()).containsExactly("2",
				FIRST + "、" + SECOND);
		assertThat(page.select("#completeness-table tr[data-group=已报送] td").eachText()).containsExactly("2",
				FIRST + "、" + SECOND);
		assertThat(page.select("tr[data-unit] > td:first-child").eachText()).containsExactly(FIRST, SECOND, "新安镇");
		CategoryPlot plot = charts.get(0).chart().getCategoryPlot();
		assertThat(plot.getDataset().getColumnKeys()).containsExactly(SECOND, FIRST);
		assertThat(plot.getDataset().getValue("本年新收申请", SECOND)).isEqualTo(BigDecimal.valueOf(20));
		assertThat(plot.getDataset().getValue("本年新收申请", FIRST)).isEqualTo(BigDecimal.valueOf(10));
	}

	private static List<String> column(Sheet sheet, int column) {
		List<String> values = new ArrayList<>();
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(column) != null) {
				values.add(row.getCell(column).getStringCellValue());
			}
		}
		return values;
	}

}
