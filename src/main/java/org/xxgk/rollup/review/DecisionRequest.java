package org.xxgk.rollup.review;

/**
 * A decision asked for: on the findings of one rule of one unit in a run scope, of one metric or (metric null) of
 * every metric the rule found; with the reason (required) and who decides. {@code sha256} names the content decided
 * on when the asker saw one (the offline sheet's row): null for the unit's current content, empty for a unit that
 * sent nothing; a finding of another content is then not decided.
 */
public record DecisionRequest(int year, String scopeCode, String unit, String rule, String metric, Decision decision,
		String reason, String decidedBy, String sha256) {

	public DecisionRequest(int year, String scopeCode, String unit, String rule, String metric, Decision decision,
			String reason, String decidedBy) {
		this(year, scopeCode, unit, rule, metric, decision, reason, decidedBy, null);
	}

}
