package org.xxgk.rollup.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.report.ReviewData.ReviewFinding;

/**
 * The lines a letter and the overview show for a unit's findings: a whole block of blank cells is one CELL-MISSING
 * line per row of the form (naming its blank columns), not one per cell; every other finding is its own line. The
 * findings table of the database, findings.csv and the workbook keep one finding per cell.
 */
final class FindingLines {

	static final String CELL_MISSING = Rule.CELL_MISSING.id();

	private FindingLines() {
	}

	/** The findings in their order, each row's blank cells joined into the row's first CELL-MISSING line. */
	static List<ReviewFinding> of(List<ReviewFinding> findings) {
		Map<String, List<ReviewFinding>> rows = new LinkedHashMap<>();
		List<Object> order = new ArrayList<>();
		for (ReviewFinding finding : findings) {
			Optional<String> row = row(finding);
			if (row.isEmpty()) {
				order.add(finding);
				continue;
			}
			List<ReviewFinding> cells = rows.get(row.get());
			if (cells == null) {
				cells = new ArrayList<>();
				rows.put(row.get(), cells);
				order.add(row.get());
			}
			cells.add(finding);
		}
		List<ReviewFinding> lines = new ArrayList<>();
		for (Object entry : order) {
			if (entry instanceof ReviewFinding finding) {
				lines.add(finding);
			}
			else {
				List<ReviewFinding> cells = rows.get((String) entry);
				lines.add((cells.size() == 1) ? cells.get(0) : joined(cells));
			}
		}
		return lines;
	}

	/** The file, table and row label of a CELL-MISSING finding about a known cell. */
	private static Optional<String> row(ReviewFinding finding) {
		if (!finding.rule().equals(CELL_MISSING) || finding.metric().isBlank()) {
			return Optional.empty();
		}
		return MetricCatalog.standard().find(finding.metric()).map((metric) -> finding.sourceFile() + "\t"
				+ metric.table() + "\t" + metric.rowLabel(template(finding, metric)));
	}

	private static Template template(ReviewFinding finding, Metric metric) {
		Template template = finding.template().isBlank() ? null : Template.ofCode(finding.template());
		return (template != null && metric.isIn(template)) ? template
				: metric.isIn(Template.V2021) ? Template.V2021 : Template.V2019;
	}

	/** One line for a row with several blank cells: 表三“一、本年新收…”一行 7 格为空（自然人、商业企业…）. */
	private static ReviewFinding joined(List<ReviewFinding> cells) {
		ReviewFinding first = cells.get(0);
		Metric metric = MetricCatalog.standard().get(first.metric());
		Template template = template(first, metric);
		List<String> columns = cells.stream()
			.map((cell) -> MetricCatalog.standard().get(cell.metric()).columnLabel(template))
			.toList();
		String table = metric.tableName();
		String message = table + "“" + metric.rowLabel(template) + "”这一行有 " + cells.size() + " 格未填写（"
				+ String.join("、", columns) + "），按0计算。如确为0请填写0。";
		// the row's line carries the county's decision when every cell of it has the same one
		boolean sameDecision = cells.stream().allMatch((cell) -> cell.decision().equals(first.decision())
				&& cell.decisionNote().equals(first.decisionNote()));
		return new ReviewFinding(first.unitCode(), first.unitName(), first.sourceFile(), first.template(), first.rule(),
				first.severity(), "", table + " · " + metric.rowLabel(template) + " · " + cells.size() + " 格", "数字",
				cells.size() + " 格空白", message, sameDecision ? first.decision() : "",
				sameDecision ? first.decisionNote() : "", first.sha256());
	}

}
