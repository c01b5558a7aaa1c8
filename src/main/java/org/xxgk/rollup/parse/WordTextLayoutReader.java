package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.List;

import org.xxgk.rollup.parse.SourceDocument.Block;
import org.xxgk.rollup.parse.SourceDocument.Grid;
import org.xxgk.rollup.parse.SourceDocument.GridCell;
import org.xxgk.rollup.parse.SourceDocument.GridRow;
import org.xxgk.rollup.parse.SourceDocument.Paragraph;

/**
 * Reads text extracted from a Word document (the seed's layout): a line starting with a tab is a table cell, a blank
 * line ends a table row, a line without a tab right after a cell continues that cell's wrapped label, and any other
 * line is a paragraph, which also ends the table.
 */
final class WordTextLayoutReader {

	SourceDocument read(String text) {
		String[] lines = text.split("\r\n|\r|\n", -1);
		List<Block> blocks = new ArrayList<>();
		List<GridRow> rows = new ArrayList<>();
		List<GridCell> row = new ArrayList<>();
		boolean afterCell = false;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			int lineNumber = i + 1;
			if (line.startsWith("\t")) {
				row.add(new GridCell(line.substring(1), lineNumber));
				afterCell = true;
			}
			else if (line.isBlank()) {
				endRow(rows, row);
				afterCell = false;
			}
			else if (afterCell) {
				GridCell last = row.remove(row.size() - 1);
				row.add(new GridCell(last.text() + "\n" + line, last.line()));
			}
			else {
				endRow(rows, row);
				endGrid(blocks, rows);
				blocks.add(new Paragraph(line.strip(), lineNumber));
			}
		}
		endRow(rows, row);
		endGrid(blocks, rows);
		return new SourceDocument(List.copyOf(blocks));
	}

	private static void endRow(List<GridRow> rows, List<GridCell> row) {
		if (!row.isEmpty()) {
			rows.add(new GridRow(List.copyOf(row)));
			row.clear();
		}
	}

	private static void endGrid(List<Block> blocks, List<GridRow> rows) {
		if (!rows.isEmpty()) {
			blocks.add(new Grid(List.copyOf(rows)));
			rows.clear();
		}
	}

}
