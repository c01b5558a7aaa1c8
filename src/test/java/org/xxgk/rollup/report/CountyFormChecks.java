package org.xxgk.rollup.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xxgk.rollup.model.Cell;

import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.SourceFile;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.registry.RegionLevel;
import org.xxgk.rollup.validate.AppBalanceRule;
import org.xxgk.rollup.validate.AppColumnTotalRule;
import org.xxgk.rollup.validate.AppResultTotalRule;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.validate.History;
import org.xxgk.rollup.validate.ReviewTotalRule;
import org.xxgk.rollup.validate.RuleContext;
import org.xxgk.rollup.validate.SubmissionRule;
import org.xxgk.rollup.validate.ValidationSettings;

/**
 * The form's own cross-checks (APP-BALANCE, APP-COLUMN-TOTAL, APP-RESULT-TOTAL, REVIEW-TOTAL) run on the county's
 * figures as an output shows them, read as one report in the form in force: the county's report must pass them.
 */
final class CountyFormChecks {

	private CountyFormChecks() {
	}

	static List<Finding> failures(Map<String, BigDecimal> shown, Template template) {
		Map<String, Cell> cells = new LinkedHashMap<>();
		shown.forEach((metric, value) -> cells.put(metric, Cell.number(value.toPlainString(), value, metric)));
		Report county = new Report(new SourceFile("county", "county", "", "0".repeat(64), 0, null), "", "", 2021,
				template, cells, Set.of(2, 3, 4), List.of(), Set.of(), Map.of());
		RuleContext context = new RuleContext(2021, new Region("440882", "雷州市", RegionLevel.COUNTY, "440800", List.of()),
				null, History.NONE, ValidationSettings.defaults());
		List<SubmissionRule> rules = List.of(new AppBalanceRule(), new AppColumnTotalRule(), new AppResultTotalRule(),
				new ReviewTotalRule());
		return rules.stream().flatMap((rule) -> rule.check(county, context).stream()).toList();
	}

	/** The county totals as the 2021 form shows them: 3.其他 of （六） takes the 2019-form units' unsplit row. */
	static Map<String, BigDecimal> harmonised(Map<String, BigDecimal> totals) {
		Map<String, BigDecimal> shown = new LinkedHashMap<>(totals);
		for (String column : List.of("natural_person", "enterprise", "research", "public_interest", "legal_services",
				"other_org", "total")) {
			BigDecimal other = totals.get("applications.result.other." + column);
			if (other != null) {
				shown.put("applications.result.other.other." + column,
						other.subtract(totals.getOrDefault("applications.result.other.no_correction." + column, BigDecimal.ZERO))
							.subtract(totals.getOrDefault("applications.result.other.unpaid_fee." + column, BigDecimal.ZERO)));
			}
		}
		return shown;
	}

}
