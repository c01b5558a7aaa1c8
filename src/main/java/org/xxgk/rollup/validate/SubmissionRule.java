package org.xxgk.rollup.validate;

import java.util.List;
import java.util.Set;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;

/**
 * One rule of spec/rules.md checked on a single submission. A rule returns its findings (possibly none) and never
 * throws for bad input: validation is data.
 */
public interface SubmissionRule {

	/** The stable rule id of spec/rules.md, e.g. {@code APP-BALANCE}. */
	String id();

	List<Finding> check(Report report, RuleContext context);

	/**
	 * True if the rule needs the matched unit ({@link RuleContext#unit()}); such rules are skipped when UNIT-UNKNOWN
	 * fires.
	 */
	default boolean needsUnit() {
		return false;
	}

	/** The tables (2, 3, 4) the rule reads; the rule is skipped when TABLE-MISSING fires for one of them. */
	default Set<Integer> tables() {
		return Set.of();
	}

}
