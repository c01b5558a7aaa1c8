package org.xxgk.rollup.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;


/**
 * The three tables of a report as the official form prints them, with real merged cells: a header
 * spanning table 二's blocks, 法人或其他组织 over five columns, 三、本年度办理结果 and （三）不予公开 spanning their
 * rows in table 三, 行政诉讼 over ten columns in table 四. This is the one description of the printed form's layout: every
 * layout writer of the generators (.docx, web page, web text, .xlsx, .csv) prints from it, and the county's own form
 * (report/CountyForm) takes its headers from it, so they all show the same form. Labels come from metrics.csv.
 */
public final class PrintedForm {

	/** One cell of the printed form; {@code label} cells are the form's own text, the others the unit's figures. */
	public record FormCell(String text, int colSpan, int rowSpan, boolean label) {
	}

	/**
	 * A position of a table row: the cell that starts there, or the continuation of a cell merged down from a row
	 * above ({@code continuation}); either covers {@code cell.colSpan()} columns.
	 */
	public record Slot(FormCell cell, boolean continuation) {
	}

	/**
	 * A data row of table 三 with the labels over it, merged parents included (三、本年度办理结果, （三）不予公开,
	 * 1.属于国家秘密), and its seven value cells.
	 */
	public record LabelledRow(List<String> labels, List<String> values) {
	}

	public static final Map<Integer, String> HEADINGS = FormLayout.TABLE_HEADINGS;

	public static final Map<String, String> PROSE_HEADINGS = FormLayout.PROSE_HEADINGS;

	public static final String RESULT_PARENT = "三、本年度办理结果";

	private static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

	/** Which 第二十条 item each table 二 row belongs to. */
	public static final Map<String, String> ARTICLE_ITEMS = Map.of("规章", "（一）", "规范性文件", "（一）", "行政规范性文件", "（一）",
			"行政许可", "（五）", "其他对外管理服务事项", "（五）", "行政处罚", "（六）", "行政强制", "（六）", "行政事业性收费", "（八）", "政府集中采购",
			"（九）");

	/** The headers over a table 四 group's columns: its results, then 总计. */
	public static final List<String> REVIEW_RESULTS = Stream
		.concat(Arrays.stream(ReviewResult.values()).map(ReviewResult::label), Stream.of(FormLayout.TOTAL_LABEL))
		.toList();

	private static final int TABLE_TWO_WIDTH = 4;

	private static final int TABLE_THREE_LABELS = 3;

	private final Template template;

	private final Map<String, String> cells;

	private PrintedForm(Template template, Map<String, String> cells) {
		this.template = template;
		this.cells = cells;
	}

	/** The form of a template filled in with a report's cells, metric code → text as written (absent = blank). */
	public static PrintedForm of(Template template, Map<String, String> cells) {
		return new PrintedForm(template, cells);
	}

	/** The blank form of a template: every figure cell empty. */
	public static PrintedForm blank(Template template) {
		return new PrintedForm(template, Map.of());
	}

	/** The rows of table 2, 3 or 4, each listing the cells that start in it (as HTML lists them). */
	public List<List<FormCell>> table(int table) {
		return switch (table) {
			case 2 -> tableTwo();
			case 3 -> tableThree();
			case 4 -> tableFour();
			default -> throw new IllegalArgumentException("no table " + table);
		};
	}

	/** The rows of a table by position, continuations of cells merged from above included (as Word lists them). */
	public List<List<Slot>> slots(int table) {
		List<List<FormCell>> rows = table(table);
		int width = width(table);
		Slot[][] grid = new Slot[rows.size()][width];
		for (int r = 0; r < rows.size(); r++) {
			int column = 0;
			for (FormCell cell : rows.get(r)) {
				while (column < width && grid[r][column] != null) {
					column++;
				}
				grid[r][column] = new Slot(cell, false);
				for (int c = 1; c < cell.colSpan(); c++) {
					grid[r][column + c] = new Slot(null, false);
				}
				for (int below = 1; below < cell.rowSpan(); below++) {
					grid[r + below][column] = new Slot(cell, true);
					for (int c = 1; c < cell.colSpan(); c++) {
						grid[r + below][column + c] = new Slot(null, true);
					}
				}
				column += cell.colSpan();
			}
		}
		List<List<Slot>> slots = new ArrayList<>();
		for (Slot[] row : grid) {
			List<Slot> list = new ArrayList<>();
			for (Slot slot : row) {
				if (slot != null && slot.cell() != null) {
					list.add(slot);
				}
			}
			slots.add(list);
		}
		return slots;
	}

	/** The rows of a table with every merged position expanded into an empty string, as Word's text export does. */
	public List<List<String>> expanded(int table) {
		List<List<String>> rows = new ArrayList<>();
		for (List<Slot> row : slots(table)) {
			List<String> texts = new ArrayList<>();
			for (Slot slot : row) {
				texts.add(slot.continuation() ? "" : slot.cell().text());
				for (int c = 1; c < slot.cell().colSpan(); c++) {
					texts.add("");
				}
			}
			rows.add(texts);
		}
		return rows;
	}

	/** Tables 三 and 四 print three header rows above their figures. */
	public static final int HEADER_ROWS = 3;

	/**
	 * The header rows of table 三 or 四 over its value columns (table 三's label columns left out), in the form's words:
	 * each cell with the columns it spans; a cell merged down from the row above is an empty one (自然人 over the
	 * empty cell below it).
	 */
	public List<List<FormCell>> valueHeaders(int table) {
		int labelColumns = (table == 3) ? TABLE_THREE_LABELS : 0;
		List<List<FormCell>> headers = new ArrayList<>();
		for (List<Slot> row : slots(table).subList(0, HEADER_ROWS)) {
			List<FormCell> cells = new ArrayList<>();
			int column = 0;
			for (Slot slot : row) {
				if (column >= labelColumns) {
					cells.add(slot.continuation() ? label("", slot.cell().colSpan(), 1) : slot.cell());
				}
				column += slot.cell().colSpan();
			}
			headers.add(cells);
		}
		return headers;
	}

	/** Table 三's data rows, each with its labels (merged parents included) and values, in the form's order. */
	public List<LabelledRow> tableThreeRows() {
		List<LabelledRow> rows = new ArrayList<>();
		List<List<Slot>> slots = slots(3);
		for (List<Slot> row : slots.subList(3, slots.size())) {
			List<String> labels = new ArrayList<>();
			List<String> values = new ArrayList<>();
			for (Slot slot : row) {
				(slot.cell().label() ? labels : values).add(slot.cell().text());
			}
			rows.add(new LabelledRow(List.copyOf(labels), List.copyOf(values)));
		}
		return rows;
	}

	/** The note in table 三's header that states the form's own rule. */
	public static String tableThreeNote() {
		return NOTE;
	}

	public int width(int table) {
		return switch (table) {
			case 2 -> TABLE_TWO_WIDTH;
			case 3 -> TABLE_THREE_LABELS + FormLayout.COLUMNS.size();
			default -> ReviewGroup.values().length * REVIEW_RESULTS.size();
		};
	}

	private List<List<FormCell>> tableTwo() {
		Map<String, Map<String, List<Metric>>> items = new LinkedHashMap<>();
		for (Metric metric : metrics(2)) {
			String row = metric.rowLabel(this.template);
			items.computeIfAbsent(ARTICLE_ITEMS.get(row), (item) -> new LinkedHashMap<>())
				.computeIfAbsent(row, (r) -> new ArrayList<>())
				.add(metric);
		}
		List<List<FormCell>> rows = new ArrayList<>();
		items.forEach((item, itemRows) -> {
			rows.add(List.of(label("第二十条第" + item + "项", TABLE_TWO_WIDTH, 1)));
			List<Metric> columns = itemRows.values().iterator().next();
			List<FormCell> header = new ArrayList<>(List.of(label("信息内容", 1, 1)));
			for (int c = 0; c < columns.size(); c++) {
				header.add(label(columns.get(c).columnLabel(this.template), lastSpan(c, columns.size()), 1));
			}
			rows.add(header);
			itemRows.forEach((rowLabel, metrics) -> {
				List<FormCell> row = new ArrayList<>(List.of(label(rowLabel, 1, 1)));
				for (int c = 0; c < metrics.size(); c++) {
					row.add(value(metrics.get(c).code(), lastSpan(c, metrics.size())));
				}
				rows.add(row);
			});
		});
		return rows;
	}

	/** The last of a block's columns spans what is left of the table's three value columns. */
	private static int lastSpan(int column, int columns) {
		return (column == columns - 1) ? TABLE_TWO_WIDTH - columns : 1;
	}

	private List<List<FormCell>> tableThree() {
		List<List<FormCell>> rows = new ArrayList<>();
		rows.add(List.of(label(NOTE, TABLE_THREE_LABELS, 3), label("申请人情况", FormLayout.COLUMNS.size(), 1)));
		List<Applicant> organisations = Applicant.organisations();
		rows.add(List.of(label(Applicant.NATURAL_PERSON.label(), 1, 2),
				label(Applicant.ORGANISATIONS, organisations.size(), 1), label(FormLayout.TOTAL_LABEL, 1, 2)));
		rows.add(organisations.stream().map((applicant) -> label(applicant.label(), 1, 1)).toList());
		Map<String, List<Metric>> byRow = new LinkedHashMap<>();
		metrics(3).forEach((metric) -> byRow.computeIfAbsent(metric.rowLabel(this.template), (r) -> new ArrayList<>())
			.add(metric));
		List<String> labels = new ArrayList<>(byRow.keySet());
		int resultRows = (int) labels.stream().filter(this::isResultRow).count();
		boolean firstResult = true;
		for (int i = 0; i < labels.size(); i++) {
			String rowLabel = labels.get(i);
			List<FormCell> row = new ArrayList<>();
			if (!isResultRow(rowLabel)) {
				row.add(label(rowLabel, TABLE_THREE_LABELS, 1));
			}
			else {
				if (firstResult) {
					row.add(label(RESULT_PARENT, 1, resultRows));
					firstResult = false;
				}
				String own = rowLabel.startsWith(RESULT_PARENT) ? rowLabel.substring(RESULT_PARENT.length()) : rowLabel;
				int space = own.indexOf(' ');
				if (space < 0) {
					row.add(label(own, 2, 1));
				}
				else {
					String parent = own.substring(0, space);
					String previous = (i > 0) ? labels.get(i - 1) : "";
					if (!previous.startsWith(parent + " ")) {
						long children = labels.stream().filter((l) -> l.startsWith(parent + " ")).count();
						row.add(label(parent, 1, (int) children));
					}
					row.add(label(own.substring(space + 1), 1, 1));
				}
			}
			byRow.get(rowLabel).forEach((metric) -> row.add(value(metric.code(), 1)));
			rows.add(row);
		}
		return rows;
	}

	private boolean isResultRow(String rowLabel) {
		return metrics(3).stream()
			.anyMatch((metric) -> metric.rowLabel(this.template).equals(rowLabel)
					&& metric.code().startsWith(FormLayout.RESULT));
	}

	private List<List<FormCell>> tableFour() {
		List<List<FormCell>> rows = new ArrayList<>();
		int columns = REVIEW_RESULTS.size();
		List<ReviewGroup> litigation = List.of(ReviewGroup.LITIGATION_DIRECT,
				ReviewGroup.LITIGATION_AFTER_RECONSIDERATION);
		rows.add(List.of(label(ReviewGroup.RECONSIDERATION.header(), columns, 1),
				label(ReviewGroup.LITIGATION, columns * litigation.size(), 1)));
		List<FormCell> second = new ArrayList<>();
		REVIEW_RESULTS.forEach((result) -> second.add(label(result, 1, 2)));
		litigation.forEach((group) -> second.add(label(group.header(), columns, 1)));
		rows.add(second);
		List<FormCell> third = new ArrayList<>();
		litigation.forEach((group) -> REVIEW_RESULTS.forEach((result) -> third.add(label(result, 1, 1))));
		rows.add(third);
		rows.add(metrics(4).stream().map((metric) -> value(metric.code(), 1)).toList());
		return rows;
	}

	/** The printed (not derived) metrics of a table in catalog order. */
	private List<Metric> metrics(int table) {
		return MetricCatalog.standard()
			.of(this.template)
			.stream()
			.filter((metric) -> metric.table() == table)
			.filter((metric) -> !FormLayout.isDerived(metric, this.template))
			.toList();
	}

	private static FormCell label(String text, int colSpan, int rowSpan) {
		return new FormCell(text, colSpan, rowSpan, true);
	}

	private FormCell value(String code, int colSpan) {
		return new FormCell(this.cells.getOrDefault(code, ""), colSpan, 1, false);
	}

}
