package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.parse.SourceDocument.GridCell;
import org.xxgk.rollup.parse.SourceDocument.GridRow;

/**
 * Table 四 has one row of fifteen values under a header where 结果维持 … 总计 repeats for each group (行政复议; 行政诉讼
 * split into 未经复议直接起诉 and 复议后起诉). The group headers give the groups in order; each group takes the next run
 * of result labels, a run ending when a label repeats. The value row is the first row holding no label of the form
 * once the header is complete (blank cells and all: a unit may leave zeros blank), or any earlier row of numbers
 * without labels. Values are then matched by (group, result label), when the header names them in the form's order;
 * a header naming groups or results in another order (a copy's header lines or cells swapped) is a guess, and the
 * three rows are printed but unplaced.
 */
final class TableFourMapper {

	private static final int TABLE = 4;

	private static final String PARENT = FormWords.LITIGATION;

	void map(List<GridRow> rows, LabelIndex index, Figures figures) {
		int cellCount = index.columns(TABLE).size() * 3;
		List<String> groups = new ArrayList<>();
		List<String> leaves = new ArrayList<>();
		List<Runnable> unknown = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			GridRow row = rows.get(r);
			boolean labelled = false;
			int values = 0;
			int strays = 0;
			for (int c = 0; c < row.cells().size(); c++) {
				GridCell cell = row.cells().get(c);
				if (cell.text().isBlank()) {
					continue;
				}
				if (CellReader.isValueLike(cell.text())) {
					values++;
					continue;
				}
				LabelMatcher.Match result = index.column(TABLE, cell.text());
				LabelMatcher.Match group = index.row(TABLE, cell.text());
				if (result.found()) {
					leaves.add(result.label());
				}
				else if (group.found()) {
					groups.add(group.label());
				}
				else if (!LabelKey.of(cell.text()).equals(PARENT)) {
					String nearest = result.nearest().isEmpty() ? group.nearest() : result.nearest();
					String location = Locations.cell(TABLE, r + 1, c + 1, cell.line());
					unknown.add(() -> figures.unexpected(TABLE, cell.text(), nearest, location));
					strays++;
					continue;
				}
				labelled = true;
			}
			if (!labelled && (values > 0 || leaves.size() >= cellCount)) {
				if (row.positionsLost() || strays > 0 && values > 0) {
					unknown.forEach(Runnable::run);
					// fewer values than the form's fifteen, or words among them (a copy drawn out of the form's
					// order): the values are there, but not which column each stood in; none is guessed
					unplaced(index, figures);
					return;
				}
				Optional<List<Metric>> placed = byPlace(rows.subList(0, r), row, index);
				List<String> owners = groupOfLeaf(groups, leaves);
				List<Metric> named = placed.orElseGet(() -> metrics(owners, leaves, index));
				if (named.size() == FormOrder.TABLE_FOUR_VALUES
						&& !FormOrder.inFormOrder(named, FormOrder.tableFour(index))) {
					// a header naming all fifteen of the form's figures in another order (a copy's two header lines
					// or cells swapped): which figure is which is a guess; a garbled header is judged below
					unknown.forEach(Runnable::run);
					unplaced(index, figures);
					return;
				}
				if (placed.isPresent()) {
					unknown.forEach(Runnable::run);
					for (int c = 0; c < placed.get().size(); c++) {
						figures.putAt(placed.get().get(c), TABLE, r + 1, row, c, null);
					}
					saidRunTogether(row, index, figures);
					return;
				}
				if (values == FormOrder.TABLE_FOUR_VALUES && values == row.cells().size()
						&& named.size() < FormOrder.TABLE_FOUR_VALUES) {
					// a header the converter garbled (结果 / 维持 split apart): the fifteen values are the form's
					mapInFormOrder(row, r, index, figures);
					saidRunTogether(row, index, figures);
					return;
				}
				if (named.size() < FormOrder.TABLE_FOUR_VALUES && values < FormOrder.TABLE_FOUR_VALUES) {
					// a garbled header over fewer values than the form's fifteen (a cell lost): nothing tells their places
					unknown.forEach(Runnable::run);
					unplaced(index, figures);
					return;
				}
				unknown.forEach(Runnable::run);
				mapValues(row, r, owners, leaves, index, figures);
				saidRunTogether(row, index, figures);
				return;
			}
		}
		unknown.forEach(Runnable::run);
	}

	/**
	 * A header as a grid of the value row's width (a page's or a converter's table with its spans expanded, empty or
	 * repeated): each value is the metric of its own column, the result label nearest above it and the group label
	 * above that. Empty unless every one of the fifteen columns names a metric, each a different one.
	 */
	private static Optional<List<Metric>> byPlace(List<GridRow> header, GridRow values, LabelIndex index) {
		int width = values.cells().size();
		List<GridRow> grid = header.stream().filter((row) -> row.cells().size() == width).toList();
		if (width != FormOrder.TABLE_FOUR_VALUES || grid.isEmpty()) {
			return Optional.empty();
		}
		List<Metric> metrics = new ArrayList<>();
		for (int c = 0; c < width; c++) {
			String leaf = null;
			String group = null;
			for (int r = grid.size() - 1; r >= 0; r--) {
				String text = grid.get(r).cells().get(c).text();
				LabelMatcher.Match result = index.column(TABLE, text);
				LabelMatcher.Match row = index.row(TABLE, text);
				leaf = (leaf == null && result.found()) ? result.label() : leaf;
				group = (leaf != null && group == null && row.found()) ? row.label() : group;
			}
			Optional<Metric> metric = (leaf != null && group != null) ? metric(group, leaf, index) : Optional.empty();
			if (metric.isEmpty() || metrics.contains(metric.get())) {
				return Optional.empty();
			}
			metrics.add(metric.get());
		}
		return Optional.of(metrics);
	}

	/** The metrics the header's leaves name, in the header's order (leaves naming none left out). */
	private static List<Metric> metrics(List<String> owners, List<String> leaves, LabelIndex index) {
		List<Metric> metrics = new ArrayList<>();
		for (int i = 0; i < leaves.size(); i++) {
			metric(owners.get(i), leaves.get(i), index).ifPresent(metrics::add);
		}
		return metrics;
	}

	/**
	 * A row read with digits printed without a gap cut into two cells by the groups' 总计: kept under the group of its
	 * first figure (the group the reader's words name first), for CELL-RUN-TOGETHER to say.
	 */
	private static void saidRunTogether(GridRow row, LabelIndex index, Figures figures) {
		if (row.runTogether() == null) {
			return;
		}
		for (Metric metric : FormOrder.tableFour(index)) {
			String group = metric.rowLabel(index.template());
			if (row.runTogether().contains("读作" + group + "“")) {
				figures.runTogether.putIfAbsent(group, row.runTogether());
				return;
			}
		}
	}

	/** Table 四's three rows are printed, their values not placeable: none is guessed. */
	private static void unplaced(LabelIndex index, Figures figures) {
		FormOrder.tableFour(index).forEach((metric) -> figures.unplacedRows.add(metric.rowLabel(index.template())));
	}

	private static Optional<Metric> metric(String owner, String leaf, LabelIndex index) {
		return index.find(TABLE, owner, leaf).or(() -> index.find(TABLE, PARENT + owner, leaf));
	}

	private static void mapInFormOrder(GridRow row, int r, LabelIndex index, Figures figures) {
		List<Metric> metrics = FormOrder.tableFour(index);
		for (int i = 0; i < metrics.size(); i++) {
			figures.putAt(metrics.get(i), TABLE, r + 1, row, i, null);
		}
	}

	/** For each leaf, the row label of its group: a new group starts when a result label repeats. */
	private static List<String> groupOfLeaf(List<String> groups, List<String> leaves) {
		List<String> owners = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		int group = 0;
		for (String leaf : leaves) {
			if (seen.contains(leaf)) {
				group++;
				seen.clear();
			}
			seen.add(leaf);
			owners.add((group < groups.size()) ? groups.get(group) : "");
		}
		return owners;
	}

	private static void mapValues(GridRow row, int r, List<String> owners, List<String> leaves, LabelIndex index,
			Figures figures) {
		int offset = Math.max(0, row.cells().size() - leaves.size());
		for (int i = 0; i < leaves.size(); i++) {
			String owner = owners.get(i);
			String leaf = leaves.get(i);
			Optional<Metric> metric = metric(owner, leaf, index);
			if (metric.isEmpty()) {
				continue;
			}
			figures.putAt(metric.get(), TABLE, r + 1, row, offset + i, null);
		}
	}

}
