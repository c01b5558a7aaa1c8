package org.xxgk.rollup.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import org.xxgk.rollup.model.ReviewGroup;
import org.xxgk.rollup.model.ReviewResult;
import org.xxgk.rollup.report.KeyFigures.Figure;
import org.xxgk.rollup.report.ReviewData.Unit;

/**
 * The overview's charts, drawn with JFreeChart in the {@link ChineseFont}: new applications by unit (ranked), outcomes
 * of applications, applicant types, review and litigation results, and the year-over-year comparison when last
 * year's totals are in the database. Values are printed on the bars; colours come from {@link ChartPalette}.
 */
public class ChartRenderer {

	/** A chart, the file name it is saved under and its size in pixels. */
	/** The unit chart shows at most this many units, the largest first. */
	static final int MOST_UNITS_CHARTED = 60;

	public record Chart(String file, String title, JFreeChart chart, int width, int height) {

		public byte[] png() {
			try {
				return ChartUtils.encodeAsPNG(this.chart.createBufferedImage(this.width, this.height));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	private static final int WIDTH = 900;

	private final ChineseFont font;

	public ChartRenderer(ChineseFont font) {
		this.font = font;
	}

	public List<Chart> charts(ReviewData data) {
		List<Chart> charts = new ArrayList<>();
		charts.add(newApplicationsByUnit(data));
		charts.add(categories("outcomes.png", "申请办理结果（件）", KeyFigures.OUTCOMES, data));
		charts.add(categories("applicant-types.png", "本年新收申请的申请人类型（件）", KeyFigures.APPLICANT_TYPES, data));
		charts.add(reviewResults(data));
		if (data.hasHistory()) {
			charts.add(yearOverYear(data));
		}
		return charts;
	}

	private Chart newApplicationsByUnit(ReviewData data) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		String metric = KeyFigures.NEW_APPLICATIONS.metrics().get(0);
		Comparator<Unit> largestFirst = Comparator.comparing((Unit unit) -> unit.figure(metric))
			.reversed()
			.thenComparing(Unit::code);
		// a bar per unit reads well for a county; a province's thousands of units would make an image of metres: only
		// the largest are kept while the units go by
		TreeSet<Unit> largest = new TreeSet<>(largestFirst);
		long accepted = 0;
		for (Unit unit : data.units()) {
			if (unit.accepted()) {
				accepted++;
				largest.add(unit);
				if (largest.size() > MOST_UNITS_CHARTED) {
					largest.pollLast();
				}
			}
		}
		largest.forEach((unit) -> dataset.addValue(unit.figure(metric), "本年新收申请",
				data.units().shownName(unit)));
		String title = "各单位本年新收政府信息公开申请数量（件）"
				+ ((accepted > MOST_UNITS_CHARTED) ? "（前 " + MOST_UNITS_CHARTED + " 个单位）" : "");
		JFreeChart chart = bars(title, "件", dataset, PlotOrientation.HORIZONTAL, false);
		// values at the end of each bar, the scale at the bottom
		chart.getCategoryPlot().setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		chart.getCategoryPlot()
			.getRenderer()
			.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		return new Chart("new-applications-by-unit.png", title, chart, WIDTH,
				Math.max(300, 110 + 26 * dataset.getColumnCount()));
	}

	/** One bar per figure, each in its category's colour. */
	private Chart categories(String file, String title, List<Figure> figures, ReviewData data) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		figures.forEach((figure) -> dataset.addValue(figure.of(data::totalOrZero), "件数", figure.label()));
		JFreeChart chart = bars(title, "件", dataset, PlotOrientation.VERTICAL, false);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setRenderer(new CategoryColouredRenderer());
		decorate((BarRenderer) plot.getRenderer());
		return new Chart(file, title, chart, WIDTH, 420);
	}

	private Chart reviewResults(ReviewData data) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (ReviewResult result : ReviewResult.values()) {
			for (ReviewGroup group : ReviewGroup.values()) {
				dataset.addValue(data.totalOrZero(group.metric(result)), result.label(), group.label());
			}
		}
		String title = "行政复议、行政诉讼结果（件）";
		JFreeChart chart = bars(title, "件", dataset, PlotOrientation.VERTICAL, true);
		BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
		for (int row = 0; row < dataset.getRowCount(); row++) {
			renderer.setSeriesPaint(row, ChartPalette.of(dataset.getRowKey(row).toString()));
		}
		return new Chart("review-results.png", title, chart, WIDTH, 420);
	}

	private Chart yearOverYear(ReviewData data) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		String previous = (data.year() - 1) + "年";
		String current = data.year() + "年";
		for (Figure figure : YearOverYear.FIGURES) {
			dataset.addValue(YearOverYear.previous(data, figure), previous, figure.label());
			dataset.addValue(figure.of(data::totalOrZero), current, figure.label());
		}
		String title = "与上一年度比较（件）";
		JFreeChart chart = bars(title, "件", dataset, PlotOrientation.VERTICAL, true);
		BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
		renderer.setSeriesPaint(0, ChartPalette.of("previous"));
		renderer.setSeriesPaint(1, ChartPalette.of("current"));
		return new Chart("year-over-year.png", title, chart, WIDTH, 420);
	}

	private JFreeChart bars(String title, String valueAxis, DefaultCategoryDataset dataset,
			PlotOrientation orientation, boolean legend) {
		JFreeChart chart = new JFreeChart(title, new CategoryPlot(dataset, new CategoryAxis(null),
				new NumberAxis(valueAxis), new BarRenderer()));
		chart.getCategoryPlot().setOrientation(orientation);
		theme().apply(chart);
		if (!legend) {
			chart.removeLegend();
		}
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xDDDDDD));
		plot.setRangeGridlineStroke(new BasicStroke(1f));
		plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		plot.getRangeAxis().setUpperMargin(0.12);
		if (orientation == PlotOrientation.VERTICAL && dataset.getColumnCount() > 4 && !legend) {
			plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
		}
		plot.getDomainAxis().setMaximumCategoryLabelLines(2);
		decorate((BarRenderer) plot.getRenderer());
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	private void decorate(BarRenderer renderer) {
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setItemMargin(0.05);
		renderer.setDefaultItemLabelGenerator(
				new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("#,##0.##")));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(this.font.sized(Font.PLAIN, 12f));
		renderer.setDefaultItemLabelPaint(Color.DARK_GRAY);
		renderer.setSeriesPaint(0, ChartPalette.of("current"));
	}

	/** Every text of the chart in the Chinese font. */
	private StandardChartTheme theme() {
		StandardChartTheme theme = new StandardChartTheme("xxgk");
		theme.setExtraLargeFont(this.font.sized(Font.BOLD, 20f));
		theme.setLargeFont(this.font.sized(Font.PLAIN, 15f));
		theme.setRegularFont(this.font.sized(Font.PLAIN, 13f));
		theme.setSmallFont(this.font.sized(Font.PLAIN, 11f));
		theme.setBarPainter(new StandardBarPainter());
		theme.setShadowVisible(false);
		return theme;
	}

	/** Colours each bar by its category, for single-series charts of distinct categories. */
	private static final class CategoryColouredRenderer extends BarRenderer {

		@Override
		public Paint getItemPaint(int row, int column) {
			return ChartPalette.of(getPlot().getDataset().getColumnKey(column).toString());
		}

	}

}
