package org.xxgk.rollup.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The form's layout, derived from the metric codes of {@link MetricCatalog}: the headings of its tables and prose
 * parts, the columns and rows of table 三, the groups of table 四, which figures are derived rather than printed, and
 * the 勾稽 groups (the cells a printed 总计 adds up). Parsing, the rules, the outputs and the generators read the
 * form from here.
 */
public final class FormLayout {

	/** The code segment of a 总计 column (table 三's last column, each table 四 group's last). */
	public static final String TOTAL = "total";

	/** The six applicant columns of table 三 (自然人 and the five 法人或其他组织 columns), by code segment. */
	public static final List<String> APPLICANTS = Arrays.stream(Applicant.values()).map(Applicant::code).toList();

	/** The seven value columns of table 三: the applicants, then 总计 (勾稽: 总计 = the applicants' sum). */
	public static final List<String> COLUMNS = Stream.concat(APPLICANTS.stream(), Stream.of(TOTAL)).toList();

	public static final String NEW = "applications.new.";

	public static final String CARRIED_OVER = "applications.carried_over.";

	public static final String RESULT = "applications.result.";

	public static final String RESULT_TOTAL = "applications.result.total.";

	public static final String CARRIED_FORWARD = "applications.carried_forward.";

	/** The 总计 cells of table 三's rows the outputs and the text-table check name on their own. */
	public static final String NEW_TOTAL = NEW + TOTAL;

	public static final String CARRIED_OVER_TOTAL = CARRIED_OVER + TOTAL;

	public static final String RESULTS_TOTAL = RESULT_TOTAL + TOTAL;

	public static final String CARRIED_FORWARD_TOTAL = CARRIED_FORWARD + TOTAL;

	/** Table 二's rows of 第二十条第（一）项, 规章 and (行政)规范性文件, by code prefix. */
	public static final String RULES = "proactive.rules.";

	public static final String NORMATIVE_DOCS = "proactive.normative_docs.";

	public static final List<String> DOCUMENT_ROWS = List.of(RULES, NORMATIVE_DOCS);

	/** The 2021 （六）其他处理 row, printed only as its three sub-rows. */
	public static final String RESULT_OTHER = "applications.result.other.";

	/** The three sub-rows of （六）其他处理 in the 2021 template, whose sum per column is the derived row. */
	public static final List<String> RESULT_OTHER_PARTS = List.of("no_correction", "unpaid_fee", "other");

	/** The last sub-row of （六）, 3.其他: the county's form counts a 2019 form's unsplit （六）其他处理 there. */
	public static final String RESULT_OTHER_REST = "other";

	/** The groups of table 四: 行政复议, 行政诉讼 未经复议直接起诉, 行政诉讼 复议后起诉. */
	public static final List<String> REVIEW_GROUPS = Arrays.stream(ReviewGroup.values()).map(ReviewGroup::code).toList();

	/** The results of a table 四 group that add up to its 总计. */
	public static final List<String> REVIEW_PARTS = Arrays.stream(ReviewResult.values()).map(ReviewResult::code).toList();

	/** The five columns of a table 四 group: its results, then 总计. */
	public static final List<String> REVIEW_COLUMNS = Stream.concat(REVIEW_PARTS.stream(), Stream.of(TOTAL)).toList();

	/** The header the form prints over every 总计 column. */
	public static final String TOTAL_LABEL = "总计";

	public static final String SECTION_ONE = "一、总体情况";

	public static final String SECTION_FIVE = "五、存在的主要问题及改进情况";

	public static final String SECTION_SIX = "六、其他需要报告的事项";

	/** The headings of the tables, by table number, as the form prints them. */
	public static final Map<Integer, String> TABLE_HEADINGS = Map.of(2, "二、主动公开政府信息情况", 3, "三、收到和处理政府信息公开申请情况",
			4, "四、政府信息公开行政复议、行政诉讼情况");

	/** The headings of the prose parts, by numeral. */
	public static final Map<String, String> PROSE_HEADINGS = Map.of("一", SECTION_ONE, "五", SECTION_FIVE, "六",
			SECTION_SIX);

	private FormLayout() {
	}

	public static Metric metric(String code) {
		return MetricCatalog.standard().get(code);
	}

	/** The metrics of the catalog the report has a cell for, in catalog order. */
	public static List<Metric> reported(Report report) {
		List<Metric> reported = new ArrayList<>(report.figures().size());
		for (Metric metric : MetricCatalog.standard().all()) {
			if (report.figures().containsKey(metric.code())) {
				reported.add(metric);
			}
		}
		return Collections.unmodifiableList(reported);
	}

	/** 二, 三 or 四. */
	public static String tableNumeral(int table) {
		return switch (table) {
			case 2 -> "二";
			case 3 -> "三";
			case 4 -> "四";
			default -> String.valueOf(table);
		};
	}

	/** The heading of the part holding the table, as the form prints it. */
	public static String tableHeading(int table) {
		return TABLE_HEADINGS.getOrDefault(table, "表" + table);
	}

	/** The heading of a part (一 … 六) as the form prints it. */
	public static String partHeading(String numeral) {
		return switch (numeral) {
			case "一" -> SECTION_ONE;
			case "二" -> tableHeading(2);
			case "三" -> tableHeading(3);
			case "四" -> tableHeading(4);
			case "五" -> SECTION_FIVE;
			case "六" -> SECTION_SIX;
			default -> numeral;
		};
	}

	/**
	 * The row prefixes of table 三 in the template (e.g. {@code applications.new.}), in the form's order: every row
	 * has a {@code total} column.
	 */
	public static List<String> tableThreeRows(Template template) {
		List<String> rows = new ArrayList<>();
		for (Metric metric : MetricCatalog.standard().of(template)) {
			if (metric.table() == 3 && metric.code().endsWith("." + TOTAL)) {
				rows.add(metric.code().substring(0, metric.code().length() - TOTAL.length()));
			}
		}
		return rows;
	}

	/** The rows added up into （七）总计: in 2021, （六）其他处理 counts as its three sub-rows. */
	public static List<String> resultRows(Template template) {
		return tableThreeRows(template).stream()
			.filter((row) -> row.startsWith(RESULT) && !row.equals(RESULT_TOTAL))
			.filter((row) -> !isDerivedRow(row, template))
			.toList();
	}

	/** True for the 2021 （六）其他处理 row, which the form does not print (its sub-rows are). */
	public static boolean isDerivedRow(String rowPrefix, Template template) {
		return template == Template.V2021 && rowPrefix.equals(RESULT_OTHER);
	}

	/** True for a metric the template does not print but that is computed from other cells. */
	public static boolean isDerived(String code, Template template) {
		return template == Template.V2021 && code.startsWith(RESULT_OTHER)
				&& COLUMNS.contains(code.substring(RESULT_OTHER.length()));
	}

	public static boolean isDerived(Metric metric, Template template) {
		return isDerived(metric.code(), template);
	}

	/**
	 * Adds the derived cells: in 2021, （六）其他处理 per column as the sum of its three sub-rows (when any is
	 * present), so rules and roll-ups see the same {@code applications.result.other.*} figures for both templates.
	 */
	public static void derive(Template template, Map<String, Cell> cells) {
		if (template != Template.V2021) {
			return;
		}
		for (String column : COLUMNS) {
			List<Cell> parts = RESULT_OTHER_PARTS.stream()
				.map((row) -> cells.get(RESULT_OTHER + row + "." + column))
				.toList();
			if (parts.stream().anyMatch((cell) -> cell != null)) {
				BigDecimal sum = parts.stream()
					.map((cell) -> (cell != null) ? cell.valueOrZero() : BigDecimal.ZERO)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				cells.put(RESULT_OTHER + column, Cell.derived(sum));
			}
		}
	}

	/** {@code 表三“一、本年新收政府信息公开申请数量 / 自然人”}: how a clerk finds the cell on the form. */
	public static String cellName(Metric metric, Template template) {
		return "表" + tableNumeral(metric.table()) + "“" + metric.displayLabel(template) + "”";
	}

	/** The cell's location in the file if the parser recorded one, else its place on the form. */
	public static String location(Report report, String code) {
		return report.cell(code)
			.map((cell) -> cell.location())
			.filter((location) -> location != null && !location.isBlank())
			.orElseGet(() -> cellName(metric(code), report.template()));
	}

}
