package org.xxgk.rollup.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.PrintedForm;
import org.xxgk.rollup.model.PrintedForm.Slot;
import org.xxgk.rollup.model.Template;

/**
 * Prints a {@link GeneratedReport} as text extracted from Word, exactly like the 企水镇 seed: cells on tab-led lines,
 * a blank line between rows, wrapped labels, empty merged cells, stray spaces around numbers and a
 * {@code [bookmark: _GoBack]} glued to one figure, so generated reports exercise the parser as the real one does.
 * Labels come from metrics.csv, so the printed form follows the spec for both templates.
 */
public final class SeedLayoutWriter {

	private static final String BOOKMARKED = "applications.result.withheld.state_secret.public_interest";

	/** Which 第二十条 item each table 二 row belongs to. */
	private static final Map<String, String> ARTICLE_ITEMS = PrintedForm.ARTICLE_ITEMS;

	private final GeneratedReport report;

	private final StringBuilder out = new StringBuilder();

	private int strayCounter;

	private SeedLayoutWriter(GeneratedReport report) {
		this.report = report;
	}

	public static String write(GeneratedReport report) {
		SeedLayoutWriter writer = new SeedLayoutWriter(report);
		writer.writeAll();
		return writer.out.toString();
	}

	private void writeAll() {
		line("");
		writeTitle();
		line("");
		line("一、总体情况");
		prose("一");
		line("");
		line("");
		line("二、主动公开政府信息情况");
		tableTwo();
		blankLines(6);
		line("三、收到和处理政府信息公开申请情况");
		printed(3);
		blankLines(2);
		line("四、政府信息公开行政复议、行政诉讼情况");
		line("");
		printed(4);
		blankLines(1);
		line("五、存在的主要问题及改进情况");
		prose("五");
		line("");
		line("六、其他需要报告的事项");
		prose("六");
		blankLines(3);
	}

	/** Word wraps the title before its last 年度报告, as in the seed. */
	private void writeTitle() {
		String title = this.report.title();
		if (title.endsWith("年度报告") && title.length() > 4) {
			line(title.substring(0, title.length() - 4));
			line("年度报告");
		}
		else {
			line(title);
		}
	}

	private void prose(String numeral) {
		String text = this.report.prose().getOrDefault(numeral, "");
		for (String paragraph : text.split("\n")) {
			if (!paragraph.isBlank()) {
				line(paragraph);
			}
		}
	}

	private void tableTwo() {
		Map<String, Map<String, List<Metric>>> items = new LinkedHashMap<>();
		for (Metric metric : metrics(2)) {
			String row = metric.rowLabel(template());
			items.computeIfAbsent(ARTICLE_ITEMS.get(row), (item) -> new LinkedHashMap<>())
				.computeIfAbsent(row, (r) -> new ArrayList<>())
				.add(metric);
		}
		items.forEach((item, rows) -> {
			cell("第二十条第" + item + "项");
			line("");
			cell("信息内容");
			rows.values().iterator().next().forEach((metric) -> cell(wrap(metric.columnLabel(template()))));
			line("");
			rows.forEach((label, metrics) -> {
				cell(label);
				metrics.forEach((metric) -> cell(figure(metric.code())));
				line("");
			});
		});
	}

	/**
	 * Table 三 or 四 as the printed form has it: one tab-led line per cell, an empty one where a cell merged from the
	 * row above goes on, a blank line after each row.
	 */
	private void printed(int table) {
		Map<String, String> figures = new LinkedHashMap<>();
		metrics(table).forEach((metric) -> figures.put(metric.code(), figure(metric.code())));
		for (List<Slot> row : PrintedForm.of(template(), figures).slots(table)) {
			row.forEach((slot) -> cell(slot.continuation() ? "" : slot.cell().text()));
			line("");
		}
	}

	/** The printed (not derived) metrics of a table in catalog order. */
	private List<Metric> metrics(int table) {
		return MetricCatalog.standard()
			.of(template())
			.stream()
			.filter((metric) -> metric.table() == table)
			.filter((metric) -> !GeneratedReport.isDerived(template(), metric.code()))
			.toList();
	}

	/** The cell text with the seed's stray spaces around numbers and its one bookmark artefact. */
	private String figure(String code) {
		String text = this.report.cells().getOrDefault(code, "");
		if (!text.matches("-?[0-9.]+")) {
			return text;
		}
		if (code.equals(BOOKMARKED)) {
			return "[bookmark: _GoBack]" + text + "\u00A0";
		}
		return switch (this.strayCounter++ % 4) {
			case 1 -> text + " ";
			case 2 -> "\u00A0" + text;
			case 3 -> text + "\u00A0";
			default -> text;
		};
	}

	/** Word wraps long column labels inside the cell: 本年新 / 制作数量. */
	private static String wrap(String label) {
		if (label.startsWith("本年新") || label.startsWith("本年制发") || label.startsWith("本年废止")) {
			int at = label.startsWith("本年新") ? 3 : 4;
			return label.substring(0, at) + "\n" + label.substring(at);
		}
		int unit = label.indexOf("（单位");
		return (unit > 0) ? label.substring(0, unit) + "\n" + label.substring(unit) : label;
	}

	private Template template() {
		return this.report.template();
	}

	private void cell(String text) {
		line("\t" + text);
	}

	private void blankLines(int count) {
		for (int i = 0; i < count; i++) {
			line("");
		}
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

}
