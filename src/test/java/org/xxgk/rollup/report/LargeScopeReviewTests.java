package org.xxgk.rollup.report;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.SubmissionStatus;
import org.xxgk.rollup.model.UnitStatus;
import org.xxgk.rollup.report.ReviewData.ReceivedFile;
import org.xxgk.rollup.report.ReviewData.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province-sized scope: the review outputs stay readable and bounded (a chart of the largest units, no per-figure
 * detail sheet) instead of an image metres tall and a spreadsheet past Excel's row limit.
 */
class LargeScopeReviewTests {

	private static final int UNITS = ReviewData.DETAIL_UNIT_LIMIT + 1;

	@Test
	void theUnitChartShowsTheLargestUnitsAndSaysSo() {
		ReviewData data = province();
		ChartRenderer.Chart chart = new ChartRenderer(ChineseFont.locate()).charts(data).get(0);
		assertThat(chart.title()).isEqualTo("各单位本年新收政府信息公开申请数量（件）（前 60 个单位）");
		var dataset = chart.chart().getCategoryPlot().getDataset();
		assertThat(dataset.getColumnCount()).isEqualTo(ChartRenderer.MOST_UNITS_CHARTED);
		assertThat(dataset.getColumnKey(0)).isEqualTo("单位" + (UNITS - 1));
		assertThat(dataset.getValue(0, 0)).isEqualTo(BigDecimal.valueOf(UNITS - 1));
		assertThat(chart.height()).isLessThan(2000);
	}

	@Test
	void theSpreadsheetPointsToFiguresCsvInsteadOfListingEveryFigure(@TempDir Path temp) throws IOException {
		ReviewData data = province();
		assertThat(data.detailed()).isFalse();
		new ReviewOutputs(MetricCatalog.standard(), ChineseFont.locate(), OfficeSettings.DEFAULTS).write(data, temp);
		try (InputStream in = Files.newInputStream(temp.resolve("consolidated.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			var detail = workbook.getSheet("各单位明细");
			assertThat(detail.getLastRowNum()).isEqualTo(1);
			assertThat(detail.getRow(1).getCell(0).getStringCellValue())
				.isEqualTo("单位超过 500 个，各单位全部数据请见 figures.csv（可用 Excel/WPS 打开并筛选）。");
			assertThat(workbook.getSheet("各单位主要数据").getLastRowNum()).isGreaterThanOrEqualTo(UNITS);
		}
	}

	/** 501 accepted units, unit i with i new applications. */
	private static ReviewData province() {
		List<Unit> units = new ArrayList<>();
		Map<String, Map<String, BigDecimal>> figures = new LinkedHashMap<>();
		for (int i = 0; i < UNITS; i++) {
			String code = String.format("44%07d", i);
			units.add(new Unit(code, "单位" + i, UnitStatus.ACCEPTED, "2021",
					List.of(new ReceivedFile(code + ".txt", null, SubmissionStatus.ACCEPTED))));
			figures.put(code, Map.of("applications.new.total", BigDecimal.valueOf(i)));
		}
		return new ReviewData("440000", "广东省", 2021, OffsetDateTime.parse("2022-02-01T10:00:00+08:00"),
				Optional.empty(), units, Map.of(), Map.of(), figures, List.of());
	}

}
