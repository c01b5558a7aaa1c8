package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.xxgk.rollup.model.PrintedForm;
import org.xxgk.rollup.model.Template;
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

	private static final Pattern CELL_BREAK = Pattern.compile("\\s*\\|\\s*|\\s{2,}");

	/** The form's header rows as {@link PrintedForm} prints them: the words a table starts with. */
	private static final PrintedForm FORM = PrintedForm.blank(Template.V2021);

	/** 第二十条, the start of each block heading of table 二 (第二十条第（一）项). */
	private static final String ARTICLE = article(FORM.table(2).get(0).get(0).text());

	/** 信息内容, the first cell of each block's header. */
	private static final String CONTENT = Labels.normalize(FORM.table(2).get(1).get(0).text());

	/** Table 三's first header row: the 勾稽 note and 申请人情况. */
	private static final List<String> TABLE_THREE_TOP = labels(FORM.table(3).get(0));

	/** Table 三's applicant row: 自然人 | 法人或其他组织 | 总计. */
	private static final List<String> TABLE_THREE_HEADER = labels(FORM.table(3).get(1));

	/** Table 四's groups: 行政复议 | 行政诉讼. */
	private static final List<String> TABLE_FOUR_HEADER = labels(FORM.table(4).get(0));

	/** The note's opening words: converters break the long note anywhere after them. */
	private static final int NOTE_OPENING = 8;

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
		if (first.startsWith(ARTICLE) || first.equals(CONTENT)) {
			return 2;
		}
		String note = TABLE_THREE_TOP.get(0);
		if (cells.contains(TABLE_THREE_TOP.get(1)) || first.startsWith(note.substring(0, NOTE_OPENING))
				|| cells.contains(TABLE_THREE_HEADER.get(0)) && TABLE_THREE_HEADER.containsAll(cells)) {
			return 3;
		}
		return (cells.contains(TABLE_FOUR_HEADER.get(0)) && TABLE_FOUR_HEADER.containsAll(cells)) ? 4 : 0;
	}

	private static String article(String blockHeading) {
		String heading = Labels.normalize(blockHeading);
		return heading.substring(0, heading.indexOf('第', 1));
	}

	private static List<String> labels(List<PrintedForm.FormCell> row) {
		return row.stream().filter(PrintedForm.FormCell::label).map((cell) -> Labels.normalize(cell.text())).toList();
	}

	private static int byContent(Grid grid) {
		List<String> labels = grid.rows()
			.stream()
			.flatMap((row) -> row.cells().stream())
			.map((cell) -> LabelKey.of(cell.text()))
			.toList();
		if (labels.contains(CONTENT) || labels.stream().anyMatch((l) -> l.startsWith(ARTICLE))) {
			return 2;
		}
		if (labels.contains(TABLE_THREE_HEADER.get(0)) || labels.stream().anyMatch((l) -> l.startsWith("本年新收"))) {
			return 3;
		}
		if (labels.containsAll(TABLE_FOUR_HEADER)) {
			return 4;
		}
		return 0;
	}

}
