package org.xxgk.rollup.validate;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/** VALUE-FRACTION (error): a count (件数、个数) is not a whole number. Amounts may have decimals. */
public final class ValueFractionRule extends CellRule {

	public static final String ID = Rule.VALUE_FRACTION.id();

	public ValueFractionRule() {
		super(Rule.VALUE_FRACTION);
	}

	@Override
	Finding check(Report report, Metric metric, Cell cell) {
		if (!metric.kind().isWhole() || !cell.hasValue() || cell.value().stripTrailingZeros().scale() <= 0) {
			return null;
		}
		String actual = Findings.plain(cell.value());
		return onCell(report, metric, "整数", actual, "填写了" + actual + "，件数应为整数，请核对。");
	}

}
