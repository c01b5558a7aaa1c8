package org.xxgk.rollup.validate;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/** CELL-NOT-NUMBER (error): a cell holds text that is not a number (e.g. 十二); 12件 is CELL-COUNT-UNIT. */
public final class CellNotNumberRule extends CellRule {

	public static final String ID = Rule.CELL_NOT_NUMBER.id();

	public CellNotNumberRule() {
		super(Rule.CELL_NOT_NUMBER);
	}

	@Override
	Finding check(Report report, Metric metric, Cell cell) {
		if (cell.state() != CellState.NOT_NUMBER) {
			return null;
		}
		String raw = cell.raw().strip();
		return onCell(report, metric, "阿拉伯数字", raw, "填写的“" + raw + "”不是数字，请只填写阿拉伯数字（如 12），不要加单位或文字。");
	}

}
