package org.xxgk.rollup.validate;

import static org.xxgk.rollup.model.FormLayout.CARRIED_FORWARD;
import static org.xxgk.rollup.model.FormLayout.CARRIED_OVER;
import static org.xxgk.rollup.model.FormLayout.NEW;
import static org.xxgk.rollup.model.FormLayout.RESULT_TOTAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/**
 * APP-BALANCE (error): in table 三, for each column including 总计, 一、本年新收 + 二、上年结转 = 三（七）总计 +
 * 四、结转下年度继续办理 (the rule the form states in its header).
 */
public final class AppBalanceRule extends BaseRule {

	public static final String ID = Rule.APP_BALANCE.id();

	public AppBalanceRule() {
		super(Rule.APP_BALANCE, false, Set.of(3));
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		List<Finding> findings = new ArrayList<>();
		for (String column : FormLayout.COLUMNS) {
			BigDecimal received = report.valueOrZero(NEW + column);
			BigDecimal carriedOver = report.valueOrZero(CARRIED_OVER + column);
			BigDecimal closed = report.valueOrZero(RESULT_TOTAL + column);
			BigDecimal carriedForward = report.valueOrZero(CARRIED_FORWARD + column);
			Arithmetic in = Arithmetic.of("新收", received).plus("结转", carriedOver);
			Arithmetic out = Arithmetic.of("办理结果总计", closed).plus("结转下年", carriedForward);
			if (in.differsFrom(out)) {
				String label = FormLayout.metric(NEW + column).columnLabel(report.template());
				findings.add(Findings.of(rule(), NEW + column, FormLayout.location(report, NEW + column), in.shown(),
						out.shown(),
						"表三“" + label + "”列：本年新收(" + Findings.plain(received) + ")加上年结转("
								+ Findings.plain(carriedOver) + ")应等于办理结果总计(" + Findings.plain(closed)
								+ ")加结转下年度继续办理(" + Findings.plain(carriedForward) + ")，请核对。"));
			}
		}
		return findings;
	}

}
