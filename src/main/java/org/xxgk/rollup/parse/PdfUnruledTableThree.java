package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.xxgk.rollup.parse.PdfGlyphs.Glyph;
import org.xxgk.rollup.parse.SourceDocument.Block;
import org.xxgk.rollup.parse.SourceDocument.Grid;
import org.xxgk.rollup.parse.SourceDocument.GridCell;
import org.xxgk.rollup.parse.SourceDocument.GridRow;

/**
 * Table 三 of a PDF drawn without lines, rebuilt from its glyphs' positions rather than from a text layout: cells are
 * runs of glyphs set apart, a figure is a run of digits. Its seven value columns are where the rows that print all
 * seven figures put them, or, when none does (blank cells leave nothing), where the header prints the form's seven
 * column labels (自然 / 人, 社会 / 公益 / 组织, stacked in their cells); each figure goes to the one column its glyphs
 * overlap. Each line of figures is a row, with the label fragments on its line as label cells (a wrapped label's
 * first line, merged parents beside it); a line of figures in columns the row above left empty, with no numbered
 * label started since, is that row's (a cell aligned to its middle, another to its top). Which form row each is the
 * form's order decides, by the fragments ({@link FormOrder}). Null whenever a figure falls under no column or two,
 * two figures share a cell, or text other than labels stands among the figures: the table is then refused as before.
 * When neither rows of seven figures nor the header give the columns, each line of figures is a row printed but not
 * placeable (its wrapped label joined under it), so TABLE-INCOMPLETE names each row as printed, in the form's words.
 */
final class PdfUnruledTableThree {

	/** Glyphs further apart than this (a share of the font size) are in different cells. */
	private static final float CELL_GAP = 0.4f;

	/** The digits of one figure are set touching; digits further apart or overlapping (a share of the font size) are two figures. */
	private static final float DIGIT_GAP = 0.15f;

	/** Figures of one column whose edges differ by less than this (a share of the font size) are aligned. */
	private static final float ALIGNED = 0.3f;

	/** Share of the page height at its top and bottom where page numbers and running headers are. */
	private static final float MARGIN = 0.12f;

	/**
	 * A page number in a page's margin (-4-, 第4页, 第 4 页 共 9 页, 4/9): nothing else, so a row of the table set at
	 * the page's top or foot (5.属于三类内部事务 0 0) is not taken for one.
	 */
	private static final Pattern PAGE_NUMBER = Pattern
		.compile("^[-－—–─]*\\s*(第\\s*)?\\d{1,3}\\s*(页)?\\s*([/／]\\s*\\d{1,3}|共\\s*\\d{1,3}\\s*页)?\\s*[-－—–─]*$");

	/** A row label that starts with its own number: 一、 （三） 1. — a row starts there. */
	private static final Pattern NUMBERED = Pattern.compile("^[(（]?[一二三四五六七八九十0-9]+[)）、.]");

	/** A run of glyphs of one cell, on its page and line. */
	private record Token(String text, float left, float right, float size, int page, int line, float y) {

		boolean isValue() {
			return CellReader.isValueLike(this.text);
		}

		boolean overlaps(float from, float to) {
			return this.left < to && from < this.right;
		}

	}

	private PdfUnruledTableThree() {
	}

	/** The document with table 三's grid replaced by the one rebuilt from the glyphs, or as it is if that fails. */
	static SourceDocument rebuilt(SourceDocument document, List<List<Glyph>> pages, List<Float> heights) {
		List<GridRow> rows = rows(pages, heights);
		if (rows == null) {
			return document;
		}
		List<Block> blocks = new ArrayList<>();
		int[] tableOf = TableLocator.tableOfBlocks(document);
		boolean replaced = false;
		for (int b = 0; b < tableOf.length; b++) {
			if (tableOf[b] == 3) {
				if (!replaced) {
					blocks.add(new Grid(rows));
					replaced = true;
				}
				continue;
			}
			blocks.add(document.blocks().get(b));
		}
		return replaced ? new SourceDocument(List.copyOf(blocks)) : document;
	}

	/** Table 三's rows as rebuilt, or null when its figures cannot be placed beyond doubt. */
	static List<GridRow> rows(List<List<Glyph>> pages, List<Float> heights) {
		List<List<Token>> lines = tableLines(pages, heights);
		int first = 0;
		while (first < lines.size() && lines.get(first).stream().noneMatch(Token::isValue)) {
			first++;
		}
		if (first == lines.size()) {
			return null;
		}
		List<List<Token>> body = lines.subList(first, lines.size());
		float[][] columns = valueColumns(body);
		columns = (columns != null) ? columns : headerColumns(lines.subList(0, first));
		if (columns == null) {
			return printedButUnplaced(body);
		}
		List<GridRow> rows = new ArrayList<>();
		List<GridCell> labels = null;
		GridCell[] values = null;
		boolean numberedSince = false;
		for (List<Token> line : body) {
			List<Token> lineLabels = new ArrayList<>();
			GridCell[] lineValues = new GridCell[columns.length];
			for (Token token : line) {
				if (!token.isValue()) {
					if (token.right() > columns[0][0]) {
						// words among the figures: not a table of figures as the form's
						return null;
					}
					lineLabels.add(token);
					continue;
				}
				int column = column(columns, token);
				if (column < 0 || lineValues[column] != null) {
					return null;
				}
				lineValues[column] = new GridCell(token.text(), Locations.onPage(token.page() + 1, token.line() + 1));
			}
			boolean numbered = lineLabels.stream().anyMatch((t) -> NUMBERED.matcher(t.text()).find());
			boolean hasValues = java.util.Arrays.stream(lineValues).anyMatch((cell) -> cell != null);
			if (hasValues && values != null && !numbered && !numberedSince && disjoint(values, lineValues)) {
				// the rest of the row above: a cell aligned otherwise than its neighbours
				for (int c = 0; c < values.length; c++) {
					values[c] = (values[c] != null) ? values[c] : lineValues[c];
				}
				if (labels.isEmpty()) {
					labels.addAll(cells(lineLabels));
				}
				continue;
			}
			boolean blankRow = !hasValues && !lineLabels.isEmpty()
					&& FormOrder.isOwnRowLabel(lineLabels.get(lineLabels.size() - 1).text());
			if (hasValues || blankRow) {
				flush(rows, labels, values);
				labels = new ArrayList<>(cells(lineLabels));
				values = lineValues;
				numberedSince = false;
			}
			else {
				numberedSince |= numbered;
			}
		}
		flush(rows, labels, values);
		return List.copyOf(rows);
	}

	/**
	 * When no line prints all seven figures (blank cells left nothing) and the header's labels do not give the
	 * columns either: each line of figures is a row as printed, its labels with it and the wrapped rest of its label
	 * after it, its figures in their order but not placed in any column (TABLE-INCOMPLETE then names each row as
	 * printed but unplaced, in the form's words). Null, as before, when some line prints seven figures: their
	 * columns were found and failed, and the text layout may read them.
	 */
	private static List<GridRow> printedButUnplaced(List<List<Token>> body) {
		int seven = FormOrder.TABLE_THREE_VALUES;
		if (body.stream().anyMatch((line) -> line.stream().filter(Token::isValue).count() >= seven)) {
			return null;
		}
		List<GridRow> rows = new ArrayList<>();
		List<Token> labels = null;
		List<Token> values = null;
		List<Token> pending = new ArrayList<>();
		for (List<Token> line : body) {
			List<Token> lineLabels = line.stream().filter((t) -> !t.isValue()).toList();
			List<Token> lineValues = line.stream().filter(Token::isValue).toList();
			boolean numbered = lineLabels.stream().anyMatch((t) -> NUMBERED.matcher(t.text()).find());
			if (!lineValues.isEmpty()) {
				addUnplaced(rows, labels, values);
				labels = new ArrayList<>();
				wrapped(labels, pending);
				wrapped(labels, lineLabels);
				values = lineValues;
				pending.clear();
			}
			else if (labels != null && !numbered && pending.isEmpty()) {
				// the wrapped rest of the row's labels, each under the fragment it continues
				wrapped(labels, lineLabels);
			}
			else {
				// a parent's label or a row's first line, above the line of its figures
				pending.addAll(lineLabels);
			}
		}
		addUnplaced(rows, labels, values);
		return List.copyOf(rows);
	}

	/** Label fragments added to a row's: a fragment under one of them (its wrapped rest) joins it, else stands apart. */
	private static void wrapped(List<Token> labels, List<Token> fragments) {
		for (Token fragment : fragments) {
			int under = -1;
			for (int i = 0; i < labels.size(); i++) {
				under = fragment.overlaps(labels.get(i).left(), labels.get(i).right()) ? i : under;
			}
			if (under < 0) {
				labels.add(fragment);
				continue;
			}
			Token above = labels.get(under);
			labels.set(under, new Token(above.text() + fragment.text(), Math.min(above.left(), fragment.left()),
					Math.max(above.right(), fragment.right()), above.size(), above.page(), above.line(), above.y()));
		}
	}

	private static void addUnplaced(List<GridRow> rows, List<Token> labels, List<Token> values) {
		if (labels != null) {
			List<GridCell> cells = new ArrayList<>(cells(labels));
			cells.addAll(cells(values));
			rows.add(new GridRow(List.copyOf(cells), true));
		}
	}

	private static void flush(List<GridRow> rows, List<GridCell> labels, GridCell[] values) {
		if (labels == null) {
			return;
		}
		int line = labels.isEmpty() ? 0 : labels.get(0).line();
		List<GridCell> cells = new ArrayList<>(labels);
		for (GridCell value : values) {
			line = (line == 0 && value != null) ? value.line() : line;
		}
		for (GridCell value : values) {
			cells.add((value != null) ? value : new GridCell("", line));
		}
		rows.add(new GridRow(List.copyOf(cells)));
	}

	private static List<GridCell> cells(List<Token> tokens) {
		return tokens.stream().map((t) -> new GridCell(t.text(), Locations.onPage(t.page() + 1, t.line() + 1))).toList();
	}

	private static boolean disjoint(GridCell[] a, GridCell[] b) {
		for (int c = 0; c < a.length; c++) {
			if (a[c] != null && b[c] != null) {
				return false;
			}
		}
		return true;
	}

	/** The one column a figure's glyphs overlap, or -1. */
	private static int column(float[][] columns, Token token) {
		int found = -1;
		for (int c = 0; c < columns.length; c++) {
			if (token.overlaps(columns[c][0], columns[c][1])) {
				if (found >= 0) {
					return -1;
				}
				found = c;
			}
		}
		return found;
	}

	/**
	 * The seven columns' extents where the lines printing seven figures put them (each the span of its figures), or
	 * null when no line has seven, the spans overlap, or a column's figures are not aligned on one edge or their
	 * middle (a figure set off its place, which would widen its column).
	 */
	private static float[][] valueColumns(List<List<Token>> body) {
		List<List<Token>> columns = new ArrayList<>();
		for (List<Token> line : body) {
			List<Token> values = line.stream().filter(Token::isValue).toList();
			if (values.size() != FormOrder.TABLE_THREE_VALUES) {
				continue;
			}
			for (int c = 0; c < values.size(); c++) {
				if (columns.size() <= c) {
					columns.add(new ArrayList<>());
				}
				columns.get(c).add(values.get(c));
			}
		}
		if (columns.isEmpty() || !columns.stream().allMatch(PdfUnruledTableThree::aligned)) {
			return null;
		}
		float[][] spans = new float[columns.size()][];
		for (int c = 0; c < spans.length; c++) {
			spans[c] = new float[] { (float) columns.get(c).stream().mapToDouble(Token::left).min().orElseThrow(),
					(float) columns.get(c).stream().mapToDouble(Token::right).max().orElseThrow() };
		}
		return ordered(spans) ? spans : null;
	}

	/** Whether figures share their left edge, their right edge or their middle, as a column's cells align them. */
	private static boolean aligned(List<Token> column) {
		float height = column.get(0).size();
		return spread(column, Token::left) <= ALIGNED * height || spread(column, Token::right) <= ALIGNED * height
				|| spread(column, (t) -> (t.left() + t.right()) / 2) <= ALIGNED * height;
	}

	private static double spread(List<Token> column, java.util.function.ToDoubleFunction<Token> edge) {
		return column.stream().mapToDouble(edge).max().orElseThrow() - column.stream().mapToDouble(edge).min().orElseThrow();
	}

	/**
	 * The seven columns' extents where the header prints the form's column labels, each stacked in its cell (自然 /
	 * 人): the header's runs are stacked by overlapping extents, narrowest first, and a run over several stacks
	 * (法人或其他组织, 申请人情况) is left out. Null unless exactly the form's seven labels, in its order, are found.
	 */
	private static float[][] headerColumns(List<List<Token>> header) {
		List<Token> tokens = new ArrayList<>(header.stream().flatMap(List::stream).toList());
		tokens.sort(Comparator.comparingDouble((Token t) -> t.right() - t.left()));
		List<List<Token>> stacks = new ArrayList<>();
		for (Token token : tokens) {
			List<List<Token>> over = stacks.stream()
				.filter((stack) -> stack.stream().anyMatch((t) -> token.overlaps(t.left(), t.right())))
				.toList();
			if (over.isEmpty()) {
				stacks.add(new ArrayList<>(List.of(token)));
			}
			else if (over.size() == 1) {
				over.get(0).add(token);
			}
		}
		List<float[]> columns = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		stacks.sort(Comparator.comparingDouble((List<Token> stack) -> stack.get(0).left()));
		for (List<Token> stack : stacks) {
			stack.sort(Comparator.comparingInt(Token::page).thenComparingDouble(Token::y));
			String label = Labels.normalize(String.join("", stack.stream().map(Token::text).toList()));
			if (FormWords.VALUE_COLUMNS.contains(label)) {
				labels.add(label);
				columns.add(new float[] { (float) stack.stream().mapToDouble(Token::left).min().orElse(0),
						(float) stack.stream().mapToDouble(Token::right).max().orElse(0) });
			}
		}
		float[][] spans = columns.toArray(new float[0][]);
		return (labels.equals(FormWords.VALUE_COLUMNS) && ordered(spans)) ? spans : null;
	}

	private static boolean ordered(float[][] columns) {
		if (columns == null) {
			return false;
		}
		for (int c = 1; c < columns.length; c++) {
			if (columns[c][0] <= columns[c - 1][1]) {
				return false;
			}
		}
		return true;
	}

	/** The lines between the heading of part 三 and the next part's, each split into its cells, page after page. */
	private static List<List<Token>> tableLines(List<List<Glyph>> pages, List<Float> heights) {
		List<List<Token>> table = new ArrayList<>();
		boolean inside = false;
		for (int p = 0; p < pages.size(); p++) {
			List<List<Glyph>> lines = PdfLayoutText.lines(pages.get(p));
			for (int l = 0; l < lines.size(); l++) {
				List<Glyph> line = lines.get(l);
				String text = String.join("", line.stream().map(Glyph::text).toList()).strip();
				String part = Headings.part(text);
				if (part != null) {
					if (inside && Headings.table(text) != 3) {
						return table;
					}
					inside = Headings.table(text) == 3;
					continue;
				}
				float y = line.get(0).y();
				boolean margin = y < heights.get(p) * MARGIN || y > heights.get(p) * (1 - MARGIN);
				if (inside && !(margin && PAGE_NUMBER.matcher(text).matches())) {
					table.add(tokens(line, p, l));
				}
			}
		}
		return inside ? table : List.of();
	}

	private static List<Token> tokens(List<Glyph> line, int page, int number) {
		List<Token> tokens = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		float left = 0;
		Glyph previous = null;
		for (Glyph glyph : line) {
			float gap = (previous != null) ? glyph.x() - previous.right() : 0;
			boolean digits = previous != null && isDigit(previous.text()) && isDigit(glyph.text());
			// digits set apart, or over one another, are two figures: never one number made of both
			if (previous != null && (digits ? Math.abs(gap) > DIGIT_GAP * glyph.size() : gap > CELL_GAP * glyph.size())) {
				tokens.add(new Token(text.toString(), left, previous.right(), previous.size(), page, number, previous.y()));
				text.setLength(0);
			}
			if (text.isEmpty()) {
				left = glyph.x();
			}
			text.append(glyph.text());
			previous = glyph;
		}
		if (previous != null) {
			tokens.add(new Token(text.toString(), left, previous.right(), previous.size(), page, number, previous.y()));
		}
		return tokens;
	}

	private static boolean isDigit(String text) {
		return text.length() == 1 && text.charAt(0) >= '0' && text.charAt(0) <= '9';
	}

}
