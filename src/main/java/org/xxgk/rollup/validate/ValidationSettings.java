package org.xxgk.rollup.validate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The tunable parts of the rules.
 *
 * @param deadline last day a submission for the year counts as on time (null: 31 January of the following year)
 * @param outlierFactor YEAR-OVER-YEAR-OUTLIER fires above this factor or below its inverse
 * @param outlierMinimum ... provided one of the two years has at least this many new applications
 * @param copiedThreshold TEXT-COPIED fires when the prose is more similar than this (0..1)
 */
public record ValidationSettings(LocalDate deadline, double outlierFactor, int outlierMinimum,
		double copiedThreshold) {

	public static ValidationSettings defaults() {
		return new ValidationSettings(null, 5.0, 10, 0.9);
	}

	/** The deadline for reports on {@code year}: the configured one, else 31 January of the following year. */
	public LocalDate deadlineFor(int year) {
		return (this.deadline != null) ? this.deadline : LocalDate.of(year + 1, 1, 31);
	}

	/** The first instant after the deadline day of {@code year}, in Beijing time: what arrives from then on is late. */
	public Instant lateFrom(int year) {
		return deadlineFor(year).plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
	}

}
