package org.xxgk.rollup.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/**
 * A rule looking at each reported cell on its own (what was written, its sign, its decimals). Derived cells were not
 * written by the unit and are not checked: a problem in them is a problem in the cells they come from.
 */
abstract class CellRule extends BaseRule {

	CellRule(Rule rule) {
		super(rule, false, Set.of());
	}

	@Override
	public final List<Finding> check(Report report, RuleContext context) {
		List<Finding> findings = new ArrayList<>();
		for (Metric metric : FormLayout.reported(report)) {
			Cell cell = report.figures().get(metric.code());
			Finding finding = (cell.state() != CellState.DERIVED) ? check(report, metric, cell) : null;
			if (finding != null) {
				findings.add(finding);
			}
		}
		return findings;
	}

	/** The finding on one cell, or null when the cell is fine. */
	abstract Finding check(Report report, Metric metric, Cell cell);

	/** A finding located at the cell, its message starting with the cell's place on the form. */
	Finding onCell(Report report, Metric metric, String expected, String actual, String whatIsWrong) {
		return Findings.of(rule(), metric.code(), FormLayout.location(report, metric.code()), expected, actual,
				FormLayout.cellName(metric, report.template()) + whatIsWrong);
	}

}
