package org.xxgk.rollup.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.MetricKind;
import org.xxgk.rollup.model.ReviewGroup;
import org.xxgk.rollup.model.ReviewResult;
import org.xxgk.rollup.model.Template;

/**
 * Figures for generated reports, keyed by metric code, for every metric of a template (including the 2021
 * template's derived {@code applications.result.other.*} totals).
 * <ul>
 * <li>{@link #distinct} gives every cell a different non-zero value, so a parser that swaps two rows or columns
 * cannot pass a round trip; the values break the cross-checks on purpose.</li>
 * <li>{@link #consistent} gives values that pass every cross-check of the form (APP-BALANCE, APP-COLUMN-TOTAL,
 * APP-RESULT-TOTAL, REVIEW-TOTAL, CUMULATIVE-BELOW-NEW), as a correct report would.</li>
 * </ul>
 */
public final class SampleFigures {

	private static final List<String> APPLICANTS = FormLayout.APPLICANTS;

	private static final String RESULT = FormLayout.RESULT;

	private SampleFigures() {
	}

	/**
	 * Every metric of the template with a distinct non-zero value: counts 1, 2, 3... in catalog order, signed counts
	 * negative, amounts with decimals.
	 */
	public static Map<String, BigDecimal> distinct(Template template) {
		Map<String, BigDecimal> figures = new LinkedHashMap<>();
		int next = 1;
		for (Metric metric : MetricCatalog.standard().of(template)) {
			BigDecimal value = BigDecimal.valueOf(next++);
			value = switch (metric.kind()) {
				case SIGNED_COUNT -> value.negate();
				case AMOUNT, AMOUNT_10K_YUAN -> value.add(new BigDecimal("0.25"));
				default -> value;
			};
			figures.put(metric.code(), value);
		}
		return figures;
	}

	/**
	 * Figures that satisfy every cross-check of the form, drawn from {@code random}; {@code scale} is the typical
	 * size of one cell (a township sees a handful of applications a year).
	 */
	public static Map<String, BigDecimal> consistent(Template template, Random random, int scale) {
		Map<String, BigDecimal> figures = new LinkedHashMap<>();
		MetricCatalog catalog = MetricCatalog.standard();
		for (Metric metric : catalog.of(template)) {
			if (metric.table() == 2) {
				figures.put(metric.code(), tableTwoValue(metric, random, scale));
			}
		}
		List<String> resultRows = resultRows(template);
		for (String applicant : APPLICANTS) {
			int results = 0;
			int otherTotal = 0;
			for (String row : resultRows) {
				int value = small(random, scale);
				put(figures, RESULT + row + "." + applicant, value);
				results += value;
				if ((RESULT + row + ".").startsWith(FormLayout.RESULT_OTHER)) {
					otherTotal += value;
				}
			}
			if (template == Template.V2021) {
				put(figures, FormLayout.RESULT_OTHER + applicant, otherTotal);
			}
			int carriedForward = small(random, scale);
			int carriedOver = random.nextInt(results + carriedForward + 1);
			carriedOver = Math.min(carriedOver, scale);
			put(figures, FormLayout.RESULT_TOTAL + applicant, results);
			put(figures, FormLayout.CARRIED_FORWARD + applicant, carriedForward);
			put(figures, FormLayout.CARRIED_OVER + applicant, carriedOver);
			put(figures, FormLayout.NEW + applicant, results + carriedForward - carriedOver);
		}
		for (String prefix : FormLayout.tableThreeRows(template)) {
			int sum = APPLICANTS.stream().mapToInt((applicant) -> figures.get(prefix + applicant).intValue()).sum();
			put(figures, prefix + FormLayout.TOTAL, sum);
		}
		for (ReviewGroup group : ReviewGroup.values()) {
			int total = 0;
			for (ReviewResult result : ReviewResult.values()) {
				int value = small(random, Math.max(1, scale / 3));
				put(figures, group.metric(result), value);
				total += value;
			}
			put(figures, group.total(), total);
		}
		return figures;
	}

	/** The leaf result rows of table 三 in the template (in 2021, （六） is its three sub-rows). */
	public static List<String> resultRows(Template template) {
		return FormLayout.resultRows(template)
			.stream()
			.map((prefix) -> prefix.substring(RESULT.length(), prefix.length() - 1))
			.toList();
	}

	private static BigDecimal tableTwoValue(Metric metric, Random random, int scale) {
		if (metric.kind() == MetricKind.SIGNED_COUNT) {
			return BigDecimal.valueOf(random.nextInt(2 * scale + 1) - scale);
		}
		if (metric.kind() == MetricKind.AMOUNT_10K_YUAN) {
			return BigDecimal.valueOf(random.nextInt(500_000), 4).setScale(4, RoundingMode.UNNECESSARY);
		}
		if (metric.kind() == MetricKind.AMOUNT) {
			return BigDecimal.valueOf(random.nextInt(5_000_000), 2);
		}
		if (metric.code().endsWith(".total_published")) {
			// CUMULATIVE-BELOW-NEW: other table 二 counts stay at or below 3 × scale, the cumulative one above it.
			return BigDecimal.valueOf(scale * 3L + 1 + random.nextInt(scale + 1));
		}
		return BigDecimal.valueOf(small(random, scale * 3));
	}

	private static int small(Random random, int scale) {
		return random.nextInt(Math.max(1, scale) + 1);
	}

	private static void put(Map<String, BigDecimal> figures, String code, int value) {
		figures.put(code, BigDecimal.valueOf(value));
	}

}
