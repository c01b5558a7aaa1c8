package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.xxgk.rollup.parse.SourceDocument.Block;
import org.xxgk.rollup.parse.SourceDocument.Grid;
import org.xxgk.rollup.parse.SourceDocument.GridRow;
import org.xxgk.rollup.parse.SourceDocument.Paragraph;

/**
 * Decides which grid is table 二, 三 or 四: by its content first (信息内容 / 自然人 / 行政复议), by the heading above it
 * otherwise; text layouts cut their tables out of the text by the headings and by {@link #startedBy}. Grids of the
 * same table are joined, since a Word table broken across pages arrives as two.
 */
final class TableLocator {

	private static final Pattern CELL_BREAK = Pattern.compile("\\s*[|\\t]\\s*|\\s{2,}");

	/** The note's opening words: converters break the long note anywhere after them. */
	private static final int NOTE_OPENING = 8;

	Map<Integer, List<GridRow>> locate(SourceDocument document) {
		Map<Integer, List<GridRow>> tables = new TreeMap<>();
		int[] tableOf = tableOfBlocks(document);
		for (int b = 0; b < tableOf.length; b++) {
			if (tableOf[b] != 0) {
				tables.computeIfAbsent(tableOf[b], (t) -> new ArrayList<>()).addAll(((Grid) document.blocks().get(b)).rows());
			}
		}
		return tables;
	}

	/** For each block, the table (2, 3, 4) a grid is, by its content or else the heading above it; 0 for the rest. */
	static int[] tableOfBlocks(SourceDocument document) {
		int[] tables = new int[document.blocks().size()];
		int heading = 0;
		for (int b = 0; b < tables.length; b++) {
			Block block = document.blocks().get(b);
			if (block instanceof Paragraph paragraph) {
				// each paragraph's part once: recognising one normalises the whole paragraph
				String part = Headings.part(paragraph.text());
				int named = Headings.tableOfPart(part);
				heading = (named != 0) ? named : ((part != null) ? 0 : heading);
			}
			else if (block instanceof Grid grid) {
				int table = byContent(grid);
				tables[b] = (table != 0) ? table : heading;
			}
		}
		return tables;
	}

	/**
	 * Which table a line of text starts (2, 3, 4) by the form's first header words, or 0: 第二十条… or 信息内容 opens table 二,
	 * 申请人情况, the 勾稽 note or the applicant header (自然人 | 法人或其他组织 | 总计) table 三, 行政复议 (alone, or with
	 * 行政诉讼 beside it) table 四. The line's cells are what {@code |} or a run of spaces separates. Text layouts find a
	 * table by its heading; a report that left the heading out still prints these words first.
	 */
	static int startedBy(String line) {
		List<String> cells = Arrays.stream(CELL_BREAK.split(line.strip()))
			.map(Labels::normalize)
			.filter((cell) -> !cell.isEmpty())
			.toList();
		if (cells.isEmpty()) {
			return 0;
		}
		String first = cells.get(0);
		if (first.startsWith(FormWords.ARTICLE) || first.equals(FormWords.CONTENT)) {
			return 2;
		}
		if (cells.contains(FormWords.APPLICANTS) || first.startsWith(FormWords.NOTE.substring(0, NOTE_OPENING))
				|| cells.contains(FormWords.NATURAL_PERSON) && FormWords.APPLICANT_ROW.containsAll(cells)) {
			return 3;
		}
		return (cells.contains(FormWords.RECONSIDERATION) && FormWords.REVIEW_GROUPS.containsAll(cells)) ? 4 : 0;
	}

	/** Which table a grid is by its own header words (2, 3, 4), or 0. */
	static int byContent(Grid grid) {
		List<String> labels = grid.rows()
			.stream()
			.flatMap((row) -> row.cells().stream())
			.map((cell) -> LabelKey.of(cell.text()))
			.toList();
		if (labels.contains(FormWords.CONTENT) || labels.stream().anyMatch((l) -> l.startsWith(FormWords.ARTICLE))) {
			return 2;
		}
		if (labels.contains(FormWords.NATURAL_PERSON) || labels.stream().anyMatch((l) -> l.startsWith("本年新收"))) {
			return 3;
		}
		if (labels.containsAll(FormWords.REVIEW_GROUPS)) {
			return 4;
		}
		return 0;
	}

}
