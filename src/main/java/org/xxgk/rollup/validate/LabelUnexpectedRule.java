package org.xxgk.rollup.validate;

import java.util.List;
import java.util.Set;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.model.UnexpectedLabel;

/**
 * LABEL-UNEXPECTED (warning): one per table label that is near no label of the detected template, or about equally
 * near two; the message names the nearest label of the form.
 */
public final class LabelUnexpectedRule extends BaseRule {

	public static final String ID = Rule.LABEL_UNEXPECTED.id();

	public LabelUnexpectedRule() {
		super(Rule.LABEL_UNEXPECTED, false, Set.of());
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		return report.unexpectedLabels().stream().map(LabelUnexpectedRule::finding).toList();
	}

	private static Finding finding(UnexpectedLabel label) {
		String table = "表" + FormLayout.tableNumeral(label.table());
		String nearest = label.nearest().isBlank() ? "" : "（最接近的是“" + label.nearest() + "”）";
		String expected = label.nearest().isBlank() ? "模板中的行或列名称" : label.nearest();
		return Findings.of(Rule.LABEL_UNEXPECTED, null, label.location(), expected, label.label(), table + "中的“" + label.label()
				+ "”不是模板中的行或列名称" + nearest + "，该处数字未计入汇总。请按模板原样填写表格，不要增删或改写行列。");
	}

}
