package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.SourceFile;
import org.xxgk.rollup.model.Template;

/** The one real report we have: 企水镇, year 2021, printed in the 2019 template with every figure 0. */
class SeedReportTests {

	static final String SEED = "000_5f48812134be5170.txt";

	static byte[] seedBytes() throws IOException {
		try (InputStream in = SeedReportTests.class.getResourceAsStream("/seed/" + SEED)) {
			return in.readAllBytes();
		}
	}

	static SourceFile source(String fileName, String folder) {
		return new SourceFile(folder + "/" + fileName, fileName, folder, "0", 0, Instant.EPOCH);
	}

	private final Report report;

	SeedReportTests() throws Exception {
		this.report = new SubmissionParser().parse(source(SEED, "企水镇"), seedBytes());
	}

	@Test
	void readsTitleUnitYearAndTemplate() {
		assertThat(this.report.title()).isEqualTo("企水镇人民政府2021年度信息公开工作年度报告");
		assertThat(this.report.statedUnit()).isEqualTo("企水镇人民政府");
		assertThat(this.report.year()).isEqualTo(2021);
		assertThat(this.report.template()).isEqualTo(Template.V2019);
		assertThat(this.report.tablesFound()).containsExactly(2, 3, 4);
		assertThat(this.report.unexpectedLabels()).isEmpty();
		assertThat(this.report.yuanHeadedMetrics()).isEmpty();
	}

	@Test
	void everyMetricOfThe2019TemplateIsAPrintedZero() {
		for (Metric metric : MetricCatalog.standard().of(Template.V2019)) {
			Cell cell = this.report.figures().get(metric.code());
			assertThat(cell).as(metric.code()).isNotNull();
			assertThat(cell.state()).as(metric.code()).isEqualTo(CellState.NUMBER);
			assertThat(cell.value()).as(metric.code()).isEqualByComparingTo(BigDecimal.ZERO);
		}
		assertThat(this.report.figures()).hasSize(MetricCatalog.standard().of(Template.V2019).size());
	}

	@Test
	void locatesCellsInTheOriginalText() {
		// Line 161 holds "[bookmark: _GoBack]0 ", the 4th applicant column of 1.属于国家秘密.
		Cell cell = this.report.figures().get("applications.result.withheld.state_secret.public_interest");
		assertThat(cell.raw()).isEqualTo("[bookmark: _GoBack]0\u00A0");
		assertThat(cell.location()).endsWith("（原文第161行）").startsWith("表三 ");
		assertThat(this.report.figures().get("review.litigation_after_reconsideration.total").location())
			.isEqualTo("表四 第4行第15列（原文第405行）");
		assertThat(this.report.figures().get("proactive.rules.new_made").location())
			.isEqualTo("表二 第3行第2列（原文第29行）");
	}

	@Test
	void splitsTheProseParts() {
		assertThat(this.report.section("一")).startsWith("根据《中华人民共和国政府信息公开条例》");
		assertThat(this.report.section("一")).contains("（四）强化公开载体建设");
		assertThat(this.report.section("五")).startsWith("（一）主要存在问题\n目前，我镇政府信息公开仍然存在一些问题");
		assertThat(this.report.section("六")).isEqualTo("无");
		assertThat(this.report.sections().keySet()).isEqualTo(Set.of("一", "二", "三", "四", "五", "六", "outline"));
		// the seed prints all six part headings in order; its table parts hold no prose beside the tables
		assertThat(this.report.outline()).isEqualTo("一二三四五六");
		assertThat(this.report.section("二") + this.report.section("三") + this.report.section("四")).isEmpty();
	}

}
