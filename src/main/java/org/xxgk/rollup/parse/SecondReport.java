package org.xxgk.rollup.parse;

import java.util.Optional;

import org.xxgk.rollup.parse.SourceDocument.Block;
import org.xxgk.rollup.parse.SourceDocument.Grid;
import org.xxgk.rollup.parse.SourceDocument.Paragraph;

/**
 * Finds where a second report begins in one file (two years' reports, or two units', put in one PDF): after a part 六
 * that follows a table 三, part 一 begins again and another table 三 follows. The tables of the two would be joined
 * into one form ({@link TableLocator} joins a table broken across pages), and the second report's figures would be
 * lost or mixed into the first's. A table of contents (一 … 六 before any table) is no second report.
 */
final class SecondReport {

	private SecondReport() {
	}

	/** The heading 一、总体情况 with which the second report begins, if the file holds two. */
	static Optional<Paragraph> start(SourceDocument document) {
		boolean firstTable = false;
		boolean partSix = false;
		Paragraph again = null;
		for (Block block : document.blocks()) {
			if (block instanceof Paragraph paragraph) {
				String part = Headings.part(paragraph.text());
				partSix |= firstTable && "六".equals(part);
				again = (partSix && again == null && "一".equals(part)) ? paragraph : again;
			}
			else if (block instanceof Grid grid && TableLocator.byContent(grid) == 3) {
				if (again != null) {
					return Optional.of(again);
				}
				firstTable = true;
			}
		}
		return Optional.empty();
	}

}
