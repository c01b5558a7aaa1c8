package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.PrintedForm;
import org.xxgk.rollup.model.Template;

/**
 * The metrics of one template looked up by normalised (row label, column label) within a table, and the form's row
 * and column labels of each table as closed sets a printed label is matched to ({@link LabelMatcher}). The 2021
 * template's （六）其他处理 totals are derived from its three sub-rows; their row is still a label of the form, as some
 * units print it as one row.
 */
final class LabelIndex {

	private final Template template;

	private final Map<Integer, Map<String, Map<String, Metric>>> byTable = new LinkedHashMap<>();

	/** The row labels of the metrics this template derives, by table. */
	private final Map<Integer, Set<String>> derivedRows = new HashMap<>();

	/** The derived metrics by table, normalised row and column: read when the form's old one-row （六） is printed. */
	private final Map<Integer, Map<String, Map<String, Metric>>> derivedByTable = new HashMap<>();

	private final Map<Integer, LabelMatcher> rowMatchers = new HashMap<>();

	private final Map<Integer, LabelMatcher> columnMatchers = new HashMap<>();

	/** Table 四 prints its group labels without their parent: 未经复议直接起诉 under 行政诉讼. */
	private static final String REVIEW_PARENT = FormWords.LITIGATION;

	private static final Map<Template, LabelIndex> INDEXES = new EnumMap<>(Template.class);

	static {
		for (Template template : Template.values()) {
			INDEXES.put(template, new LabelIndex(template));
		}
	}

	/** The index of a template, built once: it only reads metrics.csv. */
	static LabelIndex of(Template template) {
		return INDEXES.get(template);
	}

	private LabelIndex(Template template) {
		this.template = template;
		Map<Integer, Map<String, List<String>>> rowLabels = new HashMap<>();
		Map<Integer, Map<String, List<String>>> columnLabels = new HashMap<>();
		for (Metric metric : MetricCatalog.standard().of(template)) {
			String row = Labels.normalize(metric.rowLabel(template));
			String column = Labels.normalize(metric.columnLabel(template));
			boolean derived = FormLayout.isDerived(metric.code(), template);
			if (derived) {
				this.derivedRows.computeIfAbsent(metric.table(), (table) -> new HashSet<>()).add(row);
			}
			(derived ? this.derivedByTable : this.byTable).computeIfAbsent(metric.table(), (t) -> new LinkedHashMap<>())
				.computeIfAbsent(row, (r) -> new LinkedHashMap<>())
				.put(column, metric);
			rowLabels.computeIfAbsent(metric.table(), (t) -> new LinkedHashMap<>())
				.computeIfAbsent(metric.rowLabel(template), (label) -> aliases(metric.table(), label));
			columnLabels.computeIfAbsent(metric.table(), (t) -> new LinkedHashMap<>())
				.putIfAbsent(metric.columnLabel(template), List.of());
		}
		rowLabels.forEach((table, labels) -> this.rowMatchers.put(table, new LabelMatcher(labels)));
		columnLabels.forEach((table, labels) -> this.columnMatchers.put(table, new LabelMatcher(labels)));
	}

	/**
	 * Other words the form prints a row by: table 四's groups without their parent (未经复议直接起诉), and table 三's
	 * （一）予以公开 without the 三、本年度办理结果 that the form merges over all result rows (metrics.csv names it with
	 * its parent; a copy that lost the merged cell prints it alone, as it prints （二）部分公开).
	 */
	private static List<String> aliases(int table, String printedRow) {
		int space = printedRow.lastIndexOf(' ');
		if (table == 4 && printedRow.startsWith(REVIEW_PARENT) && space > 0) {
			return List.of(printedRow.substring(space + 1));
		}
		if (table == 3 && printedRow.startsWith(PrintedForm.RESULT_PARENT)
				&& printedRow.length() > PrintedForm.RESULT_PARENT.length()) {
			return List.of(printedRow.substring(PrintedForm.RESULT_PARENT.length()));
		}
		return List.of();
	}

	Template template() {
		return this.template;
	}

	boolean hasRow(int table, String normalizedRow) {
		return rows(table).containsKey(normalizedRow);
	}

	/** The row labels of a table whose metrics this template derives rather than prints. */
	boolean isDerivedRow(int table, String normalizedRow) {
		return this.derivedRows.getOrDefault(table, Set.of()).contains(normalizedRow);
	}

	boolean hasColumn(int table, String normalizedColumn) {
		return rows(table).values().stream().anyMatch((columns) -> columns.containsKey(normalizedColumn));
	}

	Set<String> columns(int table) {
		return rows(table).values().stream().findFirst().map(Map::keySet).orElse(Set.of());
	}

	/** The columns of a row of the form, in the form's order (metrics.csv's). */
	List<String> columnsOf(int table, String normalizedRow) {
		return List.copyOf(rows(table).getOrDefault(normalizedRow, Map.of()).keySet());
	}

	Optional<Metric> find(int table, String normalizedRow, String normalizedColumn) {
		return Optional.ofNullable(rows(table).getOrDefault(normalizedRow, Map.of()).get(normalizedColumn));
	}

	/** A derived metric (the 2021 （六）其他处理 total of a column), for a report that prints the row anyway. */
	Optional<Metric> findDerived(int table, String normalizedRow, String normalizedColumn) {
		return Optional.ofNullable(this.derivedByTable.getOrDefault(table, Map.of())
			.getOrDefault(normalizedRow, Map.of())
			.get(normalizedColumn));
	}

	/** The row of the form a printed row label is (numbering, converters, years and small damage tolerated). */
	LabelMatcher.Match row(int table, String text) {
		return matcher(this.rowMatchers, table).match(text);
	}

	/** The form's row (or column) labels of a table as their matcher. */
	LabelMatcher matcher(int table, boolean rows) {
		return matcher(rows ? this.rowMatchers : this.columnMatchers, table);
	}

	/** The column of the form a printed column label is. */
	LabelMatcher.Match column(int table, String text) {
		return matcher(this.columnMatchers, table).match(text);
	}

	/** The column label of the form a printed header label is, or the label normalised when it is none. */
	String columnOrSelf(int table, String text) {
		LabelMatcher.Match match = column(table, text);
		return match.found() ? match.label() : Labels.normalize(text);
	}

	/**
	 * The longest run of trailing label parts that names a row: a sub-row like 2.其他法律行政法规禁止公开 is known only
	 * together with its parent （三）不予公开, while （二）部分公开 is known without its parent 三、本年度办理结果. With
	 * {@code exact}, only a run whose key is the form's key is taken (so callers can try other parents before a near
	 * match); when nothing matches, the nearest label of the whole is given.
	 */
	LabelMatcher.Match matchRowParts(int table, List<String> parts, boolean exact) {
		LabelMatcher.Match nearest = null;
		for (int start = 0; start < parts.size(); start++) {
			String candidate = String.join("", parts.subList(start, parts.size()));
			LabelMatcher.Match match = row(table, candidate);
			if (match.found() && (!exact || match.isExact())) {
				return match;
			}
			nearest = (nearest == null || match.edits() < nearest.edits())
					? new LabelMatcher.Match(null, match.nearest(), match.edits()) : nearest;
		}
		return (nearest != null) ? nearest : new LabelMatcher.Match(null, "");
	}

	/** {@link #matchRowParts} trying every run exactly before any near. */
	LabelMatcher.Match matchRowParts(int table, List<String> parts) {
		LabelMatcher.Match exact = matchRowParts(table, parts, true);
		return exact.found() ? exact : matchRowParts(table, parts, false);
	}

	private static LabelMatcher matcher(Map<Integer, LabelMatcher> matchers, int table) {
		return matchers.getOrDefault(table, EMPTY);
	}

	private static final LabelMatcher EMPTY = new LabelMatcher(Map.of());

	private Map<String, Map<String, Metric>> rows(int table) {
		return this.byTable.getOrDefault(table, Map.of());
	}

}
