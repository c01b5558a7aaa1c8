package org.xxgk.rollup.validate;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.Report;

/**
 * FEE-SECTION-SILENT (warning): a 行政事业性收费 figure of table 二 is non-zero but part 六 mentions neither 收费
 * nor 信息处理费. The finding names the first non-zero fee figure.
 */
public final class FeeSectionSilentRule extends BaseRule {

	public static final String ID = "FEE-SECTION-SILENT";

	public FeeSectionSilentRule() {
		super(ID, false, Set.of(2));
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		String six = report.section("六");
		if (six.contains("收费") || six.contains("信息处理费")) {
			return List.of();
		}
		Optional<Metric> fee = FormLayout.reported(report)
			.stream()
			.filter((metric) -> metric.code().startsWith("proactive.fees."))
			.filter((metric) -> report.valueOrZero(metric.code()).signum() != 0)
			.findFirst();
		return fee.map((metric) -> {
			String value = Findings.plain(report.valueOrZero(metric.code()));
			return List.of(Findings.warning(ID, metric.code(), FormLayout.SECTION_SIX, "说明收费（信息处理费）情况",
					"未提及收费", FormLayout.cellName(metric, report.template()) + "填写了" + value + "，但“"
							+ FormLayout.SECTION_SIX + "”没有提到收费或信息处理费，请补充说明收费情况。"));
		}).orElse(List.of());
	}

}
