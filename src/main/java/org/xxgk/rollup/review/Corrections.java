package org.xxgk.rollup.review;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Report;

/**
 * The county corrections in force for a run scope, by submission content (SHA-256) and metric: the ingest applies
 * them to a report before its checks, so the corrected value is checked and summed; the cell keeps the text as
 * published.
 */
public final class Corrections {

	private static final Corrections NONE = new Corrections(Map.of());

	private final Map<String, Map<String, BigDecimal>> bySha256;

	Corrections(Map<String, Map<String, BigDecimal>> bySha256) {
		this.bySha256 = bySha256;
	}

	public static Corrections none() {
		return NONE;
	}

	/**
	 * What the corrections of a content add to what its check depends on: empty when it has none (its check key
	 * stays that of a file never corrected), else each metric and value, so a new correction checks the file again.
	 */
	public String fingerprint(String sha256) {
		Map<String, BigDecimal> corrected = this.bySha256.get(sha256);
		if (corrected == null) {
			return "";
		}
		return new TreeMap<>(corrected).entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue().stripTrailingZeros().toPlainString())
			.collect(Collectors.joining(";", "corrected:", ""));
	}

	/** The report with the corrected figures of its content (the published text kept in each cell). */
	public Report apply(Report report) {
		Map<String, BigDecimal> corrected = this.bySha256.get(report.source().sha256());
		if (corrected == null) {
			return report;
		}
		Map<String, Cell> figures = new LinkedHashMap<>(report.figures());
		corrected.forEach((metric, value) -> {
			Cell published = figures.get(metric);
			figures.put(metric, (published != null) ? new Cell(published.raw(), value, CellState.NUMBER, published.location())
					: new Cell("", value, CellState.NUMBER, ""));
		});
		return new Report(report.source(), report.title(), report.statedUnit(), report.year(), report.template(),
				figures, report.tablesFound(), report.unexpectedLabels(), report.yuanHeadedMetrics(), report.sections(),
				report.unplacedRows(), report.runTogether());
	}

}
