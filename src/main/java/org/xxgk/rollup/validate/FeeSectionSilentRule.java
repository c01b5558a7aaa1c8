package org.xxgk.rollup.validate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.model.Template;

/**
 * FEE-SECTION-SILENT (warning): a report on the 2021 form whose part 六 says nothing about 信息处理费, which the 2021
 * form asks every body to report (charged or not: 未收取信息处理费 is an answer). The message is stronger when table 三
 * shows applications closed for unpaid fee notices (（六）2 > 0), as fees were then charged. Table 二's 行政事业性收费
 * is another matter (fees of the body's own services) and never triggers it.
 */
public final class FeeSectionSilentRule extends BaseRule {

	public static final String ID = Rule.FEE_SECTION_SILENT.id();

	static final String UNPAID_FEE = FormLayout.RESULT_OTHER + "unpaid_fee." + FormLayout.TOTAL;

	/** 信息处理费, 信息公开处理费, 处理费, or words on charging (收取…费, 收费), once 行政事业性收费 is taken out. */
	private static final Pattern SPEAKS_OF_FEES = Pattern.compile("处理费|收费|收取[^。；]{0,12}费");

	public FeeSectionSilentRule() {
		super(Rule.FEE_SECTION_SILENT, false, Set.of());
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		String six = report.section("六").replaceAll("\\s+", "").replace("行政事业性收费", "");
		if (report.template() != Template.V2021 || SPEAKS_OF_FEES.matcher(six).find()) {
			return List.of();
		}
		BigDecimal unpaid = report.tablesFound().contains(3) ? report.valueOrZero(UNPAID_FEE) : BigDecimal.ZERO;
		if (unpaid.signum() > 0) {
			return List.of(Findings.of(rule(), UNPAID_FEE, FormLayout.SECTION_SIX, "说明信息处理费收取情况", "未提及信息处理费",
					FormLayout.cellName(FormLayout.metric(UNPAID_FEE), report.template()) + "为" + Findings.plain(unpaid)
							+ "，说明本年度发出过收费通知，但“" + FormLayout.SECTION_SIX
							+ "”没有说明信息处理费的收取情况。请补充说明（收取的件数和金额）。"));
		}
		return List.of(Findings.of(rule(), null, FormLayout.SECTION_SIX, "说明信息处理费收取情况", "未提及信息处理费",
				"“" + FormLayout.SECTION_SIX + "”没有说明信息处理费的收取情况。2021年版格式要求报告是否收取信息处理费"
						+ "（未收取的请写明“本年度未收取信息处理费”）。"));
	}

}
