package org.xxgk.rollup.report;

import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The charts are drawn in a font that has the Chinese of their titles and labels, on this machine. */
class ChartFontTests {

	@Test
	void aChineseFontIsInstalledAndLoadedFromItsFile() {
		ChineseFont font = ChineseFont.locate();
		assertThat(font.warning()).as("install fonts-wqy-microhei (.ci/run does)").isEmpty();
		assertThat(font.file()).hasValueSatisfying((file) -> assertThat(ChineseFont.SEARCH).contains(file));
		assertThat(font.font().canDisplayUpTo(ChineseFont.SAMPLE)).isEqualTo(-1);
	}

	@Test
	void everyChartTextIsSetInAFontThatDisplaysIt() throws IOException {
		ReviewData data = HostileTextTests.hostileData();
		List<ChartRenderer.Chart> charts = new ChartRenderer(ChineseFont.locate()).charts(data);
		assertThat(charts).extracting(ChartRenderer.Chart::file)
			.containsExactly("new-applications-by-unit.png", "outcomes.png", "applicant-types.png", "review-results.png");
		for (ChartRenderer.Chart chart : charts) {
			JFreeChart jfree = chart.chart();
			assertDisplays(jfree.getTitle().getFont(), jfree.getTitle().getText());
			CategoryPlot plot = jfree.getCategoryPlot();
			for (Object category : plot.getDataset().getColumnKeys()) {
				assertDisplays(plot.getDomainAxis().getTickLabelFont(category.toString()), category.toString());
			}
			assertDisplays(plot.getRangeAxis().getLabelFont(), plot.getRangeAxis().getLabel());
			assertDisplays(plot.getRenderer().getDefaultItemLabelFont(), "0123456789");
			var image = ImageIO.read(new ByteArrayInputStream(chart.png()));
			assertThat(image.getWidth()).isEqualTo(chart.width());
			assertThat(image.getHeight()).isEqualTo(chart.height());
		}
	}

	@Test
	void noChineseFontGivesAWarningNamingWhatWasTried() {
		ChineseFont missing = ChineseFont.locate(List.of(Path.of("/nonexistent/font.ttf")));
		assertThat(missing.file()).isEmpty();
		assertThat(missing.warning()).hasValueSatisfying((warning) -> assertThat(warning)
			.contains("fonts-wqy-microhei").contains("/nonexistent/font.ttf（不存在）"));
	}

	private static void assertDisplays(Font font, String text) {
		assertThat(font.canDisplayUpTo(text)).as(font.getFontName() + " displays " + text).isEqualTo(-1);
	}

}
