package org.xxgk.rollup.model;

import java.util.List;

/**
 * The groups of 三、本年度办理结果 in table 三 before （七）总计, in the form's order, each with the short name the
 * outputs use for it. A group is one row with a 总计 cell (予以公开, 部分公开, （六）其他处理) or a parent over rows of
 * reasons (不予公开, 无法提供, 不予处理).
 */
public enum ResultGroup {

	DISCLOSED("disclosed", "予以公开"), PARTIALLY_DISCLOSED("partially_disclosed", "部分公开"), WITHHELD("withheld", "不予公开"),
	UNAVAILABLE("unavailable", "无法提供"), NOT_PROCESSED("not_processed", "不予处理"), OTHER("other", "其他处理");

	private final String code;

	private final String label;

	ResultGroup(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	/** The group's metric code prefix: {@code applications.result.withheld.}. */
	public String prefix() {
		return FormLayout.RESULT + this.code + ".";
	}

	/**
	 * The 总计 cells that make up the group: its own row's, or for a parent the 总计 of each of its reasons (the
	 * eight 不予公开 reasons).
	 */
	public List<String> totals() {
		String own = prefix() + FormLayout.TOTAL;
		if (MetricCatalog.standard().contains(own)) {
			return List.of(own);
		}
		return MetricCatalog.standard()
			.ofTable(3)
			.stream()
			.map((metric) -> metric.code())
			.filter((code) -> code.startsWith(prefix()) && code.endsWith("." + FormLayout.TOTAL))
			.toList();
	}

}
