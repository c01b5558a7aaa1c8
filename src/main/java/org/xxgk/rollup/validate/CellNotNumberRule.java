package org.xxgk.rollup.validate;

import java.util.ArrayList;
import java.util.List;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.Report;

/** CELL-NOT-NUMBER (error): a cell holds text that is not a number (e.g. 十二, 12件). */
public final class CellNotNumberRule implements SubmissionRule {

	public static final String ID = "CELL-NOT-NUMBER";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		List<Finding> findings = new ArrayList<>();
		for (Metric metric : FormLayout.reported(report)) {
			Cell cell = report.figures().get(metric.code());
			if (cell.state() == CellState.NOT_NUMBER) {
				String raw = cell.raw().strip();
				findings.add(Findings.error(ID, metric.code(), FormLayout.location(report, metric.code()), "阿拉伯数字",
						raw, FormLayout.cellName(metric, report.template()) + "填写的“" + raw
								+ "”不是数字，请只填写阿拉伯数字（如 12），不要加单位或文字。"));
			}
		}
		return findings;
	}

}
