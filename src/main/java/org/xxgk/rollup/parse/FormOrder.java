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
import org.xxgk.rollup.parse.SourceDocument.GridCell;
import org.xxgk.rollup.parse.SourceDocument.GridRow;

/**
 * Where a converter's copy of a table lost what the labels say, the form's own structure decides. PDF and OCR
 * converters head table 三's applicant columns {@code 数据1…数据6} or split them per character, separate row labels
 * from their values and push them between other rows, and garble table 四's header; but they keep the form's rows
 * and columns in the form's order. So: table 三's seven value columns are the form's when the header does not name
 * seven columns; its value rows are the form's rows in order when there are exactly as many as the template has and
 * no row's own label contradicts the form's label at its place; table 四's fifteen values are the form's in order.
 */
final class FormOrder {

	/** Value columns of table 三: 自然人, the five kinds of 法人或其他组织, 总计. */
	static final int TABLE_THREE_VALUES = 7;

	/** Values of table 四: five results for 行政复议 and for each kind of 行政诉讼. */
	static final int TABLE_FOUR_VALUES = 15;

	/**
	 * Table 三's row labels as a row prints its own (right-most) label cell, as keys: 1.属于国家秘密, （一）予以公开,
	 * 一、本年新收政府信息公开申请数量; not the merged parents (（三）不予公开, 三、本年度办理结果) over several rows.
	 */
	private static final Map<Template, Set<String>> OWN_LABELS = new EnumMap<>(Template.class);

	/**
	 * Table 三's own row labels (1.属于国家秘密, （一）予以公开) as a closed set, so a row's own label that is damaged
	 * (國家祕密, 不予處(chù)理, a character dropped) still fits its form row: the nearest own label, never one merely
	 * containing it.
	 */
	private static final Map<Template, LabelMatcher> OWN_MATCHERS = new EnumMap<>(Template.class);

	/** Each form row of table 三 (normalised) and its own label (normalised). */
	private static final Map<Template, Map<String, String>> OWN_OF_ROW = new EnumMap<>(Template.class);

	static {
		for (Template template : Template.values()) {
			Set<String> keys = new HashSet<>();
			for (Metric metric : MetricCatalog.standard().of(template)) {
				if (metric.table() == 3) {
					keys.add(key(ownPart(metric.rowLabel(template))));
				}
			}
			OWN_LABELS.put(template, Set.copyOf(keys));
			Map<String, List<String>> own = new LinkedHashMap<>();
			Map<String, String> ownOfRow = new HashMap<>();
			for (Metric metric : MetricCatalog.standard().of(template)) {
				if (metric.table() == 3 && !FormLayout.isDerived(metric.code(), template)) {
					String row = metric.rowLabel(template);
					String part = ownPart(row);
					own.putIfAbsent(part, List.of());
					ownOfRow.put(Labels.normalize(row), Labels.normalize(part));
				}
			}
			OWN_MATCHERS.put(template, new LabelMatcher(own));
			OWN_OF_ROW.put(template, Map.copyOf(ownOfRow));
		}
	}

	/** A row label of table 三 without its parents: 1.属于国家秘密 of 三、本年度办理结果（三）不予公开 1.属于国家秘密. */
	private static String ownPart(String rowLabel) {
		String row = rowLabel.startsWith(PrintedForm.RESULT_PARENT) ? rowLabel.substring(PrintedForm.RESULT_PARENT.length())
				: rowLabel;
		return row.substring(row.lastIndexOf(' ') + 1);
	}

	private static final java.util.regex.Pattern EXTRA = java.util.regex.Pattern.compile("合计|小计|其中");

	private FormOrder() {
	}

	/** True if a text is, letter for letter, the own label of a row of table 三 in either template. */
	static boolean isOwnRowLabel(String text) {
		String key = key(text);
		return OWN_LABELS.values().stream().anyMatch((keys) -> keys.contains(key));
	}

	/**
	 * True if a table 三 row is a row of the form left blank: its own label is one of the template's, letter for
	 * letter, and its seven value cells are all blank (a unit that left zeros out).
	 */
	private static boolean isBlankRow(GridRow row, Template template) {
		List<GridCell> cells = row.cells();
		return cells.size() > TABLE_THREE_VALUES
				&& cells.subList(cells.size() - TABLE_THREE_VALUES, cells.size()).stream().allMatch((c) -> c.text().isBlank())
				&& OWN_LABELS.get(template).contains(key(ownLabel(row)));
	}

	/** True if a table 三 row ends in the seven value cells (blank cells included) with at least one value. */
	static boolean isValueRow(GridRow row) {
		List<GridCell> cells = row.cells();
		if (cells.size() < TABLE_THREE_VALUES) {
			return false;
		}
		boolean value = false;
		for (GridCell cell : cells.subList(cells.size() - TABLE_THREE_VALUES, cells.size())) {
			boolean valueLike = CellReader.isValueLike(cell.text());
			if (!valueLike && !cell.text().isBlank()) {
				return false;
			}
			value |= valueLike;
		}
		return value && cells.subList(0, cells.size() - TABLE_THREE_VALUES)
			.stream()
			.noneMatch((cell) -> CellReader.isValueLike(cell.text()));
	}

	/**
	 * For each row of table 三, the form's (normalised) row label when the value rows are taken in the form's order,
	 * else null; empty when the order cannot be trusted: more value rows than the template's rows, fewer than half of
	 * them labelled, or no single way to place them. Each value row goes to a later form row than the one before; a
	 * row's own label (its last label cell) must be part of the form's label at its place. When rows are missing (a
	 * copy that lost a line), the labels must leave exactly one placement, so the form rows left over are the ones
	 * really absent. Rows units add (合计, 小计, 其中：…) are placed on none (null: the mapper reports their label).
	 */
	static Optional<List<String>> tableThreeRows(List<GridRow> rows, LabelIndex index) {
		List<String> formRows = rowLabels(index, 3);
		List<Integer> valueRows = new ArrayList<>();
		List<OwnLabel> own = new ArrayList<>();
		boolean otherRowHoldsValues = false;
		for (int r = 0; r < rows.size(); r++) {
			// a row that lost a cell takes its form row by its label too, so the rows after it keep theirs
			if (isValueRow(rows.get(r)) || isBlankRow(rows.get(r), index.template()) || isLabelledLostRow(rows.get(r))) {
				valueRows.add(r);
				own.add(new OwnLabel(ownLabel(rows.get(r)), index.template()));
			}
			else {
				otherRowHoldsValues |= rows.get(r).cells().stream().anyMatch((cell) -> CellReader.isValueLike(cell.text()));
			}
		}
		long labelled = own.stream().filter((label) -> !label.printed.isEmpty()).count();
		long placeable = own.stream().filter((label) -> !label.extra).count();
		// a 2021-form report printing （六）其他处理 as one row, the 2019 form's: it stands for the three sub-rows
		if (own.stream().anyMatch((label) -> isOtherAsOneRow(label.printed, index.template()))) {
			List<String> oneRow = otherAsOneRow(formRows, index);
			int[] placed = placement(own, oneRow, labelled, placeable, otherRowHoldsValues);
			if (placed != null) {
				return Optional.of(assigned(rows, valueRows, placed, oneRow));
			}
		}
		int[] placed = placement(own, formRows, labelled, placeable, otherRowHoldsValues);
		return (placed != null) ? Optional.of(assigned(rows, valueRows, placed, formRows)) : Optional.empty();
	}

	/**
	 * The placement of the value rows on the form's rows, or null when the order cannot be trusted: more value rows
	 * than the form's, fewer than half of them labelled, or rows missing while another row holds a figure (a row with a
	 * word among its numbers is there, and the label path reads it).
	 */
	private static int[] placement(List<OwnLabel> own, List<String> formRows, long labelled, long placeable,
			boolean otherRowHoldsValues) {
		boolean missing = placeable < formRows.size();
		if (placeable == 0 || placeable > formRows.size() || labelled * 2 < formRows.size()
				|| missing && otherRowHoldsValues) {
			return null;
		}
		return placement(own, formRows);
	}

	/** Each table row's form row ({@code placed} for the value rows), null for the others. */
	private static List<String> assigned(List<GridRow> rows, List<Integer> valueRows, int[] placed,
			List<String> formRows) {
		List<String> assigned = new ArrayList<>();
		rows.forEach((row) -> assigned.add(null));
		for (int v = 0; v < valueRows.size(); v++) {
			if (placed[v] >= 0) {
				assigned.set(valueRows.get(v), formRows.get(placed[v]));
			}
		}
		return assigned;
	}

	/** True for a 2021-form row whose own label is （六）其他处理, the parent of three sub-rows, letter for letter. */
	private static boolean isOtherAsOneRow(String ownLabel, Template template) {
		return template == Template.V2021 && !ownLabel.isEmpty()
				&& LabelKey.of(ownLabel).equals(OTHER_ROW_KEY);
	}

	/** The key of the 2021 form's （六）其他处理, looked up once: every value row is compared with it. */
	private static final String OTHER_ROW_KEY = LabelKey.of(otherRow(Template.V2021));

	/** The row label of （六）其他处理 in a template: the 2021 form derives its figures from the three sub-rows. */
	private static String otherRow(Template template) {
		return MetricCatalog.standard()
			.of(template)
			.stream()
			.filter((metric) -> metric.code().startsWith(FormLayout.RESULT_OTHER))
			.filter((metric) -> FormLayout.isDerived(metric.code(), template))
			.map((metric) -> metric.rowLabel(template))
			.findFirst()
			.orElseThrow();
	}

	/** The form's rows with （六）'s three sub-rows taken as the one row （六）其他处理, at the first one's place. */
	private static List<String> otherAsOneRow(List<String> formRows, LabelIndex index) {
		String other = Labels.normalize(otherRow(index.template()));
		List<String> rows = new ArrayList<>();
		for (String row : formRows) {
			if (!row.startsWith(other) || row.equals(other)) {
				rows.add(row);
			}
			else if (!rows.contains(other)) {
				rows.add(other);
			}
		}
		return rows;
	}

	/**
	 * The form row of each value row when exactly one order-keeping placement fits their own labels (an empty label
	 * fits anywhere), else null. {@code ways[v][f]} counts the placements of value rows v… on form rows f….
	 */
	private static int[] placement(List<OwnLabel> own, List<String> formRows) {
		int values = own.size();
		int forms = formRows.size();
		List<String> formKeys = formRows.stream().map(FormOrder::key).toList();
		boolean[][] fit = new boolean[values][forms];
		for (int v = 0; v < values; v++) {
			for (int f = 0; f < forms; f++) {
				fit[v][f] = own.get(v).fits(formRows.get(f), formKeys.get(f));
			}
		}
		long[][] ways = new long[values + 1][forms + 2];
		for (int f = 0; f <= forms; f++) {
			ways[values][f] = 1;
		}
		for (int v = values - 1; v >= 0; v--) {
			for (int f = forms; f >= 0; f--) {
				if (own.get(v).extra) {
					ways[v][f] = ways[v + 1][f];
					continue;
				}
				long here = (f < forms && fit[v][f]) ? ways[v + 1][f + 1] : 0;
				ways[v][f] = Math.min(2, here + ways[v][f + 1]);
			}
		}
		if (ways[0][0] != 1) {
			return null;
		}
		int[] placed = new int[values];
		int f = 0;
		for (int v = 0; v < values; v++) {
			if (own.get(v).extra) {
				placed[v] = -1;
				continue;
			}
			while (!(fit[v][f] && ways[v + 1][f + 1] == 1)) {
				f++;
			}
			placed[v] = f++;
		}
		return placed;
	}

	/**
	 * A value row's own label (as printed), which {@link #fits} a form row if it is blank, or part of the form's label
	 * letter for letter (a label printed without its parents, or a piece of one a converter wrapped:
	 * 行政机关不再处理其政府信息公), or the form row's own label or whole label is its nearest ({@link LabelMatcher}: 國家祕密, 不予處(chù)理, one
	 * character dropped). The placement of all rows must still be the only one.
	 */
	private static final class OwnLabel {

		private final String printed;

		private final String key;

		/** A row the form does not have, that units add: 合计, 小计, 其中：…; it is placed on no row of the form. */
		private final boolean extra;

		private final Template template;

		/** The nearest own label and the nearest whole label, looked up once when first needed: one for every row. */
		private LabelMatcher.Match own;

		private LabelMatcher.Match whole;

		OwnLabel(String printed, Template template) {
			this.printed = printed;
			this.key = key(printed);
			this.extra = EXTRA.matcher(this.key).lookingAt();
			this.template = template;
		}

		boolean fits(String formRow, String formKey) {
			if (this.key.isEmpty() || formKey.contains(this.key)) {
				return true;
			}
			if (this.own == null) {
				this.own = OWN_MATCHERS.get(this.template).match(this.printed);
				this.whole = this.own.found() ? null : LabelIndex.of(this.template).row(3, this.printed);
			}
			if (this.own.found()) {
				return this.own.label().equals(OWN_OF_ROW.get(this.template).get(formRow));
			}
			return this.whole.found() && this.whole.label().equals(formRow);
		}

	}

	/** The form's normalised column labels of table 三, in the form's order. */
	/**
	 * True when those of {@code printed} that are the form's stand in the form's order ({@code form}): a header
	 * naming the form's columns in another order (a copy's two header cells or lines swapped) says nothing sure of
	 * which figure is which.
	 */
	static <T> boolean inFormOrder(List<T> printed, List<T> form) {
		int last = -1;
		for (T label : printed) {
			int at = form.indexOf(label);
			if (at >= 0 && at < last) {
				return false;
			}
			last = Math.max(last, at);
		}
		return true;
	}

	static List<String> tableThreeColumns(LabelIndex index) {
		return List.copyOf(index.columns(3));
	}

	/** The metrics of table 四 in the form's order (行政复议, 未经复议直接起诉, 复议后起诉; 结果维持 … 总计). */
	static List<Metric> tableFour(LabelIndex index) {
		return printed(index, 4);
	}

	/** A row whose values lost their columns ({@link GridRow#positionsLost}) with a label before its values. */
	private static boolean isLabelledLostRow(GridRow row) {
		return row.positionsLost() && firstValue(row) > 0;
	}

	private static int firstValue(GridRow row) {
		int first = 0;
		while (first < row.cells().size() && !CellReader.isValueLike(row.cells().get(first).text())) {
			first++;
		}
		return first;
	}

	/** The label of a row's own (right-most) label cell, as a key: letters and digits only. */
	private static String ownLabel(GridRow row) {
		int labelCells = row.positionsLost() ? firstValue(row) : row.cells().size() - TABLE_THREE_VALUES;
		List<GridCell> labels = row.cells().subList(0, Math.max(0, labelCells));
		for (int i = labels.size() - 1; i >= 0; i--) {
			if (!key(labels.get(i).text()).isEmpty()) {
				return labels.get(i).text();
			}
		}
		return "";
	}

	/**
	 * A label reduced to its letters and digits, so numbering styles (1. 1、 （1）) and punctuation (、 or ,) do not
	 * decide whether a fragment is part of a form label.
	 */
	static String key(String label) {
		String normalized = Labels.normalize(label);
		StringBuilder key = new StringBuilder(normalized.length());
		normalized.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
		return key.toString();
	}

	private static List<String> rowLabels(LabelIndex index, int table) {
		List<String> labels = new ArrayList<>();
		for (Metric metric : printed(index, table)) {
			String label = Labels.normalize(metric.rowLabel(index.template()));
			if (!labels.contains(label)) {
				labels.add(label);
			}
		}
		return labels;
	}

	private static List<Metric> printed(LabelIndex index, int table) {
		return MetricCatalog.standard()
			.of(index.template())
			.stream()
			.filter((metric) -> metric.table() == table)
			.filter((metric) -> !FormLayout.isDerived(metric.code(), index.template()))
			.toList();
	}

}
