package org.xxgk.rollup.validate;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/**
 * FORM-BLANK (error, a rule id added by this project): the tables were found, but not one of their cells holds
 * anything — no number, no dash, no 不适用. That is the blank template sent as the report (the real 2021 form as
 * circulated reads so), not a unit with nothing to report, which writes 0; counted, it would add a unit of zeros
 * with only CELL-MISSING warnings, one per cell. Those warnings are then left out (see {@link #isBlank}).
 */
public final class FormBlankRule extends BaseRule {

	public static final String ID = Rule.FORM_BLANK.id();

	public FormBlankRule() {
		super(Rule.FORM_BLANK, false, Set.of());
	}

	/** True when tables were found and every cell of them read is blank (derived totals aside). */
	static boolean isBlank(Report report) {
		return !report.tablesFound().isEmpty() && report.figures()
			.values()
			.stream()
			.map(Cell::state)
			.allMatch((state) -> state == CellState.BLANK || state == CellState.DERIVED);
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		if (!isBlank(report)) {
			return List.of();
		}
		String tables = report.tablesFound()
			.stream()
			.sorted()
			.map((table) -> "表" + FormLayout.tableNumeral(table))
			.collect(Collectors.joining("、"));
		long cells = report.figures().values().stream().filter((cell) -> cell.state() == CellState.BLANK).count();
		return List.of(Findings.of(rule(), null, tables, "填写的数字", "全部空白（" + cells + " 格）",
				tables + "的每一格都是空白，一个数字也没有填，报送的可能是未填写的空白模板。报告不能汇总。"));
	}

}
