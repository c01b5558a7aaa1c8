package org.xxgk.rollup.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical model of one annual report: every input format is converted into this early, and everything
 * downstream knows only this record and the metric codes of {@link MetricCatalog}.
 *
 * @param source the file it came from
 * @param title the report's title as printed (e.g. 企水镇人民政府2021年度信息公开工作年度报告), or empty
 * @param statedUnit the reporting body named by the report itself (e.g. 企水镇人民政府), or empty when not found
 * @param year the reporting year stated by the report (title or 统计期限), or null when not found
 * @param template the template detected from the labels
 * @param figures metric code to cell, for every metric of the template that was found (catalog order)
 * @param tablesFound which of tables 2, 3, 4 were found
 * @param unexpectedLabels labels in the tables that match no known label
 * @param yuanHeadedMetrics amount metrics whose column or value was given in 元 and converted to 万元 by the parser
 * @param sections the prose parts by their numeral (一 … 六; for 二, 三 and 四 the text around their tables), as
 * text, and under {@link #OUTLINE} the numerals of the part headings in the order the report prints them
 * @param unplacedRows the form's row labels (as {@link Metric#rowLabel} prints them) of rows the report prints whose
 * figures could not be placed in their columns (a copy that dropped blank cells or drew a table out of order): absent
 * from {@code figures}, but not missing from the report
 * @param runTogether the rows whose values include two cells' numbers printed run together (a narrow column's copy,
 * {@code 1259 36}): row label to what was printed, in Chinese; for an unplaced row why its figures could not be
 * placed (TABLE-INCOMPLETE says it), for a placed row how digits without a gap were cut into two figures by the
 * row's 总计 (CELL-RUN-TOGETHER says it)
 */
public record Report(SourceFile source, String title, String statedUnit, Integer year, Template template,
		Map<String, Cell> figures, Set<Integer> tablesFound, List<UnexpectedLabel> unexpectedLabels,
		Set<String> yuanHeadedMetrics, Map<String, String> sections, Set<String> unplacedRows,
		Map<String, String> runTogether) {

	/** A report none of whose unplaced rows printed numbers run together. */
	public Report(SourceFile source, String title, String statedUnit, Integer year, Template template,
			Map<String, Cell> figures, Set<Integer> tablesFound, List<UnexpectedLabel> unexpectedLabels,
			Set<String> yuanHeadedMetrics, Map<String, String> sections, Set<String> unplacedRows) {
		this(source, title, statedUnit, year, template, figures, tablesFound, unexpectedLabels, yuanHeadedMetrics,
				sections, unplacedRows, Map.of());
	}

	/** A report whose every printed row was placed. */
	public Report(SourceFile source, String title, String statedUnit, Integer year, Template template,
			Map<String, Cell> figures, Set<Integer> tablesFound, List<UnexpectedLabel> unexpectedLabels,
			Set<String> yuanHeadedMetrics, Map<String, String> sections) {
		this(source, title, statedUnit, year, template, figures, tablesFound, unexpectedLabels, yuanHeadedMetrics,
				sections, Set.of());
	}

	/** The key of {@link #sections} holding the outline, e.g. {@code 一二三四五六}. */
	public static final String OUTLINE = "outline";

	public Optional<Cell> cell(String metricCode) {
		return Optional.ofNullable(this.figures.get(metricCode));
	}

	/** The value used in sums and cross-checks: absent, blank, dashed or text cells count as 0. */
	public BigDecimal valueOrZero(String metricCode) {
		Cell cell = this.figures.get(metricCode);
		return (cell != null) ? cell.valueOrZero() : BigDecimal.ZERO;
	}

	public String section(String numeral) {
		return this.sections.getOrDefault(numeral, "");
	}

	/** The numerals of the part headings in the order printed ({@code 一二三四五六} for a complete report). */
	public String outline() {
		return this.sections.getOrDefault(OUTLINE, "");
	}

}
