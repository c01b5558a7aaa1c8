package org.xxgk.rollup.validate;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/**
 * CELL-NOT-APPLICABLE (warning): a cell says 不适用 (or N/A). It is stored as not applicable, neither blank nor 0, counts
 * as 0 in sums and is not missing; the township is told how it was read.
 */
public final class CellNotApplicableRule extends CellRule {

	public static final String ID = Rule.CELL_NOT_APPLICABLE.id();

	public CellNotApplicableRule() {
		super(Rule.CELL_NOT_APPLICABLE);
	}

	@Override
	Finding check(Report report, Metric metric, Cell cell) {
		if (cell.state() != CellState.NOT_APPLICABLE) {
			return null;
		}
		String raw = cell.raw().strip();
		return onCell(report, metric, "数字", raw, "填写的“" + raw + "”已记录为不适用（汇总时按0计算）。如本单位该项确为0，请填写0。");
	}

}
