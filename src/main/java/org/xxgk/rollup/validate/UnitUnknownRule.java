package org.xxgk.rollup.validate;

import java.util.List;
import java.util.Set;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/** UNIT-UNKNOWN (error): the reporting body matched no unit of the registry; says what was tried. */
public final class UnitUnknownRule extends BaseRule {

	public static final String ID = Rule.UNIT_UNKNOWN.id();

	public UnitUnknownRule() {
		super(Rule.UNIT_UNKNOWN, false, Set.of());
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		if (context.unit() != null) {
			return List.of();
		}
		String stated = orNone(report.statedUnit());
		String tried = "标题“" + orNone(report.title()) + "”、报告中的单位名称“" + stated + "”、文件名“"
				+ orNone(report.source().fileName()) + "”、所在文件夹“" + orNone(report.source().folder()) + "”";
		return List.of(Findings.of(rule(), null, report.source().path(), "登记册中的单位", stated,
				"无法确定报告单位：已尝试" + tried + "，均未对应到单位名册中的单位。请在标题中写明单位全称（如“企水镇人民政府”），或按单位名称命名文件。"));
	}

	private static String orNone(String text) {
		return (text == null || text.isBlank()) ? "（无）" : text.strip();
	}

}
