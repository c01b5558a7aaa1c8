package org.xxgk.rollup.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/**
 * TABLE-INCOMPLETE (error): a table was found but not every row of the detected template was (or a whole column is
 * absent); the finding names what is missing in the form's words, so a report is never accepted with figures absent
 * because a row was not recognised.
 */
public final class TableIncompleteRule extends BaseRule {

	public static final String ID = Rule.TABLE_INCOMPLETE.id();

	public TableIncompleteRule() {
		super(Rule.TABLE_INCOMPLETE, false, Set.of());
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		List<Finding> findings = new ArrayList<>();
		for (int table = 2; table <= 4; table++) {
			TableGaps gaps = report.tablesFound().contains(table) ? TableGaps.of(report, table) : null;
			if (gaps == null || gaps.isEmpty()) {
				continue;
			}
			String name = "表" + FormLayout.tableNumeral(table);
			List<String> missing = new ArrayList<>();
			if (!gaps.rows().isEmpty()) {
				missing.add("以下行：" + String.join("；", gaps.rows()));
			}
			if (!gaps.columns().isEmpty()) {
				missing.add("以下列：" + String.join("；", gaps.columns()));
			}
			String actual = String.join("，", missing);
			findings.add(Findings.of(rule(), null, FormLayout.tableHeading(table), "模板中的全部行和列", "缺少" + actual,
					name + "缺少" + actual + "。这些数字无法读取，报告不能汇总。请按模板原样填写" + name + "的每一行、每一列，不要删除、合并或改写行列名称。"));
		}
		return findings;
	}

}
