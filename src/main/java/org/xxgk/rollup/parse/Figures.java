package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricKind;
import org.xxgk.rollup.model.UnexpectedLabel;
import org.xxgk.rollup.parse.SourceDocument.GridCell;
import org.xxgk.rollup.parse.SourceDocument.GridRow;

/** What the table mappers collect: cells by metric code, labels that matched nothing, amounts converted from 元. */
final class Figures {

	final Map<String, Cell> cells = new HashMap<>();

	final List<UnexpectedLabel> unexpected = new ArrayList<>();

	final Set<String> yuanHeaded = new LinkedHashSet<>();

	final Set<Integer> tablesFound = new LinkedHashSet<>();

	/** The form's row labels (as printed) of rows found whose values could not be placed in their columns. */
	final Set<String> unplacedRows = new LinkedHashSet<>();

	/**
	 * The rows whose values printed two cells' numbers run together: what was printed (for an unplaced row why, for
	 * a placed row how it was read as two cells).
	 */
	final Map<String, String> runTogether = new java.util.LinkedHashMap<>();

	/** A row whose values cannot be placed; {@code runTogether} what it printed run together, or null. */
	void unplaced(String rowLabel, String runTogether) {
		this.unplacedRows.add(rowLabel);
		if (runTogether != null) {
			this.runTogether.putIfAbsent(rowLabel, runTogether);
		}
	}

	/**
	 * Records the cell of {@code metric}; {@code raw} null means the row was found but the cell is absent. A 万元
	 * amount written in 元 (glued to the number or stated in the column header) is converted and remembered.
	 */
	void put(Metric metric, String raw, String location, String columnUnit) {
		CellReader.Read read = CellReader.read((raw != null) ? raw : "", location);
		Cell cell = read.cell();
		String unit = (read.unit() != null) ? read.unit() : columnUnit;
		if (cell.hasValue() && "元".equals(unit) && metric.kind() == MetricKind.AMOUNT_10K_YUAN) {
			cell = CellReader.toTenThousandYuan(cell);
			this.yuanHeaded.add(metric.code());
		}
		this.cells.putIfAbsent(metric.code(), cell);
	}

	/**
	 * Records the cell at {@code position} (0-based) of a table row; a row too short to have it gives a blank cell
	 * located at the row's last line, since the row was found.
	 */
	void putAt(Metric metric, int table, int rowNumber, GridRow row, int position, String columnUnit) {
		List<GridCell> cells = row.cells();
		GridCell cell = (position < cells.size()) ? cells.get(position) : null;
		int line = (cell != null) ? cell.line() : cells.get(cells.size() - 1).line();
		put(metric, (cell != null) ? cell.text() : null, Locations.cell(table, rowNumber, position + 1, line), columnUnit);
	}

	/** A label near no label of the form, or about equally near two; {@code nearest} is the nearest one. */
	void unexpected(int table, String label, String nearest, String location) {
		this.unexpected.add(new UnexpectedLabel(table, label.replace("\n", ""), location, nearest));
	}

}
