package org.xxgk.rollup.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.model.Template;

/**
 * CELL-MISSING (warning): one finding per cell of a found table that is blank, holds a dash or slash, or is absent.
 * Derived cells (the 2021 （六）其他处理 totals) are not printed by the form and are not checked, unless the report
 * printed that row anyway. Cells absent because their whole row or column is are TABLE-INCOMPLETE's, not repeated
 * here; 不适用 is not missing (CELL-NOT-APPLICABLE). A form with no cell filled at all is FORM-BLANK's, one finding, not
 * one per cell.
 */
public final class CellMissingRule extends BaseRule {

	public static final String ID = Rule.CELL_MISSING.id();

	public CellMissingRule() {
		super(Rule.CELL_MISSING, false, Set.of());
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		if (FormBlankRule.isBlank(report)) {
			return List.of();
		}
		Template template = report.template();
		List<Finding> findings = new ArrayList<>();
		Map<Integer, TableGaps> gaps = new HashMap<>();
		for (Metric metric : MetricCatalog.standard().of(template)) {
			Cell cell = report.figures().get(metric.code());
			boolean printed = cell != null && cell.state() != CellState.DERIVED;
			if (!report.tablesFound().contains(metric.table()) || (FormLayout.isDerived(metric, template) && !printed)
					|| (cell == null && gaps.computeIfAbsent(metric.table(), (t) -> TableGaps.of(report, t))
						.covers(metric, template))) {
				continue;
			}
			String name = FormLayout.cellName(metric, template);
			if (cell == null) {
				findings.add(Findings.of(rule(), metric.code(), name, "数字", "缺少该格",
						name + "这一格在报告中找不到，按0计算。请按模板补全该行/列；如确为0请填写0。"));
			}
			else if (cell.state() == CellState.BLANK || cell.state() == CellState.DASH) {
				String actual = (cell.state() == CellState.BLANK) ? "空白" : cell.raw().strip();
				String what = (cell.state() == CellState.BLANK) ? "为空" : "填写了“" + actual + "”";
				findings.add(Findings.of(rule(), metric.code(), FormLayout.location(report, metric.code()), "数字",
						actual, name + what + "，按0计算。如确为0请填写0。"));
			}
		}
		return findings;
	}

}
