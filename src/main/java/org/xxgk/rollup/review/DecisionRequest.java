package org.xxgk.rollup.review;

/**
 * A decision asked for: on the findings of one rule of one unit in a run scope, of one metric or (metric null) of
 * every metric the rule found; with the reason (required) and who decides.
 */
public record DecisionRequest(int year, String scopeCode, String unit, String rule, String metric, Decision decision,
		String reason, String decidedBy) {

}
