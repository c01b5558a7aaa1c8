package org.xxgk.rollup.parse;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A submission after its layout was read and before labels mean anything: paragraphs and tables in document order.
 * Every input format (Word text, web text, HTML, docx...) produces this, so the assembler is written once.
 */
record SourceDocument(List<Block> blocks) {

	/** The same document with every paragraph and cell text passed through {@code conversion}. */
	SourceDocument map(UnaryOperator<String> conversion) {
		return new SourceDocument(this.blocks.stream().map((block) -> convert(block, conversion)).toList());
	}

	private static Block convert(Block block, UnaryOperator<String> conversion) {
		if (block instanceof Paragraph paragraph) {
			return new Paragraph(conversion.apply(paragraph.text()), paragraph.line());
		}
		Grid grid = (Grid) block;
		return new Grid(grid.rows()
			.stream()
			.map((row) -> new GridRow(row.cells()
				.stream()
				.map((cell) -> new GridCell(conversion.apply(cell.text()), cell.line()))
				.toList(), row.positionsLost(), row.runTogether()))
			.toList());
	}

	/** The document as plain text, a paragraph or a table row per line, for searches over the whole report. */
	String text() {
		StringBuilder text = new StringBuilder();
		for (Block block : this.blocks) {
			if (block instanceof Paragraph paragraph) {
				text.append(paragraph.text()).append('\n');
			}
			else if (block instanceof Grid grid) {
				grid.rows().forEach((row) -> row.cells().forEach((cell) -> text.append(cell.text()).append('\t')));
				text.append('\n');
			}
		}
		return text.toString();
	}

	/** A paragraph or a table, in the order they appear. */
	sealed interface Block permits Paragraph, Grid {
	}

	/** One line of prose with its line number in the decoded text. */
	record Paragraph(String text, int line) implements Block {
	}

	/** A table as rows of cells, merged cells left as they came (often empty). */
	record Grid(List<GridRow> rows) implements Block {
	}

	/**
	 * A table row; {@code positionsLost} when the copy it came from dropped cells whose place nothing tells (a text
	 * copied one cell per line loses blank cells): its values are there, but not which column each stood in.
	 * {@code runTogether}, when not null, says what the row printed as two cells' numbers run together
	 * ({@link GluedNumbers}): why its places are lost, or, when they are not, how the value was read as two cells.
	 */
	record GridRow(List<GridCell> cells, boolean positionsLost, String runTogether) {

		GridRow(List<GridCell> cells) {
			this(cells, false);
		}

		GridRow(List<GridCell> cells, boolean positionsLost) {
			this(cells, positionsLost, null);
		}

		boolean isEmpty() {
			return this.cells.stream().allMatch((cell) -> cell.text().isBlank());
		}

	}

	/** The text of one cell (lines of a wrapped label joined by a newline) and the line it starts on. */
	record GridCell(String text, int line) {
	}

}
