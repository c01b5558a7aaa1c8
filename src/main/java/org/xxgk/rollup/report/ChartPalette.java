package org.xxgk.rollup.report;

import java.awt.Color;
import java.util.Map;

import org.xxgk.rollup.model.Applicant;
import org.xxgk.rollup.model.ResultGroup;
import org.xxgk.rollup.model.ReviewResult;

/** One colour per category, the same in every chart (予以公开 is always green, 自然人 always blue …). */
final class ChartPalette {

	private static final Color NEUTRAL = new Color(0x4E79A7);

	private static final Map<String, Color> COLOURS = Map.ofEntries(
			// outcomes of applications
			Map.entry(ResultGroup.DISCLOSED.label(), new Color(0x59A14F)),
			Map.entry(ResultGroup.PARTIALLY_DISCLOSED.label(), new Color(0x8CD17D)),
			Map.entry(ResultGroup.WITHHELD.label(), new Color(0xE15759)),
			Map.entry(ResultGroup.UNAVAILABLE.label(), new Color(0xF28E2B)),
			Map.entry(ResultGroup.NOT_PROCESSED.label(), new Color(0xB07AA1)),
			Map.entry(ResultGroup.OTHER.label(), new Color(0x9C755F)),
			// applicant types
			Map.entry(Applicant.NATURAL_PERSON.label(), new Color(0x4E79A7)),
			Map.entry(Applicant.ENTERPRISE.label(), new Color(0xF28E2B)),
			Map.entry(Applicant.RESEARCH.label(), new Color(0x76B7B2)),
			Map.entry(Applicant.PUBLIC_INTEREST.label(), new Color(0xEDC948)),
			Map.entry(Applicant.LEGAL_SERVICES.label(), new Color(0xB07AA1)),
			Map.entry(Applicant.OTHER_ORG.label(), new Color(0xBAB0AC)),
			// review results
			Map.entry(ReviewResult.UPHELD.label(), new Color(0x59A14F)),
			Map.entry(ReviewResult.CORRECTED.label(), new Color(0xE15759)),
			Map.entry(ReviewResult.OTHER.label(), new Color(0xBAB0AC)),
			Map.entry(ReviewResult.PENDING.label(), new Color(0xEDC948)),
			// years: last year grey, this year blue
			Map.entry("previous", new Color(0xBAB0AC)), Map.entry("current", NEUTRAL));

	private ChartPalette() {
	}

	static Color of(String category) {
		return COLOURS.getOrDefault(category, NEUTRAL);
	}

}
