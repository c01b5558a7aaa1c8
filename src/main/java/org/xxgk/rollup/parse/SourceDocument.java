package org.xxgk.rollup.parse;

import java.util.List;

/**
 * A submission after its layout was read and before labels mean anything: paragraphs and tables in document order.
 * Every input format (Word text, web text, HTML, docx...) produces this, so the assembler is written once.
 */
record SourceDocument(List<Block> blocks) {

	/** A paragraph or a table, in the order they appear. */
	sealed interface Block permits Paragraph, Grid {
	}

	/** One line of prose with its line number in the decoded text. */
	record Paragraph(String text, int line) implements Block {
	}

	/** A table as rows of cells, merged cells left as they came (often empty). */
	record Grid(List<GridRow> rows) implements Block {
	}

	record GridRow(List<GridCell> cells) {

		boolean isEmpty() {
			return this.cells.stream().allMatch((cell) -> cell.text().isBlank());
		}

	}

	/** The text of one cell (lines of a wrapped label joined by a newline) and the line it starts on. */
	record GridCell(String text, int line) {
	}

}
