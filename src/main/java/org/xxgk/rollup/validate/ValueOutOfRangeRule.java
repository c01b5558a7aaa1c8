package org.xxgk.rollup.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricKind;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/**
 * VALUE-OUT-OF-RANGE (error): a figure too large to be real or to store. A count of 10^12 or more is no township's
 * (and the county's sums of them would overflow nothing, but mean nothing); an amount must fit the figure table
 * (numeric(20, 6): below 10^14). Such a figure is not stored; the report is rejected and the run goes on.
 */
public final class ValueOutOfRangeRule extends CellRule {

	public static final String ID = Rule.VALUE_OUT_OF_RANGE.id();

	/** Counts from here on are rejected. */
	static final BigDecimal COUNT_LIMIT = BigDecimal.TEN.pow(12);

	/** What the figure table holds: numeric(20, 6) stores values below 10^14. */
	public static final BigDecimal STORABLE_LIMIT = BigDecimal.TEN.pow(14);

	public ValueOutOfRangeRule() {
		super(Rule.VALUE_OUT_OF_RANGE);
	}

	@Override
	Finding check(Report report, Metric metric, Cell cell) {
		if (!cell.hasValue()) {
			return null;
		}
		boolean count = metric.kind() == MetricKind.COUNT || metric.kind() == MetricKind.SIGNED_COUNT;
		BigDecimal limit = count ? COUNT_LIMIT : STORABLE_LIMIT;
		if (cell.value().abs().compareTo(limit) < 0 && storable(cell.value())) {
			return null;
		}
		String actual = Findings.plain(cell.value());
		return onCell(report, metric, "小于 " + limit.toPlainString(), actual,
				"填写的" + actual + "超出了可能的范围，请核对后重新填写。");
	}

	/** Whether the figure table can store the value (numeric(20, 6)). */
	public static boolean storable(BigDecimal value) {
		return value.abs().setScale(6, RoundingMode.HALF_UP).compareTo(STORABLE_LIMIT) < 0;
	}

}
