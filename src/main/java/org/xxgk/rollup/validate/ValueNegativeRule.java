package org.xxgk.rollup.validate;

import java.util.ArrayList;
import java.util.List;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricKind;
import org.xxgk.rollup.model.Report;

/**
 * VALUE-NEGATIVE (error): a figure is below zero. Only the 本年增/减 columns of the 2019 template
 * ({@link MetricKind#SIGNED_COUNT}) may be; amounts may not either.
 */
public final class ValueNegativeRule implements SubmissionRule {

	public static final String ID = "VALUE-NEGATIVE";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		List<Finding> findings = new ArrayList<>();
		for (Metric metric : FormLayout.reported(report)) {
			Cell cell = report.figures().get(metric.code());
			if (metric.kind() != MetricKind.SIGNED_COUNT && cell.hasValue() && cell.value().signum() < 0) {
				String actual = Findings.plain(cell.value());
				findings.add(Findings.error(ID, metric.code(), FormLayout.location(report, metric.code()), "≥ 0",
						actual, FormLayout.cellName(metric, report.template()) + "填写了负数" + actual
								+ "，该格不能为负数，请核对。"));
			}
		}
		return findings;
	}

}
