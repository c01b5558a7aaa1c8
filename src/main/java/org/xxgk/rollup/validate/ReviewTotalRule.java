package org.xxgk.rollup.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.ReviewGroup;
import org.xxgk.rollup.model.ReviewResult;
import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.model.Template;

/**
 * REVIEW-TOTAL (error): in table 四, for 行政复议 and both 行政诉讼 groups, 总计 = 结果维持 + 结果纠正 + 其他结果 +
 * 尚未审结.
 */
public final class ReviewTotalRule extends TotalRule {

	public static final String ID = Rule.REVIEW_TOTAL.id();

	public ReviewTotalRule() {
		super(Rule.REVIEW_TOTAL, 4);
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		Template template = report.template();
		List<Finding> findings = new ArrayList<>();
		String parts = Arrays.stream(ReviewResult.values()).map(ReviewResult::label).collect(Collectors.joining("、"));
		for (ReviewGroup group : ReviewGroup.values()) {
			Arithmetic results = Arithmetic.ofCells(report,
					Arrays.stream(ReviewResult.values()).map(group::metric).toList(), true);
			String totalCode = group.total();
			checkTotal(findings, report, results, totalCode, FormLayout.TOTAL_LABEL,
					"表四“" + FormLayout.metric(totalCode).rowLabel(template) + "”", parts);
		}
		return findings;
	}

}
