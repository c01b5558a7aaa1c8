package org.xxgk.rollup.review;

import java.math.BigDecimal;

/** A correction asked for: one figure of a unit's current submission, its new value, the reason and who corrects. */
public record CorrectionRequest(int year, String scopeCode, String unit, String metric, BigDecimal value,
		String reason, String correctedBy) {

}
