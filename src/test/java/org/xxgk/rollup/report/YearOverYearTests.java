package org.xxgk.rollup.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.report.ReviewData.Total;

import static org.assertj.core.api.Assertions.assertThat;

/** With last year's totals in the database, the overview compares and charts both years. */
class YearOverYearTests {

	@Test
	void lastYearsTotalsAreComparedInATableAndAChart() {
		ReviewData base = HostileTextTests.hostileData();
		ReviewData data = new ReviewData(base.regionCode(), base.regionName(), base.year(), base.runAt(),
				base.dataAsOf(), base.units().stream().toList(),
				Map.of("applications.new.total", new Total(new BigDecimal("120"), 1, 2),
						"review.reconsideration.total", new Total(new BigDecimal("3"), 1, 2)),
				Map.of("applications.new.total", new BigDecimal("100"), "review.reconsideration.total", BigDecimal.ZERO),
				Map.of(), base.findings().stream().toList());
		ChineseFont font = ChineseFont.locate();
		List<ChartRenderer.Chart> charts = new ChartRenderer(font).charts(data);
		assertThat(charts).extracting(ChartRenderer.Chart::file).contains("year-over-year.png");
		ChartRenderer.Chart chart = charts.get(charts.size() - 1);
		assertThat(chart.chart().getCategoryPlot().getDataset().getValue("2020年", "本年新收申请")).isEqualTo(new BigDecimal("100"));
		assertThat(chart.chart().getCategoryPlot().getDataset().getValue("2021年", "本年新收申请")).isEqualTo(new BigDecimal("120"));

		Document page = Jsoup.parse(new OverviewPage(MetricCatalog.standard()).render(data, charts, font));
		assertThat(page.select("#year-over-year + table tr:has(th:containsOwn(本年新收申请)) td").eachText())
			.containsExactly("100", "120", "+20.0%");
		assertThat(page.select("#year-over-year + table tr:has(th:containsOwn(行政复议)) td").eachText())
			.containsExactly("0", "3", "—");
	}

	@Test
	void withoutLastYearThereIsNoComparison() {
		ReviewData data = HostileTextTests.hostileData();
		ChineseFont font = ChineseFont.locate();
		List<ChartRenderer.Chart> charts = new ChartRenderer(font).charts(data);
		assertThat(charts).extracting(ChartRenderer.Chart::file).doesNotContain("year-over-year.png");
		assertThat(Jsoup.parse(new OverviewPage(MetricCatalog.standard()).render(data, charts, font))
			.select("#year-over-year")).isEmpty();
	}

}
