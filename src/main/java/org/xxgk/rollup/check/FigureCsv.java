package org.xxgk.rollup.check;

import java.util.List;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Report;

/**
 * The figures of the checked files as one CSV (UTF-8 with a byte-order mark, so Excel and WPS open it in Chinese):
 * a row per file and metric of its form, by the metric codes of metrics.csv, the value as read ({@code value} empty
 * for a blank or absent cell), the text as printed and the cell's state.
 */
final class FigureCsv {

	private static final String HEADER = "file,outcome,metric,table,label,value,printed,state";

	private FigureCsv() {
	}

	static String of(List<CheckedFile> results) {
		StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
		for (CheckedFile checked : results) {
			Report report = checked.report();
			if (report == null || report.template() == null) {
				row(csv, checked.file().toString(), CheckPrinter.outcome(checked), "", "", "", "", "", "");
				continue;
			}
			for (Metric metric : MetricCatalog.standard().of(report.template())) {
				if (!report.tablesFound().contains(metric.table())) {
					continue;
				}
				Cell cell = report.figures().get(metric.code());
				row(csv, checked.file().toString(), CheckPrinter.outcome(checked), metric.code(),
						FormLayout.tableNumeral(metric.table()), metric.displayLabel(report.template()),
						(cell != null && cell.value() != null) ? cell.value().toPlainString() : "",
						(cell != null && cell.raw() != null) ? cell.raw().strip() : "",
						(cell != null) ? cell.state().code() : "absent");
			}
		}
		return csv.toString();
	}

	private static void row(StringBuilder csv, String... fields) {
		for (int i = 0; i < fields.length; i++) {
			csv.append((i > 0) ? "," : "").append(quoted(fields[i]));
		}
		csv.append("\r\n");
	}

	private static String quoted(String field) {
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}

}
