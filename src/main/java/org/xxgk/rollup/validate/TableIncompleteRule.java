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

	/** The rows printed whose figures could not be placed in their columns. */
	private static final String UNPLACED = "以下行的数字无法对应到列：";

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
			// a row printed whose figures could not be placed is not missing: it is named apart, as what went wrong
			List<String> unplaced = gaps.rows().stream().filter(report.unplacedRows()::contains)
				.map((row) -> row + (report.runTogether().containsKey(row) ? "（" + report.runTogether().get(row) + "）" : ""))
				.toList();
			List<String> absent = gaps.rows().stream().filter((row) -> !report.unplacedRows().contains(row)).toList();
			List<String> missing = new ArrayList<>();
			if (!absent.isEmpty()) {
				missing.add("以下行：" + String.join("；", absent));
			}
			if (!gaps.columns().isEmpty()) {
				missing.add("以下列：" + String.join("；", gaps.columns()));
			}
			if (!gaps.cells().isEmpty()) {
				missing.add("以下栏：" + String.join("；", gaps.cells()));
			}
			String lacking = missing.isEmpty() ? "" : "缺少" + String.join("，", missing);
			String unplacedText = unplaced.isEmpty() ? "" : UNPLACED + String.join("；", unplaced);
			String actual = String.join("，", List.of(lacking, unplacedText).stream().filter((t) -> !t.isEmpty()).toList());
			String message = (lacking.isEmpty() ? "" : name + lacking + "。")
					+ (unplaced.isEmpty() ? "" : name + "中" + UNPLACED + String.join("；", unplaced)
							+ "（这些行已印出，但复制或转换时丢失了空白单元格或表格的排列，无法确定每个数字所在的列）。");
			findings.add(Findings.of(rule(), null, FormLayout.tableHeading(table), "模板中的全部行和列", actual,
					message + "这些数字无法读取，报告不能汇总。请按模板原样填写" + name + "的每一行、每一列，不要删除、合并或改写行列名称"
							+ (unplaced.isEmpty() ? "。" : "；如报送的是复制的文字，请改为报送原文件。")));
		}
		return findings;
	}

}
