package org.xxgk.rollup.validate;

import java.util.List;
import java.util.Set;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/**
 * ROW-OUTDATED (warning, a rule id added by this project): a 2021-form report prints （六）其他处理 as one row, as the
 * 2019 form did, without its three sub-rows. The row is read as the （六） total and the cross-checks use it; the
 * sub-rows are absent, which is not TABLE-INCOMPLETE.
 */
public final class RowOutdatedRule extends BaseRule {

	public static final String ID = Rule.ROW_OUTDATED.id();

	public RowOutdatedRule() {
		super(Rule.ROW_OUTDATED, false, Set.of(3));
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		if (!TableGaps.printsOtherAsOneRow(report)) {
			return List.of();
		}
		String code = FormLayout.RESULT_OTHER + FormLayout.TOTAL;
		String location = FormLayout.location(report, code);
		return List.of(Findings.of(rule(), code, location, "（六）其他处理的三个小项",
				"（六）其他处理（一行）",
				"表三“（六）其他处理”只填了一行，没有按2021年版模板分为三个小项（1.申请人无正当理由逾期不补正… 2.申请人逾期未按收费通知要求缴纳费用… 3.其他），"
						+ "已按（六）的合计计入汇总。请使用2021年版模板，分三项填写。"));
	}

}
