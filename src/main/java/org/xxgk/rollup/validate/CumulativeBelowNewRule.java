package org.xxgk.rollup.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.model.Template;

/** CUMULATIVE-BELOW-NEW (warning): 2019 template, 对外公开总数量 below 本年新公开数量 for 规章 or 规范性文件. */
public final class CumulativeBelowNewRule extends BaseRule {

	public static final String ID = Rule.CUMULATIVE_BELOW_NEW.id();

	public CumulativeBelowNewRule() {
		super(Rule.CUMULATIVE_BELOW_NEW, false, Set.of(2));
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		if (report.template() != Template.V2019) {
			return List.of();
		}
		List<Finding> findings = new ArrayList<>();
		for (String prefix : FormLayout.DOCUMENT_ROWS) {
			String totalCode = prefix + "total_published";
			BigDecimal published = report.valueOrZero(prefix + "new_published");
			BigDecimal total = report.valueOrZero(totalCode);
			if (total.compareTo(published) < 0) {
				String row = FormLayout.metric(totalCode).rowLabel(Template.V2019);
				findings.add(Findings.of(rule(), totalCode, FormLayout.location(report, totalCode),
						"≥ " + Findings.plain(published), Findings.plain(total),
						"表二“" + row + "”：对外公开总数量(" + Findings.plain(total) + ")小于本年新公开数量("
								+ Findings.plain(published) + ")，总数量应包含本年新公开的文件，请核对。"));
			}
		}
		return findings;
	}

}
