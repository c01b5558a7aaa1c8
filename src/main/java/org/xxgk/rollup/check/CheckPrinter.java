package org.xxgk.rollup.check;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.model.UnexpectedLabel;

/** What {@code jobs/check} prints of a file, in the form's words, for a clerk to hold against the report. */
final class CheckPrinter {

	private CheckPrinter() {
	}

	static void print(CheckedFile checked, PrintStream out) {
		out.println("== " + checked.file());
		long errors = checked.findings().stream().filter(Finding::isError).count();
		long warnings = checked.findings().size() - errors;
		out.println("结果：" + outcome(checked) + "（" + errors + " 个错误，" + warnings + " 个警告）");
		Report report = checked.report();
		if (report != null) {
			out.println("标题：" + orNone(report.title()));
			out.println("单位（按报告所写）：" + checked.unit() + "　年度：" + ((report.year() != null) ? report.year() : "（未写明）")
					+ "（按 " + checked.year() + " 年度检查）　表格样式：" + ((report.template() != null) ? report.template().code() + "年版" : "（无法确定）")
					+ "　找到的表格：" + tables(report));
			printFigures(report, out);
			for (UnexpectedLabel label : report.unexpectedLabels()) {
				out.println("  未使用的行列名称：表" + FormLayout.tableNumeral(label.table()) + "“" + label.label() + "”（" + label.location()
						+ (label.nearest().isBlank() ? "" : "；最接近模板的“" + label.nearest() + "”") + "）");
			}
		}
		if (!checked.findings().isEmpty()) {
			out.println("问题（" + checked.findings().size() + "）：");
			for (Finding finding : checked.findings()) {
				out.println("  [" + finding.severity().chinese() + "] " + finding.rule() + " " + Rule.chineseNameOf(finding.rule())
						+ "：" + orNone(finding.location()) + "；应为：" + orNone(finding.expected()) + "；实际：" + orNone(finding.actual()));
				out.println("      " + finding.message());
			}
		}
		out.println();
	}

	static void summary(List<CheckedFile> results, PrintStream out) {
		out.println("共检查 " + results.size() + " 个文件："
				+ results.stream()
					.collect(Collectors.groupingBy(CheckPrinter::outcome, java.util.LinkedHashMap::new, Collectors.counting()))
					.entrySet()
					.stream()
					.map((entry) -> entry.getKey() + " " + entry.getValue())
					.collect(Collectors.joining("，")));
	}

	/** 通过, 通过（有警告）, 退回修改, or 无法读取 for a file that yielded no report. */
	static String outcome(CheckedFile checked) {
		return (checked.report() == null) ? "无法读取" : checked.status().chinese();
	}

	/** Every figure of the report's form, table by table, as read. */
	private static void printFigures(Report report, PrintStream out) {
		if (report.template() == null) {
			return;
		}
		int table = 0;
		for (Metric metric : MetricCatalog.standard().of(report.template())) {
			if (!report.tablesFound().contains(metric.table())) {
				continue;
			}
			if (metric.table() != table) {
				table = metric.table();
				out.println(FormLayout.tableHeading(table));
			}
			out.println("  " + metric.displayLabel(report.template()) + "：" + shown(report.figures().get(metric.code())));
		}
	}

	/** A cell as read: its number, with what was printed where that differs, or what stood in its place. */
	static String shown(Cell cell) {
		if (cell == null) {
			return "（未找到）";
		}
		String printed = (cell.raw() != null) ? cell.raw().strip() : "";
		return switch (cell.state()) {
			case NUMBER -> cell.value().toPlainString()
					+ ((printed.isEmpty() || printed.equals(cell.value().toPlainString())) ? "" : "（原文“" + printed + "”）");
			case DERIVED -> cell.value().toPlainString() + "（由分项相加）";
			case BLANK -> "（空白）";
			case DASH -> "（“" + printed + "”，按 0 计）";
			case NOT_APPLICABLE -> "（不适用）";
			case NOT_NUMBER -> "（不是数字：“" + printed + "”）";
		};
	}

	private static String tables(Report report) {
		return report.tablesFound().isEmpty() ? "（无）"
				: report.tablesFound().stream().sorted().map((table) -> "表" + FormLayout.tableNumeral(table)).collect(Collectors.joining("、"));
	}

	private static String orNone(String text) {
		return (text == null || text.isBlank()) ? "（无）" : text;
	}

}
