package org.xxgk.rollup.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.report.FormTable.Block;
import org.xxgk.rollup.report.FormTable.HeaderCell;
import org.xxgk.rollup.report.FormTable.Row;

/**
 * The layout of tables 二, 三 and 四 built from metrics.csv: rows and columns in the form's order and words. Table 二
 * differs between the templates, so it is given twice (2021 and 2019 rows); tables 三 and 四 are shared, the 2021-only
 * sub-rows of （六）其他处理 included.
 */
public final class CountyForm {

	private CountyForm() {
	}

	public static List<FormTable> tables(MetricCatalog catalog) {
		return List.of(tableTwo(catalog, Template.V2021), tableTwo(catalog, Template.V2019), tableThree(catalog),
				tableFour(catalog));
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
		return new FormTable(FormLayout.tableHeading(2) + "（" + template.code() + " 年版表格）", blocks);
	}

	static FormTable tableThree(MetricCatalog catalog) {
		Map<String, String> rowLabels = new LinkedHashMap<>();
		for (Metric metric : catalog.ofTable(3)) {
			String prefix = metric.code().substring(0, metric.code().lastIndexOf('.'));
			rowLabels.putIfAbsent(prefix, metric.rowLabel(metric.isIn(Template.V2021) ? Template.V2021 : Template.V2019));
		}
		List<Row> rows = rowLabels.entrySet()
			.stream()
			.map((row) -> new Row(row.getValue(),
					FormLayout.COLUMNS.stream().map((column) -> row.getKey() + "." + column).toList()))
			.toList();
		List<List<HeaderCell>> headers = List.of(List.of(new HeaderCell("申请人情况", 7)),
				List.of(new HeaderCell("自然人", 1), new HeaderCell("法人或其他组织", 5), new HeaderCell("总计", 1)),
				List.of(new HeaderCell("", 1), new HeaderCell("商业企业", 1), new HeaderCell("科研机构", 1),
						new HeaderCell("社会公益组织", 1), new HeaderCell("法律服务机构", 1), new HeaderCell("其他", 1),
						new HeaderCell("", 1)));
		return new FormTable(FormLayout.tableHeading(3), List.of(new Block(headers, rows)));
	}

	static FormTable tableFour(MetricCatalog catalog) {
		List<String> metrics = FormLayout.REVIEW_GROUPS.stream()
			.flatMap((row) -> FormLayout.REVIEW_COLUMNS.stream().map((column) -> "review." + row + "." + column))
			.toList();
		metrics.forEach(catalog::get);
		List<HeaderCell> columnLabels = IntStream.range(0, metrics.size())
			.mapToObj((i) -> new HeaderCell(catalog.get(metrics.get(i)).columnLabel2021(), 1))
			.toList();
		List<List<HeaderCell>> headers = List.of(List.of(new HeaderCell("行政复议", 5), new HeaderCell("行政诉讼", 10)),
				List.of(new HeaderCell("", 5), new HeaderCell("未经复议直接起诉", 5), new HeaderCell("复议后起诉", 5)),
				columnLabels);
		return new FormTable(FormLayout.tableHeading(4), List.of(new Block(headers, List.of(new Row("件数", metrics)))));
	}

}
