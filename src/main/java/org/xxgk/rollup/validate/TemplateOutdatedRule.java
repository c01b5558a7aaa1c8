package org.xxgk.rollup.validate;

import java.util.List;
import java.util.Set;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.model.Template;

/** TEMPLATE-OUTDATED (warning): the 2019 template used for a year from 2021 on, when the 2021 one was in force. */
public final class TemplateOutdatedRule extends BaseRule {

	public static final String ID = Rule.TEMPLATE_OUTDATED.id();

	/** The first reporting year of 国办公开办函〔2021〕30号. */
	static final int FIRST_YEAR_OF_2021_TEMPLATE = 2021;

	public TemplateOutdatedRule() {
		super(Rule.TEMPLATE_OUTDATED, false, Set.of());
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		if (report.template() != Template.V2019 || context.year() < FIRST_YEAR_OF_2021_TEMPLATE) {
			return List.of();
		}
		return List.of(Findings.of(rule(), null, report.source().path(), "2021年版模板", "2019年版模板",
				context.year() + "年度报告应使用2021年版格式（国办公开办函〔2021〕30号），本报告仍使用2019年版表格。"
						+ "本次已按旧格式读取，请今后使用新格式。"));
	}

}
