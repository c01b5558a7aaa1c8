package org.xxgk.rollup.validate;

import java.math.BigDecimal;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricKind;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/**
 * AMOUNT-UNIT (warning): an amount the parser found in 元 and converted to 万元 (one finding per such metric), and
 * an amount with more than 4 decimals (0.0001 万元 is 1 元). A converted amount is not also checked for decimals:
 * 元 with 角 and 分 legitimately yield more than 4 decimals of 万元.
 */
public final class AmountUnitRule extends CellRule {

	public static final String ID = Rule.AMOUNT_UNIT.id();

	static final int MAX_DECIMALS = 4;

	public AmountUnitRule() {
		super(Rule.AMOUNT_UNIT);
	}

	@Override
	Finding check(Report report, Metric metric, Cell cell) {
		if (report.yuanHeadedMetrics().contains(metric.code())) {
			return onCell(report, metric, "万元", "元", "按“元”填写，已换算为" + Findings.plain(cell.valueOrZero())
					+ "万元。该栏单位为万元，请今后按万元填写，并核对换算结果。");
		}
		if (isAmount(metric) && cell.hasValue() && decimals(cell.value()) > MAX_DECIMALS) {
			String actual = Findings.plain(cell.value());
			return onCell(report, metric, "最多" + MAX_DECIMALS + "位小数", actual,
					"填写了" + actual + "，单位为万元时不应超过" + MAX_DECIMALS + "位小数，可能是按“元”填写或误填，请核对。");
		}
		return null;
	}

	private static boolean isAmount(Metric metric) {
		return metric.kind() == MetricKind.AMOUNT || metric.kind() == MetricKind.AMOUNT_10K_YUAN;
	}

	private static int decimals(BigDecimal value) {
		return Math.max(0, value.stripTrailingZeros().scale());
	}

}
