package org.xxgk.rollup.validate;

import java.util.regex.Pattern;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/**
 * CELL-COUNT-UNIT (warning, a rule id added by this project): a count written with its counting word glued on
 * ({@code 12件}, {@code 3个}). The number is unambiguous, so it is used, but never silently: the township is asked to
 * write digits only. A number in words ({@code 十二}) stays CELL-NOT-NUMBER.
 */
public final class CellCountUnitRule extends CellRule {

	public static final String ID = Rule.CELL_COUNT_UNIT.id();

	private static final Pattern COUNT_WORD = Pattern.compile(".*\\d\\s*[件个项次宗条份]\\s*$");

	public CellCountUnitRule() {
		super(Rule.CELL_COUNT_UNIT);
	}

	@Override
	Finding check(Report report, Metric metric, Cell cell) {
		if (cell.state() != CellState.NUMBER || !COUNT_WORD.matcher(cell.raw()).matches()) {
			return null;
		}
		String raw = cell.raw().strip();
		return onCell(report, metric, "阿拉伯数字", raw,
				"填写的“" + raw + "”带有单位，已按" + Findings.plain(cell.value()) + "计入汇总，请只填写阿拉伯数字。");
	}

}
