package org.xxgk.rollup.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Template;

/**
 * REVIEW-TOTAL (error): in table 四, for 行政复议 and both 行政诉讼 groups, 总计 = 结果维持 + 结果纠正 + 其他结果 +
 * 尚未审结.
 */
public final class ReviewTotalRule extends BaseRule {

	public static final String ID = "REVIEW-TOTAL";

	public ReviewTotalRule() {
		super(ID, false, Set.of(4));
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		Template template = report.template();
		List<Finding> findings = new ArrayList<>();
		for (String group : FormLayout.REVIEW_GROUPS) {
			String prefix = "review." + group + ".";
			Arithmetic parts = Arithmetic.ofCells(report,
					FormLayout.REVIEW_PARTS.stream().map((part) -> prefix + part).toList(), true);
			String totalCode = prefix + "total";
			BigDecimal total = report.valueOrZero(totalCode);
			if (parts.differsFrom(total)) {
				String groupLabel = FormLayout.metric(totalCode).rowLabel(template);
				findings.add(Findings.error(ID, totalCode, FormLayout.location(report, totalCode), parts.shown(),
						Arithmetic.of("总计", total).shown(),
						"表四“" + groupLabel + "”：总计(" + Findings.plain(total) + ")应等于结果维持、结果纠正、其他结果、尚未审结之和("
								+ Findings.plain(parts.total()) + ")，请核对。"));
			}
		}
		return findings;
	}

}
