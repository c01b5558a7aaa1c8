package org.xxgk.rollup.parse;

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
import org.xxgk.rollup.model.Template;

/**
 * The metrics of one template looked up by normalised (row label, column label) within a table. The 2021 template's
 * （六）其他处理 totals are left out: that form prints only the three sub-rows and the totals are derived.
 */
final class LabelIndex {

	private final Template template;

	private final Map<Integer, Map<String, Map<String, Metric>>> byTable = new LinkedHashMap<>();

	/** The row labels of the metrics this template derives, by table. */
	private final Map<Integer, Set<String>> derivedRows = new HashMap<>();

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
		for (Metric metric : MetricCatalog.standard().of(template)) {
			if (FormLayout.isDerived(metric.code(), template)) {
				this.derivedRows.computeIfAbsent(metric.table(), (table) -> new HashSet<>())
					.add(Labels.normalize(metric.rowLabel(template)));
			}
		}
		for (Metric metric : MetricCatalog.standard().of(template)) {
			if (FormLayout.isDerived(metric.code(), template)) {
				continue;
			}
			this.byTable.computeIfAbsent(metric.table(), (table) -> new LinkedHashMap<>())
				.computeIfAbsent(Labels.normalize(metric.rowLabel(template)), (row) -> new LinkedHashMap<>())
				.put(Labels.normalize(metric.columnLabel(template)), metric);
		}
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

	Optional<Metric> find(int table, String normalizedRow, String normalizedColumn) {
		return Optional.ofNullable(rows(table).getOrDefault(normalizedRow, Map.of()).get(normalizedColumn));
	}

	/**
	 * The longest run of trailing label parts that names a row: a sub-row like 2.其他法律行政法规禁止公开 is known only
	 * together with its parent （三）不予公开, while （二）部分公开 is known without its parent 三、本年度办理结果.
	 */
	Optional<String> matchRow(int table, List<String> parts) {
		for (int start = 0; start < parts.size(); start++) {
			String candidate = Labels.normalize(String.join("", parts.subList(start, parts.size())));
			if (hasRow(table, candidate) || isDerivedRow(table, candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	private Map<String, Map<String, Metric>> rows(int table) {
		return this.byTable.getOrDefault(table, Map.of());
	}

}
