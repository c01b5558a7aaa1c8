package org.xxgk.rollup.validate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.registry.RegionLevel;
import org.xxgk.rollup.registry.UnitKind;

/**
 * RULES-NOT-EXPECTED (warning): a township or subdistrict government (registry kind {@code township} /
 * {@code subdistrict}) reports 规章, which only ministries, provinces and cities with districts make. Departments and
 * governments above township level are never warned: a city government or its 司法局 may well report 规章. One
 * finding per 规章 figure above 0.
 */
public final class RulesNotExpectedRule extends BaseRule {

	public static final String ID = Rule.RULES_NOT_EXPECTED.id();

	private static final String RULES = FormLayout.RULES;

	private static final Set<UnitKind> TOWNSHIP_LEVEL = EnumSet.of(UnitKind.TOWNSHIP, UnitKind.SUBDISTRICT);

	public RulesNotExpectedRule() {
		super(Rule.RULES_NOT_EXPECTED, true, Set.of(2));
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		if (context.unit().level() != RegionLevel.UNIT || !TOWNSHIP_LEVEL.contains(context.unit().kind())) {
			return List.of();
		}
		List<Finding> findings = new ArrayList<>();
		for (Metric metric : FormLayout.reported(report)) {
			String code = metric.code();
			if (code.startsWith(RULES) && report.valueOrZero(code).signum() > 0) {
				String actual = Findings.plain(report.valueOrZero(code));
				findings.add(Findings.of(rule(), code, FormLayout.location(report, code), "0", actual,
						FormLayout.cellName(metric, report.template()) + "填写了" + actual + "。" + context.unit().name()
								+ "没有规章制定权，规章一行应为0；如是规范性文件，请填在规范性文件一行。"));
			}
		}
		return findings;
	}

}
