package org.xxgk.rollup.validate;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/**
 * CELL-ANNOTATED (warning): a number with a note beside it ({@code 22（其中修订16件）}, {@code 55（含自然失效29件）}). The
 * leading number is the figure; the note is kept with it and shown, so the township sees what was read.
 */
public final class CellAnnotatedRule extends CellRule {

	public static final String ID = Rule.CELL_ANNOTATED.id();

	public CellAnnotatedRule() {
		super(Rule.CELL_ANNOTATED);
	}

	@Override
	Finding check(Report report, Metric metric, Cell cell) {
		if (!cell.isAnnotated()) {
			return null;
		}
		String raw = cell.raw().strip();
		String value = Findings.plain(cell.value());
		return onCell(report, metric, value, raw, "填写的“" + raw + "”带有说明，已按" + value + "计入汇总，说明“" + cell.note()
				+ "”随该数字保留。表格中请只填写数字，说明可写在正文中。");
	}

}
