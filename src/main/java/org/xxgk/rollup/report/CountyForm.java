package org.xxgk.rollup.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.PrintedForm;
import org.xxgk.rollup.model.ReviewGroup;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.report.FormTable.Block;
import org.xxgk.rollup.report.FormTable.HeaderCell;
import org.xxgk.rollup.report.FormTable.Row;
import org.xxgk.rollup.report.ReviewData.Total;

/**
 * The county's own form, built from the form's one description (metrics.csv's labels through {@link MetricCatalog},
 * {@link FormLayout}'s rows and {@link PrintedForm}'s header rows, which the generators print from too): tables 二, 三 and 四 with the rows and columns of the form in force for
 * the year (the 2021 form from the reports on 2021, the 2019 form before), in its order and words, and the county's
 * figures as that form shows them.
 * <p>
 * Units that still used the 2019 form are harmonised into the 2021 form by one stated rule ({@link #HARMONISED}): their
 * table 二 figures that the 2021 form has (行政许可, 行政处罚, 行政强制 处理决定数量) count, the others are not shown; their
 * single （六）其他处理 row, which the 2019 form does not split, counts in the （六） total and is shown within the
 * sub-row 3.其他 as 其他处理（未分项）, never as a fourth row beside the three sub-rows. So the county's figures pass
 * every cross-check of the form: the result rows add up to （七）总计.
 */
public final class CountyForm {

	/** The rule, as the outputs state it. */
	public static final String HARMONISED = "使用2019年版表格的单位：表二只计入2021年版也有的栏目；表三的（六）其他处理在2019年版中不分项，"
			+ "计入（六）的合计，列在“3.其他”中并注明“含其他处理（未分项）”，使各行之和等于（七）总计。";

	/** The 2021 form's sub-rows of （六）其他处理, and the one that takes the 2019 form's unsplit row. */
	private static final List<String> SUB_ROWS = FormLayout.RESULT_OTHER_PARTS.stream()
		.filter((row) -> !row.equals(FormLayout.RESULT_OTHER_REST))
		.map((row) -> FormLayout.RESULT_OTHER + row + ".")
		.toList();

	private static final String OTHER = FormLayout.RESULT_OTHER;

	private static final String OTHER_OTHER = FormLayout.RESULT_OTHER + FormLayout.RESULT_OTHER_REST + ".";

	private CountyForm() {
	}

	/** The form in force for reports on {@code year}. */
	public static Template template(int year) {
		return (year >= 2021) ? Template.V2021 : Template.V2019;
	}

	public static List<FormTable> tables(MetricCatalog catalog, int year) {
		Template template = template(year);
		return List.of(tableTwo(catalog, template), tableThree(catalog, template), tableFour(catalog));
	}

	/**
	 * The county's figures as its form shows them: the totals, with 3.其他 of （六） taking the 2019-form units'
	 * unsplit （六）其他处理 (in the 2021 form).
	 */
	public static Map<String, Total> shown(ReviewData data) {
		Map<String, Total> shown = new LinkedHashMap<>(data.totals());
		if (template(data.year()) != Template.V2021) {
			return shown;
		}
		for (String column : FormLayout.COLUMNS) {
			Total other = data.totals().get(OTHER + column);
			if (other == null) {
				continue;
			}
			BigDecimal split = SUB_ROWS.stream()
				.map((row) -> data.totals().get(row + column))
				.filter(Objects::nonNull)
				.map(Total::value)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			shown.put(OTHER_OTHER + column, new Total(other.value().subtract(split), other.unitsReported(),
					other.unitsExpected()));
		}
		return shown;
	}

	/** The part of a shown 3.其他 figure that is the 2019-form units' unsplit （六）其他处理 (zero elsewhere). */
	public static BigDecimal unsplit(ReviewData data, Map<String, Total> shown, String metric) {
		if (!metric.startsWith(OTHER_OTHER) || !shown.containsKey(metric)) {
			return BigDecimal.ZERO;
		}
		Total own = data.totals().get(metric);
		return shown.get(metric).value().subtract((own != null) ? own.value() : BigDecimal.ZERO);
	}

	/**
	 * The notes printed under a table, one per row that needs one: how many units' forms had a row only one template
	 * has ({@code 15/21 个单位}: 15 units reported it, 21 are expected), and the part of 3.其他 that is the 2019-form
	 * units' unsplit （六）其他处理, per column. A row whose cells all have the same N/M says it once.
	 */
	public static List<String> notes(MetricCatalog catalog, FormTable table, ReviewData data, Map<String, Total> shown) {
		Template template = template(data.year());
		List<String> notes = new ArrayList<>();
		for (Block block : table.blocks()) {
			for (Row row : block.rows()) {
				Map<String, List<String>> coverage = new LinkedHashMap<>();
				List<String> unsplit = new ArrayList<>();
				for (String metric : row.metrics()) {
					Total total = shown.get(metric);
					if (total == null) {
						continue;
					}
					String column = catalog.get(metric).columnLabel(template);
					if (catalog.get(metric).templates().size() == 1) {
						coverage.computeIfAbsent(total.unitsReported() + "/" + total.unitsExpected() + " 个单位",
								(count) -> new ArrayList<>()).add(column);
					}
					BigDecimal part = unsplit(data, shown, metric);
					if (part.signum() != 0) {
						unsplit.add(column + " " + Wording.number(part));
					}
				}
				List<String> parts = new ArrayList<>();
				if (coverage.size() == 1 && coverage.values().iterator().next().size() == row.metrics().size()) {
					parts.add("各栏均为 " + coverage.keySet().iterator().next() + "填报");
				}
				else {
					coverage.forEach((count, columns) -> parts.add(String.join("、", columns) + " " + count + "填报"));
				}
				if (!unsplit.isEmpty()) {
					parts.add("含其他处理（未分项）：" + String.join("，", unsplit));
				}
				if (!parts.isEmpty()) {
					notes.add("注：" + row.label() + "：" + String.join("；", parts) + "。");
				}
			}
		}
		return notes;
	}

	/** Table 二 of one template: consecutive rows with the same columns share a header, as on the form. */
	static FormTable tableTwo(MetricCatalog catalog, Template template) {
		Map<String, List<Metric>> byRow = new LinkedHashMap<>();
		for (Metric metric : catalog.ofTable(2)) {
			if (metric.isIn(template)) {
				byRow.computeIfAbsent(metric.rowLabel(template), (label) -> new ArrayList<>()).add(metric);
			}
		}
		List<Block> blocks = new ArrayList<>();
		List<String> currentColumns = null;
		List<Row> currentRows = null;
		for (Map.Entry<String, List<Metric>> row : byRow.entrySet()) {
			List<String> columns = row.getValue().stream().map((metric) -> metric.columnLabel(template)).toList();
			if (!columns.equals(currentColumns)) {
				currentColumns = columns;
				currentRows = new ArrayList<>();
				blocks.add(new Block(List.of(columns.stream().map((text) -> new HeaderCell(text, 1)).toList()),
						currentRows));
			}
			currentRows.add(new Row(row.getKey(), row.getValue().stream().map(Metric::code).toList()));
		}
		return new FormTable(FormLayout.tableHeading(2), blocks);
	}

	/** Table 三 of one template: in 2021, （六）其他处理 is its three sub-rows (the form prints no total row for it). */
	static FormTable tableThree(MetricCatalog catalog, Template template) {
		Map<String, String> rowLabels = new LinkedHashMap<>();
		for (Metric metric : catalog.ofTable(3)) {
			String prefix = metric.code().substring(0, metric.code().lastIndexOf('.') + 1);
			boolean printed = metric.isIn(template) && !FormLayout.isDerivedRow(prefix, template);
			if (printed) {
				rowLabels.putIfAbsent(prefix, metric.rowLabel(template));
			}
		}
		List<Row> rows = rowLabels.entrySet()
			.stream()
			.map((row) -> new Row(row.getValue(), FormLayout.COLUMNS.stream().map((column) -> row.getKey() + column).toList()))
			.toList();
		return new FormTable(FormLayout.tableHeading(3), List.of(new Block(headers(template, 3), rows)));
	}

	static FormTable tableFour(MetricCatalog catalog) {
		List<String> metrics = Arrays.stream(ReviewGroup.values())
			.flatMap((group) -> FormLayout.REVIEW_COLUMNS.stream().map(group::metric))
			.toList();
		metrics.forEach(catalog::get);
		return new FormTable(FormLayout.tableHeading(4),
				List.of(new Block(headers(Template.V2021, 4), List.of(new Row("件数", metrics)))));
	}

	/** The header rows of table 三 or 四 over the value columns, as the printed form has them. */
	private static List<List<HeaderCell>> headers(Template template, int table) {
		return PrintedForm.blank(template)
			.valueHeaders(table)
			.stream()
			.map((row) -> row.stream().map((cell) -> new HeaderCell(cell.text(), cell.colSpan())).toList())
			.toList();
	}

}
