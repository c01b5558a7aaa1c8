package org.xxgk.rollup.validate;

import java.util.ArrayList;
import java.util.List;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.Report;

/** VALUE-FRACTION (error): a count (件数、个数) is not a whole number. Amounts may have decimals. */
public final class ValueFractionRule implements SubmissionRule {

	public static final String ID = "VALUE-FRACTION";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		List<Finding> findings = new ArrayList<>();
		for (Metric metric : FormLayout.reported(report)) {
			Cell cell = report.figures().get(metric.code());
			if (metric.kind().isWhole() && cell.hasValue() && cell.value().stripTrailingZeros().scale() > 0) {
				String actual = Findings.plain(cell.value());
				findings.add(Findings.error(ID, metric.code(), FormLayout.location(report, metric.code()), "整数",
						actual, FormLayout.cellName(metric, report.template()) + "填写了" + actual
								+ "，件数应为整数，请核对。"));
			}
		}
		return findings;
	}

}
