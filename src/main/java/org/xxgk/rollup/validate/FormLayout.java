package org.xxgk.rollup.validate;

import java.util.ArrayList;
import java.util.List;

import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Template;

/**
 * What the rules know of the form's layout: the columns of table 三, its rows, the groups of table 四, and the Chinese
 * names of tables and prose parts. Everything is derived from the metric codes of {@link MetricCatalog}.
 */
final class FormLayout {

	/** The six applicant columns of table 三 (自然人 and the five 法人或其他组织 columns). */
	static final List<String> APPLICANTS = List.of("natural_person", "enterprise", "research", "public_interest",
			"legal_services", "other_org");

	/** The seven value columns of table 三: the applicants, then 总计. */
	static final List<String> COLUMNS = List.of("natural_person", "enterprise", "research", "public_interest",
			"legal_services", "other_org", "total");

	static final String NEW = "applications.new.";

	static final String CARRIED_OVER = "applications.carried_over.";

	static final String RESULT = "applications.result.";

	static final String RESULT_TOTAL = "applications.result.total.";

	static final String CARRIED_FORWARD = "applications.carried_forward.";

	/** The 2021 （六）其他处理 row, printed only as its three sub-rows. */
	static final String RESULT_OTHER = "applications.result.other.";

	/** The groups of table 四 and, per group, the results that add up to its 总计. */
	static final List<String> REVIEW_GROUPS = List.of("reconsideration", "litigation_direct",
			"litigation_after_reconsideration");

	static final List<String> REVIEW_PARTS = List.of("upheld", "corrected", "other", "pending");

	static final String SECTION_ONE = "一、总体情况";

	static final String SECTION_FIVE = "五、存在的主要问题及改进情况";

	static final String SECTION_SIX = "六、其他需要报告的事项";

	private FormLayout() {
	}

	static Metric metric(String code) {
		return MetricCatalog.standard().get(code);
	}

	/** The metrics of the catalog the report has a cell for, in catalog order. */
	static List<Metric> reported(Report report) {
		return MetricCatalog.standard().all().stream().filter((m) -> report.figures().containsKey(m.code())).toList();
	}

	/** 二, 三 or 四. */
	static String tableNumeral(int table) {
		return switch (table) {
			case 2 -> "二";
			case 3 -> "三";
			case 4 -> "四";
			default -> String.valueOf(table);
		};
	}

	/** The heading of the part holding the table, as the form prints it. */
	static String tableHeading(int table) {
		return switch (table) {
			case 2 -> "二、主动公开政府信息情况";
			case 3 -> "三、收到和处理政府信息公开申请情况";
			case 4 -> "四、政府信息公开行政复议、行政诉讼情况";
			default -> "表" + table;
		};
	}

	/** The heading of a part (一 … 六) as the form prints it. */
	static String partHeading(String numeral) {
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
	static List<String> tableThreeRows(Template template) {
		List<String> rows = new ArrayList<>();
		for (Metric metric : MetricCatalog.standard().of(template)) {
			if (metric.table() == 3 && metric.code().endsWith(".total")) {
				rows.add(metric.code().substring(0, metric.code().length() - "total".length()));
			}
		}
		return rows;
	}

	/** The rows added up into （七）总计: in 2021, （六）其他处理 counts as its three sub-rows. */
	static List<String> resultRows(Template template) {
		return tableThreeRows(template).stream()
			.filter((row) -> row.startsWith(RESULT) && !row.equals(RESULT_TOTAL))
			.filter((row) -> !isDerivedRow(row, template))
			.toList();
	}

	/** True for the 2021 （六）其他处理 row, which the form does not print (its sub-rows are). */
	static boolean isDerivedRow(String rowPrefix, Template template) {
		return template == Template.V2021 && rowPrefix.equals(RESULT_OTHER);
	}

	/** True for a metric the template does not print but that is computed from other cells. */
	static boolean isDerived(Metric metric, Template template) {
		String code = metric.code();
		return template == Template.V2021 && code.startsWith(RESULT_OTHER)
				&& code.indexOf('.', RESULT_OTHER.length()) < 0;
	}

	/** {@code 表三“一、本年新收政府信息公开申请数量 / 自然人”}: how a clerk finds the cell on the form. */
	static String cellName(Metric metric, Template template) {
		return "表" + tableNumeral(metric.table()) + "“" + metric.displayLabel(template) + "”";
	}

	/** The cell's location in the file if the parser recorded one, else its place on the form. */
	static String location(Report report, String code) {
		return report.cell(code)
			.map((cell) -> cell.location())
			.filter((location) -> location != null && !location.isBlank())
			.orElseGet(() -> cellName(metric(code), report.template()));
	}

}
