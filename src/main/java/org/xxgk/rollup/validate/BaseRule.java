package org.xxgk.rollup.validate;

import java.util.Set;

import org.xxgk.rollup.model.Rule;

/**
 * What every rule declares: which rule of spec/rules.md it checks ({@link Rule}: its id, name and advice), whether it
 * needs the matched unit, and which tables it reads.
 */
abstract class BaseRule implements SubmissionRule {

	private final Rule rule;

	private final boolean needsUnit;

	private final Set<Integer> tables;

	BaseRule(Rule rule, boolean needsUnit, Set<Integer> tables) {
		this.rule = rule;
		this.needsUnit = needsUnit;
		this.tables = Set.copyOf(tables);
	}

	@Override
	public final String id() {
		return this.rule.id();
	}

	/** The rule this check raises findings of. */
	final Rule rule() {
		return this.rule;
	}

	@Override
	public final boolean needsUnit() {
		return this.needsUnit;
	}

	@Override
	public final Set<Integer> tables() {
		return this.tables;
	}

}
