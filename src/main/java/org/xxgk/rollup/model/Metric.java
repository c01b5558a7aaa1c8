package org.xxgk.rollup.model;

import java.util.Set;

/**
 * One figure of the form, as listed in {@code spec/metrics.csv}: its stable code, its table, and the row and column
 * labels under which each template prints it (blank where the template does not have it).
 */
public record Metric(String code, int table, String rowLabel2019, String rowLabel2021, String columnLabel2019,
		String columnLabel2021, MetricKind kind, Set<Template> templates, String note) {

	public boolean isIn(Template template) {
		return this.templates.contains(template);
	}

	public String rowLabel(Template template) {
		return (template == Template.V2019) ? this.rowLabel2019 : this.rowLabel2021;
	}

	public String columnLabel(Template template) {
		return (template == Template.V2019) ? this.columnLabel2019 : this.columnLabel2021;
	}

	/** The label a clerk recognises, e.g. {@code 一、本年新收政府信息公开申请数量 / 自然人}. */
	public String displayLabel(Template template) {
		return rowLabel(template) + " / " + columnLabel(template);
	}

	/** The label in whichever template has the metric, the 2021 one first. */
	public String displayLabel() {
		return displayLabel(isIn(Template.V2021) ? Template.V2021 : Template.V2019);
	}

	/** The table as the form names it: 表二, 表三 or 表四. */
	public String tableName() {
		return switch (this.table) {
			case 2 -> "表二";
			case 3 -> "表三";
			case 4 -> "表四";
			default -> "表" + this.table;
		};
	}

	/**
	 * Where the form prints the figure, in its words (表二 · 行政处罚 · 本年处理决定数量): in the report's template
	 * when it has the metric (null when unknown), else in the one that has it, the 2021 one first.
	 */
	public String place(Template template) {
		Template shown = (template != null && isIn(template)) ? template
				: isIn(Template.V2021) ? Template.V2021 : Template.V2019;
		return tableName() + " · " + rowLabel(shown) + " · " + columnLabel(shown);
	}

}
