package org.xxgk.rollup.report;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the letters say about the county office ({@code xxgk.office.*}, e.g. in {@code config/application.properties}
 * or as environment variables {@code XXGK_OFFICE_TELEPHONE}…): its name (default: the region's name + 政务公开办), its
 * contact telephone (default: none, and the letters then name no number), and the date by which corrected or missing
 * reports are to be sent (default: {@code resubmission-days}, 10, days after the letter's date).
 */
@ConfigurationProperties("xxgk.office")
public record OfficeSettings(@DefaultValue("") String name, @DefaultValue("") String telephone,
		LocalDate resubmissionDeadline, @DefaultValue("10") int resubmissionDays) {

	public static final OfficeSettings DEFAULTS = new OfficeSettings("", "", null, 10);

	/** The office's name as the letters sign it. */
	public String nameFor(String regionName) {
		return this.name.isBlank() ? regionName + "政务公开办" : this.name.strip();
	}

	/** The date by which reports are to be (re)sent, for letters dated {@code letterDate}. */
	public LocalDate deadlineAfter(LocalDate letterDate) {
		return (this.resubmissionDeadline != null) ? this.resubmissionDeadline
				: letterDate.plusDays(this.resubmissionDays);
	}

	/** Everything the letters take from these settings, for the outputs' key (a changed telephone rewrites them). */
	String fingerprint() {
		return this.name + "\t" + this.telephone + "\t" + this.resubmissionDeadline + "\t" + this.resubmissionDays;
	}

}
