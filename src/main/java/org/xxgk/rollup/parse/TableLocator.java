package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.xxgk.rollup.parse.SourceDocument.Block;
import org.xxgk.rollup.parse.SourceDocument.Grid;
import org.xxgk.rollup.parse.SourceDocument.GridRow;
import org.xxgk.rollup.parse.SourceDocument.Paragraph;

/**
 * Decides which grid is table 二, 三 or 四: by its content first (信息内容 / 自然人 / 行政复议), by the heading above it
 * otherwise. Grids of the same table are joined, since a Word table broken across pages arrives as two.
 */
final class TableLocator {

	Map<Integer, List<GridRow>> locate(SourceDocument document) {
		Map<Integer, List<GridRow>> tables = new TreeMap<>();
		int heading = 0;
		for (Block block : document.blocks()) {
			if (block instanceof Paragraph paragraph) {
				int named = Headings.table(paragraph.text());
				heading = (named != 0) ? named : ((Headings.part(paragraph.text()) != null) ? 0 : heading);
			}
			else if (block instanceof Grid grid) {
				int table = byContent(grid);
				table = (table != 0) ? table : heading;
				if (table != 0) {
					tables.computeIfAbsent(table, (t) -> new ArrayList<>()).addAll(grid.rows());
				}
			}
		}
		return tables;
	}

	private static int byContent(Grid grid) {
		List<String> labels = grid.rows()
			.stream()
			.flatMap((row) -> row.cells().stream())
			.map((cell) -> LabelKey.of(cell.text()))
			.toList();
		if (labels.contains("信息内容") || labels.stream().anyMatch((l) -> l.startsWith("第二十条"))) {
			return 2;
		}
		if (labels.contains("自然人") || labels.stream().anyMatch((l) -> l.startsWith("本年新收"))) {
			return 3;
		}
		if (labels.contains("行政复议") && labels.contains("行政诉讼")) {
			return 4;
		}
		return 0;
	}

}
