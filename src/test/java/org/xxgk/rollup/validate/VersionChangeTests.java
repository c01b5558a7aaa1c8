package org.xxgk.rollup.validate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Severity;
import org.xxgk.rollup.model.Template;

import static org.assertj.core.api.Assertions.assertThat;

class VersionChangeTests {

	private static final Instant ON_TIME = Instant.parse("2022-01-10T01:00:00Z");

	private static final Instant LATE = Instant.parse("2022-02-03T08:30:00Z");

	@Test
	void aChangeOfManyFiguresNamesTheFirstFiveInFormOrderAndCountsTheRest() {
		List<Metric> metrics = MetricCatalog.standard().ofTable(3).stream().limit(7).toList();
		Map<String, BigDecimal> before = new HashMap<>();
		Map<String, BigDecimal> after = new HashMap<>();
		for (int i = 0; i < metrics.size(); i++) {
			before.put(metrics.get(i).code(), BigDecimal.valueOf(i));
			after.put(metrics.get(i).code(), (i == 6) ? null : new BigDecimal("10.000000").add(BigDecimal.valueOf(i)));
		}
		before.put("unchanged", BigDecimal.ONE);
		after.put("unchanged", new BigDecimal("1.000000"));
		VersionChange change = new VersionChange("a.txt", new VersionChange.Version("0123456789abcdef", ON_TIME, before),
				new VersionChange.Version("fedcba9876543210", LATE, after));

		Finding finding = change.finding();

		assertThat(change.changedMetrics()).containsExactlyElementsOf(metrics);
		assertThat(finding.rule()).isEqualTo("VERSION-CHANGED");
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		// versions are named by when they arrived: a hash means nothing to a township
		assertThat(finding.expected()).isEqualTo("2022年1月10日 09:00 收到的版本");
		assertThat(finding.actual()).isEqualTo("2022年2月3日 16:30 收到的版本");
		StringBuilder listed = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			listed.append((i > 0) ? "；" : "").append(metrics.get(i).displayLabel()).append("：").append(i).append(" → ")
				.append(10 + i);
		}
		assertThat(finding.message()).isEqualTo("截止日期后（2022年2月3日 16:30）报送的更正稿替换了截止前（2022年1月10日 09:00）"
				+ "按时报送的版本，改动了7项数据：" + listed + "等7项。请核实改动原因。");
	}

	@Test
	void aFigureThatBecomesBlankIsAChange() {
		Metric metric = MetricCatalog.standard().of(Template.V2021).get(0);
		VersionChange change = new VersionChange("a.txt",
				new VersionChange.Version("aa", ON_TIME, Map.of(metric.code(), BigDecimal.TEN)),
				new VersionChange.Version("bb", LATE, new HashMap<>()));
		assertThat(change.finding().message()).contains(metric.displayLabel() + "：10 → 空");
	}

}
