package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.xxgk.rollup.parse.SourceDocument.GridCell;
import org.xxgk.rollup.parse.SourceDocument.GridRow;

/**
 * Flattens a two-level header into its leaf column labels in visual order. In the Word layout a group cell
 * (法人或其他组织) sits in one row and its sub-columns in the next, so the sub-columns are spliced in where the group
 * cell stands: 自然人, 商业企业 … 其他, 总计.
 */
final class HeaderColumns {

	private HeaderColumns() {
	}

	/**
	 * @param rows the rows from the first header row on
	 * @param leaves the normalised leaf labels to look for
	 * @param canonical a printed label as the form's leaf label it matches, else normalised
	 */
	static List<String> flatten(List<GridRow> rows, Set<String> leaves, UnaryOperator<String> canonical) {
		for (int r = 0; r < rows.size(); r++) {
			List<String> labels = labels(rows.get(r), canonical);
			if (labels.stream().anyMatch(leaves::contains)) {
				List<String> lower = (r + 1 < rows.size()) ? labels(rows.get(r + 1), canonical) : List.of();
				return (lower.size() == labels.size()) ? byPlace(labels, lower, leaves) : splice(labels, lower, leaves);
			}
		}
		return List.of();
	}

	/**
	 * Two header rows of one width (a grid with its spans expanded, empty or repeated): each column's leaf is the
	 * upper row's label where it is one (自然人, 总计 spanning both rows), else the lower row's (商业企业 under
	 * 法人或其他组织); a column with neither (the 勾稽 note's) is a label column, not a value column.
	 */
	private static List<String> byPlace(List<String> upper, List<String> lower, Set<String> leaves) {
		List<String> columns = new ArrayList<>();
		for (int c = 0; c < upper.size(); c++) {
			if (leaves.contains(upper.get(c))) {
				columns.add(upper.get(c));
			}
			else if (!lower.get(c).isEmpty() && !lower.get(c).equals(upper.get(c))) {
				// an unknown sub-column label stays as a placeholder so the columns after it keep their place
				columns.add(lower.get(c));
			}
		}
		return columns;
	}

	private static List<String> splice(List<String> upper, List<String> lower, Set<String> leaves) {
		List<String> columns = new ArrayList<>();
		// Unknown sub-column labels stay as placeholders so the columns after them keep their place.
		List<String> children = lower.stream().filter((l) -> !l.isEmpty()).filter((l) -> !upper.contains(l)).toList();
		for (String label : upper) {
			if (leaves.contains(label)) {
				columns.add(label);
			}
			else if (!label.isEmpty() && !children.isEmpty() && !columns.containsAll(children)) {
				columns.addAll(children);
			}
		}
		return columns;
	}

	private static List<String> labels(GridRow row, UnaryOperator<String> canonical) {
		return row.cells().stream().map(GridCell::text).map(canonical).toList();
	}

}
