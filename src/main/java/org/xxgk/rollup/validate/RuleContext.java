package org.xxgk.rollup.validate;

import java.time.Instant;
import java.util.Optional;

import org.xxgk.rollup.registry.Region;

/**
 * What a rule may know besides the report: the year being consolidated, the unit the submission was matched to (null
 * when no unit matched), when the submission arrived, earlier years' accepted reports, and the settings.
 */
public record RuleContext(int year, Region unit, Instant arrivedAt, History history, ValidationSettings settings) {

	/** The matched unit's accepted report of the year before {@link #year()}; empty when none or no unit matched. */
	public Optional<PriorReport> previousYear() {
		return (this.unit != null) ? this.history.accepted(this.unit.code(), this.year - 1) : Optional.empty();
	}

}
