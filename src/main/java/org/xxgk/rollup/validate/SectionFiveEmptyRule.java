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
		// without its heading the part's text may be there under another part's: say what was not found, not that
		// nothing was written
		boolean headed = report.outline().contains("五");
		String actual = !text.isEmpty() ? text : headed ? "（空）" : "（未找到这一部分的标题）";
		String what = !text.isEmpty() ? "只写了“" + text + "”" : headed ? "没有内容" : "未找到：报告中没有这一部分的标题“五、存在的主要问题及改进情况”";
		return List.of(Findings.of(rule(), null, FormLayout.SECTION_FIVE, "存在的主要问题及改进情况", actual,
				"“" + FormLayout.SECTION_FIVE + "”" + what + "。请写明本年度工作中存在的问题和改进措施"
						+ (headed ? "。" : "，并以“五、存在的主要问题及改进情况”为标题。")));
	}

}
