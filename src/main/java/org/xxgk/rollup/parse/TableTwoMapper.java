package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.parse.SourceDocument.GridCell;
import org.xxgk.rollup.parse.SourceDocument.GridRow;

/**
 * Table 二 is a stack of blocks (第二十条第（一）项, （五）, （六）, （八）, （九）), each with its own header row
 * (信息内容 + column labels) followed by one row per item; a cell is the item's row label crossed with the column
 * label above it in the same block. The form prints each block's columns in one order; a header naming them in
 * another (two header cells of a copy swapped) leaves the block's rows printed but unplaced, not read by the header.
 */
final class TableTwoMapper {

	private static final int TABLE = 2;

	void map(List<GridRow> rows, LabelIndex index, Figures figures) {
		List<String> columns = List.of();
		List<String> units = List.of();
		for (int r = 0; r < rows.size(); r++) {
			GridRow row = rows.get(r);
			if (row.isEmpty()) {
				continue;
			}
			String first = LabelKey.of(row.cells().get(0).text());
			if (first.startsWith(FormWords.ARTICLE)) {
				continue;
			}
			if (first.equals(FormWords.CONTENT)) {
				columns = new ArrayList<>();
				units = new ArrayList<>();
				for (GridCell cell : row.cells().subList(1, row.cells().size())) {
					LabelMatcher.Match column = index.column(TABLE, cell.text());
					columns.add(column.found() ? column.label() : Labels.normalize(cell.text()));
					units.add(Labels.unit(cell.text()));
					// a label spanning several columns leaves empty cells after it
					if (!column.found() && !cell.text().isBlank()) {
						figures.unexpected(TABLE, cell.text(), column.nearest(),
								Locations.cell(TABLE, r + 1, columns.size() + 1, cell.line()));
					}
				}
				continue;
			}
			mapItemRow(row, r, columns, units, index, figures);
		}
	}

	private static void mapItemRow(GridRow row, int r, List<String> columns, List<String> units, LabelIndex index,
			Figures figures) {
		GridCell first = row.cells().get(0);
		LabelMatcher.Match match = index.row(TABLE, first.text());
		if (!match.found()) {
			figures.unexpected(TABLE, first.text(), match.nearest(), Locations.cell(TABLE, r + 1, 1, first.line()));
			return;
		}
		if (row.positionsLost()) {
			// its values are there, but not which column each stood in: none is guessed
			figures.unplacedRows.add(match.nearest());
			return;
		}
		String label = match.label();
		if (!FormOrder.inFormOrder(columns, index.columnsOf(TABLE, label))) {
			// a header naming the form's columns in another order: a copy's two header cells swapped, or a form
			// redrawn; the figures are the row's, which column each is in is a guess
			figures.unplacedRows.add(match.nearest());
			return;
		}
		for (int c = 0; c < columns.size(); c++) {
			Optional<Metric> metric = index.find(TABLE, label, columns.get(c));
			if (metric.isEmpty()) {
				continue;
			}
			figures.putAt(metric.get(), TABLE, r + 1, row, c + 1, units.get(c));
		}
	}

}
