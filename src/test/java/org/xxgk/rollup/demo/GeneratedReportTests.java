package org.xxgk.rollup.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xxgk.rollup.model.Template;

class GeneratedReportTests {

	private static Map<String, BigDecimal> figures(Template template) {
		Map<String, BigDecimal> figures = new LinkedHashMap<>(SampleFigures.distinct(template));
		figures.put("applications.new.total", new BigDecimal("12"));
		figures.put("applications.carried_over.total", new BigDecimal("3"));
		figures.put("applications.result.total.total", new BigDecimal("14"));
		figures.put("applications.carried_forward.total", new BigDecimal("1"));
		figures.put("review.reconsideration.total", new BigDecimal("2"));
		figures.put("review.litigation_direct.total", new BigDecimal("4"));
		figures.put("review.litigation_after_reconsideration.total", new BigDecimal("5"));
		return figures;
	}

	@Test
	void partOneStatesTheTableFiguresInTheFixedPhrasings() {
		GeneratedReport report = GeneratedReport.of("沈塘镇人民政府", 2021, Template.V2019, figures(Template.V2019));
		assertThat(report.title()).isEqualTo("沈塘镇人民政府2021年度政府信息公开工作年度报告");
		assertThat(report.publisher()).isEqualTo("沈塘镇人民政府");
		assertThat(report.prose().get("一")).contains("本年度共收到政府信息公开申请12件，上年结转3件，办结14件，结转下年度继续办理1件。")
			.contains("本年度因政府信息公开被申请行政复议2件，被提起行政诉讼9件。")
			.contains("本年度制发规范性文件" + SampleFigures.distinct(Template.V2019).get("proactive.normative_docs.new_made")
					+ "件。");
		assertThat(report.cells().get("proactive.procurement.amount"))
			.isEqualTo(SampleFigures.distinct(Template.V2019).get("proactive.procurement.amount").toPlainString());
	}

	@Test
	void the2021ReportCitesIssuedNormativeDocumentsAndPrintsNoDerivedTotals() {
		GeneratedReport report = GeneratedReport.of("沈塘镇人民政府", 2021, Template.V2021, figures(Template.V2021));
		assertThat(report.prose().get("一")).contains("本年度制发规范性文件"
				+ SampleFigures.distinct(Template.V2021).get("proactive.normative_docs.issued") + "件。");
		assertThat(report.cells()).doesNotContainKey("applications.result.other.natural_person")
			.containsKey("applications.result.other.no_correction.natural_person");
		assertThat(report.prose().get("六")).contains("信息处理费");
	}

	@Test
	void partSixWithoutFees() {
		Map<String, BigDecimal> figures = SampleFigures.consistent(Template.V2019, new java.util.Random(1), 7);
		figures.replaceAll((code, value) -> code.startsWith("proactive.fees.") ? BigDecimal.ZERO : value);
		assertThat(GeneratedReport.of("沈塘镇人民政府", 2021, Template.V2019, figures).prose().get("六"))
			.isEqualTo("本年度未收取信息处理费。");
	}

	@Test
	void partFiveDiffersBetweenUnits() {
		String one = GeneratedReport.of("沈塘镇人民政府", 2021, Template.V2019, figures(Template.V2019)).prose().get("五");
		String two = GeneratedReport.of("北坡镇人民政府", 2021, Template.V2019, figures(Template.V2019)).prose().get("五");
		assertThat(one).contains("沈塘镇人民政府").hasSizeGreaterThan(100);
		assertThat(similarity(one, two)).isLessThan(0.9);
	}

	@Test
	void copiesChangeOneThing() {
		GeneratedReport report = GeneratedReport.of("沈塘镇人民政府", 2021, Template.V2019, figures(Template.V2019));
		assertThat(report.withCell("applications.new.total", "十二").cells().get("applications.new.total")).isEqualTo("十二");
		assertThat(report.withoutCell("applications.new.total").cells()).doesNotContainKey("applications.new.total");
		assertThat(report.withProse("六", "无").prose().get("六")).isEqualTo("无");
		assertThat(report.withTitle("x").title()).isEqualTo("x");
		assertThat(report.cells().get("applications.new.total")).isEqualTo("12");
	}

	/** Share of character bigrams in common (Dice coefficient). */
	private static double similarity(String a, String b) {
		java.util.List<String> left = bigrams(a);
		java.util.List<String> right = new java.util.ArrayList<>(bigrams(b));
		int common = 0;
		for (String bigram : left) {
			if (right.remove(bigram)) {
				common++;
			}
		}
		return 2.0 * common / (left.size() + bigrams(b).size());
	}

	private static java.util.List<String> bigrams(String text) {
		java.util.List<String> bigrams = new java.util.ArrayList<>();
		for (int i = 0; i + 2 <= text.length(); i++) {
			bigrams.add(text.substring(i, i + 2));
		}
		return bigrams;
	}

}
