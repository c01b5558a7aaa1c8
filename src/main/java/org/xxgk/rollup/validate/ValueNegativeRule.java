package org.xxgk.rollup.validate;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricKind;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/**
 * VALUE-NEGATIVE (error): a figure is below zero. Only the 本年增/减 columns of the 2019 template
 * ({@link MetricKind#SIGNED_COUNT}) may be; amounts may not either.
 */
public final class ValueNegativeRule extends CellRule {

	public static final String ID = Rule.VALUE_NEGATIVE.id();

	public ValueNegativeRule() {
		super(Rule.VALUE_NEGATIVE);
	}

	@Override
	Finding check(Report report, Metric metric, Cell cell) {
		if (metric.kind() == MetricKind.SIGNED_COUNT || !cell.hasValue() || cell.value().signum() >= 0) {
			return null;
		}
		String actual = Findings.plain(cell.value());
		return onCell(report, metric, "≥ 0", actual, "填写了负数" + actual + "，该格不能为负数，请核对。");
	}

}
