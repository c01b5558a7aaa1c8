package org.xxgk.rollup.validate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/** A cross-check of the form (error) where a printed 总计 cell must equal the sum of other cells. */
abstract class TotalRule extends BaseRule {

	TotalRule(Rule rule, int table) {
		super(rule, false, Set.of(table));
	}

	/**
	 * Adds a finding when the total cell differs from the parts, worded {@code where：totalLabel(6)应等于partsName之和(5)，请核对。}.
	 */
	void checkTotal(List<Finding> findings, Report report, Arithmetic parts, String totalCode, String totalLabel,
			String where, String partsName) {
		BigDecimal total = report.valueOrZero(totalCode);
		if (parts.differsFrom(total)) {
			findings.add(Findings.of(rule(), totalCode, FormLayout.location(report, totalCode), parts.shown(),
					Arithmetic.of(totalLabel, total).shown(),
					where + "：" + totalLabel + "(" + Findings.plain(total) + ")应等于" + partsName + "之和("
							+ Findings.plain(parts.total()) + ")，请核对。"));
		}
	}

}
