package org.xxgk.rollup.validate;

import java.util.List;
import java.util.Set;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/** SECTION-FIVE-EMPTY (warning): part 五 (存在的主要问题及改进情况) is missing, blank, or only 无. */
public final class SectionFiveEmptyRule extends BaseRule {

	public static final String ID = Rule.SECTION_FIVE_EMPTY.id();

	private static final Set<String> NOTHING = Set.of("无", "无。", "无.");

	public SectionFiveEmptyRule() {
		super(Rule.SECTION_FIVE_EMPTY, false, Set.of());
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		String text = report.section("五").strip();
		if (!text.isEmpty() && !NOTHING.contains(text)) {
			return List.of();
		}
		String actual = text.isEmpty() ? "（空）" : text;
		return List.of(Findings.of(rule(), null, FormLayout.SECTION_FIVE, "存在的主要问题及改进情况", actual,
				"“" + FormLayout.SECTION_FIVE + "”" + (text.isEmpty() ? "没有内容" : "只写了“" + text + "”")
						+ "。请写明本年度工作中存在的问题和改进措施。"));
	}

}
