package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.demo.SeedLayoutWriter;
import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Template;

/** Generated reports printed in the seed's layout parse back to exactly the figures they were made from. */
class RoundTripTests {

	private static final String UNIT = "乌石镇人民政府";

	private static final String OTHER = "applications.result.other.";

	static Report parse(GeneratedReport report) throws UnreadableReportException {
		byte[] bytes = SeedLayoutWriter.write(report).getBytes(StandardCharsets.UTF_8);
		return new SubmissionParser().parse(SeedReportTests.source("report.txt", "乌石镇"), bytes);
	}

	@ParameterizedTest
	@EnumSource(Template.class)
	void distinctFiguresComeBackInTheirOwnCells(Template template) throws Exception {
		assertRoundTrip(template, SampleFigures.distinct(template));
	}

	@ParameterizedTest
	@EnumSource(Template.class)
	void consistentFiguresComeBack(Template template) throws Exception {
		for (long seed = 1; seed <= 5; seed++) {
			assertRoundTrip(template, SampleFigures.consistent(template, new Random(seed), 7));
		}
	}

	private static void assertRoundTrip(Template template, Map<String, BigDecimal> figures) throws Exception {
		GeneratedReport generated = GeneratedReport.of(UNIT, 2022, template, figures);
		assertSameReport(parse(generated), generated, figures, true);
	}

	/** Every figure, the title, unit, year, template and (when asked) the prose came back from the printed report. */
	static void assertSameReport(Report report, GeneratedReport generated, Map<String, BigDecimal> figures,
			boolean compareProse) {
		Template template = generated.template();
		assertThat(report.template()).isEqualTo(template);
		assertThat(report.year()).isEqualTo(generated.year());
		assertThat(report.statedUnit()).isEqualTo(generated.publisher());
		assertThat(report.title()).isEqualTo(generated.title());
		assertThat(report.tablesFound()).containsExactly(2, 3, 4);
		assertThat(report.unexpectedLabels()).isEmpty();
		assertThat(report.yuanHeadedMetrics()).isEmpty();
		assertThat(report.figures().keySet()).containsExactlyInAnyOrderElementsOf(figures.keySet());
		for (Metric metric : MetricCatalog.standard().of(template)) {
			Cell cell = report.figures().get(metric.code());
			if (isDerived(template, metric.code())) {
				// Not printed by the 2021 form: the sum of its three sub-rows, whatever the sample said.
				String column = metric.code().substring(OTHER.length());
				BigDecimal sum = figures.get(OTHER + "no_correction." + column)
					.add(figures.get(OTHER + "unpaid_fee." + column))
					.add(figures.get(OTHER + "other." + column));
				assertThat(cell).as(metric.code()).isEqualTo(Cell.derived(sum));
			}
			else {
				assertThat(cell.value()).as(metric.code()).isEqualByComparingTo(figures.get(metric.code()));
				assertThat(cell.state()).as(metric.code()).isEqualTo(CellState.NUMBER);
			}
		}
		if (compareProse) {
			// the prose parts as written; the outline and the (empty) text of the table parts come beside them
			assertThat(report.sections()).containsAllEntriesOf(generated.prose());
		}
	}

	private static boolean isDerived(Template template, String code) {
		return template == Template.V2021 && code.matches("applications\\.result\\.other\\.[a-z_]+");
	}

}
