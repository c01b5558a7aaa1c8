package org.xxgk.rollup.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.stream.Collectors;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Report;

/**
 * A report's figures as a version keeps them: a JSON object of metric code to value (null when blank), built here
 * rather than aggregated back from the figure table. Values carry the figure column's six decimals, as
 * {@code numeric(20, 6)} would give them.
 */
final class FigureVersions {

	private static final int FIGURE_SCALE = 6;

	/**
	 * The catalogue's metric codes as JSON strings, quoted once: every report quoted its 226 codes character by
	 * character (2 % of the ingest's samples at 40,000 units).
	 */
	private static final Map<String, String> QUOTED_CODES = MetricCatalog.standard()
		.all()
		.stream()
		.collect(Collectors.toUnmodifiableMap(Metric::code, (metric) -> quote(new StringBuilder(), metric.code()).toString()));

	private FigureVersions() {
	}

	static String json(Report report) {
		if (report == null) {
			return "{}";
		}
		StringBuilder json = new StringBuilder(4096).append('{');
		for (Map.Entry<String, Cell> figure : report.figures().entrySet()) {
			if (json.length() > 1) {
				json.append(',');
			}
			String quoted = QUOTED_CODES.get(figure.getKey());
			((quoted != null) ? json.append(quoted) : quote(json, figure.getKey())).append(':');
			BigDecimal value = figure.getValue().value();
			// PostgreSQL rounds numeric half away from zero
			json.append((value != null) ? value.setScale(FIGURE_SCALE, RoundingMode.HALF_UP).toPlainString() : "null");
		}
		return json.append('}').toString();
	}

	private static StringBuilder quote(StringBuilder json, String text) {
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"');
	}

}
