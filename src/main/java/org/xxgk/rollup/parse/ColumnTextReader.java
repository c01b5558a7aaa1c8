package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xxgk.rollup.parse.SourceDocument.Block;
import org.xxgk.rollup.parse.SourceDocument.Grid;
import org.xxgk.rollup.parse.SourceDocument.GridCell;
import org.xxgk.rollup.parse.SourceDocument.GridRow;
import org.xxgk.rollup.parse.SourceDocument.Paragraph;

/**
 * Reads plain text laid out in columns, as {@code pdftotext -layout} writes a PDF: cells separated by runs of two or
 * more spaces, a cell's place given by its character offset. The part headings 二、三、四 tell where the tables are
 * (or, where a heading was left out, the table's first header words: {@link TableLocator#startedBy});
 * a page number ({@code -4-}) between two rows is dropped. In tables 二 and 四 each line is a row. In table 三 the
 * rows are where the numbers are: a row label wraps onto the lines above and below its values, and the merged
 * labels at the left (三、本年度办理结果 one character per line, （三）不 / 予公开) spread over the lines between rows,
 * so every line without numbers goes to the nearest line with numbers, and a row's label text is put together
 * column by column, top to bottom. Values go to the value columns by their x position when a row has fewer of them
 * than the table (a blank cell).
 */
final class ColumnTextReader {

	/** A cell: text whose words are separated by single spaces at most. */
	private static final Pattern TOKEN = Pattern.compile("\\S+(?: \\S+)*");

	private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–－]+\\s*\\d{1,3}\\s*[-—–－]+$");

	/** Label fragments whose offsets differ by this much or less are one column. */
	private static final int COLUMN_SLACK = 3;

	/** Text further than this many lines from any row of numbers is not part of the table. */
	private static final int MAX_LABEL_DISTANCE = 3;

	/** One cell as placed on its line, and whether it is a value (a number or a dash). */
	private record Token(String text, int start, int end, int line, boolean isValue) {

		Token(String text, int start, int end, int line) {
			this(text, start, end, line, CellReader.isValueLike(text));
		}

	}

	/** A line of a table region, split into its cells; {@code values} of them, at the end, are values. */
	private record Line(int number, List<Token> tokens, int values) {

		Line(int number, List<Token> tokens) {
			this(number, tokens, trailingValues(tokens));
		}

		private static int trailingValues(List<Token> tokens) {
			int count = 0;
			for (int i = tokens.size() - 1; i >= 0 && tokens.get(i).isValue(); i--) {
				count++;
			}
			return count;
		}

		List<Token> labels() {
			return this.tokens.subList(0, this.tokens.size() - this.values);
		}

		List<Token> valueTokens() {
			return this.tokens.subList(this.tokens.size() - this.values, this.tokens.size());
		}

	}

	SourceDocument read(String text) {
		String[] lines = text.split("\r\n|\r|\n", -1);
		List<Block> blocks = new ArrayList<>();
		List<Line> region = new ArrayList<>();
		int table = 0;
		for (int i = 0; i < lines.length; i++) {
			// a PDF laid out by PdfLayoutText fills wide characters' second column; headings and prose are read without
			String line = lines[i].replace(String.valueOf(PdfLayoutText.FILLER), "").strip();
			if (line.isEmpty() || PAGE_NUMBER.matcher(line).matches()) {
				continue;
			}
			int started = TableLocator.startedBy(line);
			if (Headings.part(line) != null) {
				endRegion(blocks, region, table);
				table = Headings.table(line);
				blocks.add(new Paragraph(line, i + 1));
			}
			else if (started != 0 && started != table) {
				// a table printed without its heading
				endRegion(blocks, region, table);
				table = started;
				region.add(new Line(i + 1, tokens(lines[i].stripTrailing(), i + 1)));
			}
			else if (table == 0) {
				blocks.add(new Paragraph(line, i + 1));
			}
			else {
				region.add(new Line(i + 1, tokens(lines[i].stripTrailing(), i + 1)));
			}
		}
		endRegion(blocks, region, table);
		return new SourceDocument(List.copyOf(blocks));
	}

	/** A page number a PDF's text carries between two lines of a part or a table: {@code -4-}. */
	static boolean isPageNumber(String line) {
		return PAGE_NUMBER.matcher(line.strip()).matches();
	}

	private static List<Token> tokens(String line, int number) {
		List<Token> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(line);
		while (matcher.find()) {
			tokens.add(new Token(matcher.group(), matcher.start(), matcher.end(), number));
		}
		return tokens;
	}

	private static void endRegion(List<Block> blocks, List<Line> region, int table) {
		if (region.isEmpty()) {
			return;
		}
		if (region.stream().noneMatch((line) -> line.values() > 0)) {
			// a table published as an image leaves only its caption
			region.forEach((line) -> blocks.add(new Paragraph(text(line), line.number())));
		}
		else {
			blocks.add(new Grid(switch (table) {
				case 2 -> tableTwoRows(region);
				case 3 -> rowsByNumbers(region);
				case 4 -> rowPerLine(region.stream().map(ColumnTextReader::reviewValuesApart).toList());
				default -> rowPerLine(region);
			}));
		}
		region.clear();
	}

	private static List<GridRow> rowPerLine(List<Line> region) {
		return region.stream().map(ColumnTextReader::row).toList();
	}

	/**
	 * Table 四's line of values short of its fifteen with two cells' numbers run together ({@link GluedNumbers}):
	 * numbers one space apart taken apart when that gives the fifteen, digits without a gap cut where that alone makes
	 * each group's 总计 its four results' sum. Else the line stays as printed (and is refused as unplaced).
	 */
	private static Line reviewValuesApart(Line line) {
		if (line.values() == 0 || line.values() >= GluedNumbers.REVIEW_VALUES) {
			return line;
		}
		List<Token> apart = apart(line.valueTokens());
		List<Token> tokens = new ArrayList<>(line.labels());
		if (apart.size() == GluedNumbers.REVIEW_VALUES) {
			tokens.addAll(apart);
			return new Line(line.number(), tokens);
		}
		List<String> texts = line.valueTokens().stream().map(Token::text).toList();
		List<GluedNumbers.Cut> cuts = GluedNumbers.cuts(texts, GluedNumbers.REVIEW_VALUES, GluedNumbers::reviewTotalsHold);
		if (cuts.size() != 1) {
			return line;
		}
		GluedNumbers.Cut cut = cuts.get(0);
		for (int v = 0; v < line.valueTokens().size(); v++) {
			Token token = line.valueTokens().get(v);
			if (v == cut.value()) {
				tokens.add(new Token(token.text().substring(0, cut.at()), token.start(), token.start() + cut.at(), token.line()));
				tokens.add(new Token(token.text().substring(cut.at()), token.start() + cut.at(), token.end(), token.line()));
			}
			else {
				tokens.add(token);
			}
		}
		return new Line(line.number(), tokens);
	}

	private static GridRow row(Line line) {
		return new GridRow(line.tokens().stream().map(ColumnTextReader::cell).toList());
	}

	/**
	 * Table 二, a row per line. An item row with fewer values than its block's header (信息内容 and its column labels)
	 * has columns left blank: each value goes to the header column its offset falls under or is nearest to. When two
	 * values would share a column the row's positions are lost, so that TABLE-INCOMPLETE names it as printed but
	 * unplaced rather than figures read into the wrong column.
	 */
	private static List<GridRow> tableTwoRows(List<Line> region) {
		List<GridRow> rows = new ArrayList<>();
		List<Token> columns = List.of();
		for (Line line : region) {
			List<Token> tokens = line.tokens();
			if (!tokens.isEmpty() && LabelKey.of(tokens.get(0).text()).equals(FormWords.CONTENT)) {
				columns = tokens.subList(1, tokens.size());
			}
			if (line.values() == 0 || line.values() >= columns.size() || line.labels().size() != 1) {
				rows.add(row(line));
				continue;
			}
			GridCell[] placed = new GridCell[columns.size()];
			boolean clash = false;
			for (Token value : line.valueTokens()) {
				int column = underColumn(columns, value);
				clash |= placed[column] != null;
				placed[column] = cell(value);
			}
			if (clash) {
				rows.add(new GridRow(row(line).cells(), true));
				continue;
			}
			List<GridCell> cells = new ArrayList<>(List.of(cell(line.labels().get(0))));
			for (GridCell placedCell : placed) {
				cells.add((placedCell != null) ? placedCell : new GridCell("", line.number()));
			}
			rows.add(new GridRow(List.copyOf(cells)));
		}
		return rows;
	}

	/** The header column whose text spans the value's middle, or the one nearest to it. */
	private static int underColumn(List<Token> columns, Token value) {
		double middle = (value.start() + value.end()) / 2.0;
		int best = 0;
		double bestDistance = Double.MAX_VALUE;
		for (int c = 0; c < columns.size(); c++) {
			Token column = columns.get(c);
			double distance = Math.max(0, Math.max(column.start() - middle, middle - column.end()));
			if (distance < bestDistance) {
				best = c;
				bestDistance = distance;
			}
		}
		return best;
	}

	/**
	 * Table 三: the lines before the first line with numbers are the header, one row each; after it, every line with
	 * numbers is a row, and the text of the lines between them goes to the nearest. A line whose own (right-most)
	 * label is a row label of the form, letter for letter, but that has no numbers is a row the unit left blank: it is
	 * a row of blank cells, unless some line of numbers is then left without any label, which says the layout moved
	 * the numbers away from their label (the row is then read as before, and found incomplete).
	 */
	private static List<GridRow> rowsByNumbers(List<Line> region) {
		List<GridRow> rows = new ArrayList<>();
		int first = 0;
		while (region.get(first).values() == 0) {
			rows.add(new GridRow(region.get(first).tokens().stream().map(ColumnTextReader::cell).toList()));
			first++;
		}
		List<Line> body = region.subList(first, region.size());
		List<GridRow> withBlankRows = dataRows(body, true);
		rows.addAll((withBlankRows != null) ? withBlankRows : dataRows(body, false));
		return rows;
	}

	/**
	 * The data rows of table 三's body, with label-only lines naming a row read as blank rows when {@code blankRows};
	 * null when that leaves a line of numbers without a label.
	 */
	private static List<GridRow> dataRows(List<Line> body, boolean blankRows) {
		List<Line> rowLines = body.stream().filter((l) -> l.values() > 0 || blankRows && isBlankRow(l)).toList();
		List<Line> valueLines = rowLines.stream().filter((l) -> l.values() > 0).toList();
		List<List<Token>> labels = new ArrayList<>();
		rowLines.forEach((line) -> labels.add(new ArrayList<>(line.labels())));
		for (Line line : body) {
			if (line.values() == 0 && !rowLines.contains(line)) {
				int nearest = nearest(valueLines, line.number());
				if (Math.abs(valueLines.get(nearest).number() - line.number()) <= MAX_LABEL_DISTANCE) {
					labels.get(rowLines.indexOf(valueLines.get(nearest))).addAll(line.tokens());
				}
			}
		}
		if (valueLines.size() < rowLines.size() && labels.stream().anyMatch(List::isEmpty)) {
			return null;
		}
		int width = valueLines.stream().mapToInt(Line::values).max().orElse(0);
		List<GridRow> rows = new ArrayList<>();
		for (int v = 0; v < rowLines.size(); v++) {
			List<GridCell> cells = new ArrayList<>(labelCells(labels.get(v)));
			Values values = valueCells(rowLines, v, width);
			// values no column can be told for stay as they are, and the row says their places are lost
			cells.addAll((values.cells() != null) ? values.cells()
					: rowLines.get(v).valueTokens().stream().map(ColumnTextReader::cell).toList());
			rows.add(new GridRow(List.copyOf(cells), values.cells() == null, values.runTogether()));
		}
		return rows;
	}

	/** A line without numbers whose right-most cell is the own label of a row of table 三. */
	private static boolean isBlankRow(Line line) {
		return line.values() == 0 && !line.tokens().isEmpty()
				&& FormOrder.isOwnRowLabel(line.tokens().get(line.tokens().size() - 1).text());
	}

	/** The value line nearest to a line; of two as near, the one above (a label wraps down from its first line). */
	private static int nearest(List<Line> valueLines, int number) {
		int best = 0;
		for (int v = 1; v < valueLines.size(); v++) {
			if (Math.abs(valueLines.get(v).number() - number) < Math.abs(valueLines.get(best).number() - number)) {
				best = v;
			}
		}
		return best;
	}

	/** A row's label fragments as label cells: grouped into columns by offset, each read top to bottom. */
	private static List<GridCell> labelCells(List<Token> fragments) {
		List<Token> byOffset = new ArrayList<>(fragments);
		byOffset.sort(Comparator.comparingInt(Token::start).thenComparingInt(Token::line));
		List<List<Token>> columns = new ArrayList<>();
		for (Token token : byOffset) {
			List<Token> last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
			if (last != null && token.start() - last.get(0).start() <= COLUMN_SLACK) {
				last.add(token);
			}
			else {
				columns.add(new ArrayList<>(List.of(token)));
			}
		}
		List<GridCell> cells = new ArrayList<>();
		for (List<Token> column : columns) {
			column.sort(Comparator.comparingInt(Token::line));
			String text = String.join("\n", column.stream().map(Token::text).toList());
			cells.add(new GridCell(text, column.get(0).line()));
		}
		return cells;
	}

	/**
	 * A row's values in their columns, or null cells when no column can be told; {@code runTogether} what the row printed
	 * run together: why no column can be told, or how digits without a gap were cut into two cells.
	 */
	private record Values(List<GridCell> cells, String runTogether) {
	}

	/**
	 * A row's values in the table's {@code width} value columns. Numbers printed one space apart are taken apart when
	 * that fills the row ({@link GluedNumbers}). A row with fewer values (a blank cell) places each by its right edge
	 * (numbers are right-aligned) against the nearest row that has them all; no columns when no row has them all or
	 * two values fall in one column. A row of table 三's seven so placed whose 总计 is not the sum of its parts may
	 * hold two numbers printed without a gap: they are cut where that alone makes the sum hold; with no such cut, a
	 * part longer than the 总计, or numbers one space apart that do not fill the row, leave no columns, named as printed.
	 */
	private static Values valueCells(List<Line> valueLines, int v, int width) {
		Line line = valueLines.get(v);
		List<Token> printed = line.valueTokens();
		// a full row's digits one space apart are one number (3 119, an OCR's 1 8)
		List<Token> values = (printed.size() < width) ? apart(printed) : printed;
		List<GridCell> cells = new ArrayList<>();
		if (values.size() == width) {
			values.forEach((token) -> cells.add(cell(token)));
			return new Values(cells, null);
		}
		Line fullLine = nearestFull(valueLines, v, width);
		List<Token> full = (fullLine != null) ? fullLine.valueTokens() : null;
		boolean tableThree = width == FormWords.VALUE_COLUMNS.size();
		Token gapped = printed.stream().filter((token) -> GluedNumbers.isGapped(token.text())).findFirst().orElse(null);
		if (tableThree && gapped != null) {
			// which of the row's cells the numbers one space apart are cannot be told
			return new Values(null, runTogether(gapped, (full != null) ? closestColumn(full, gapped, Token::start) : -1, -1));
		}
		Token[] placed = new Token[width];
		for (Token token : values) {
			int column = (full != null) ? closestColumn(full, token) : -1;
			if (column < 0 || placed[column] != null) {
				// no row to align with, or two values in one column: which column is blank is a guess
				return new Values(null, null);
			}
			placed[column] = token;
		}
		List<String> row = new ArrayList<>();
		for (Token token : placed) {
			row.add((token != null) ? token.text() : "");
		}
		if (tableThree && !GluedNumbers.rowTotalHolds(GluedNumbers.numbers(row))) {
			List<String> texts = values.stream().map(Token::text).toList();
			List<GluedNumbers.Cut> cuts = GluedNumbers.cuts(texts, width, GluedNumbers::rowTotalHolds);
			if (cuts.size() == 1) {
				List<String> apart = GluedNumbers.cut(texts, cuts.get(0));
				apart.forEach((text) -> cells.add(new GridCell(text, line.number())));
				return new Values(cells, readApart(texts.get(cuts.get(0).value()), cuts.get(0).value(), apart));
			}
			int longer = GluedNumbers.partLongerThanTotal(row);
			if (longer >= 0) {
				int blank = (longer > 0 && placed[longer - 1] == null) ? longer - 1
						: (longer + 1 < width && placed[longer + 1] == null) ? longer + 1 : -1;
				return new Values(null, runTogether(placed[longer], longer, blank));
			}
		}
		row.forEach((text) -> cells.add(new GridCell(text, line.number())));
		return new Values(cells, null);
	}

	/** The values with each one holding numbers one space apart taken apart, each number at its own offsets. */
	private static List<Token> apart(List<Token> values) {
		List<Token> apart = new ArrayList<>();
		for (Token token : values) {
			for (int[] span : GluedNumbers.numbers(token.text())) {
				apart.add(new Token(token.text().substring(span[0], span[1]), token.start() + span[0],
						token.start() + span[1], token.line()));
			}
		}
		return apart;
	}

	/**
	 * What TABLE-INCOMPLETE says of a value holding two cells' numbers: as printed, with the two columns of table 三
	 * it covers when told ({@code column} and {@code other}, or the one after {@code column}).
	 */
	private static String runTogether(Token value, int column, int other) {
		List<String> columns = FormWords.VALUE_COLUMNS;
		String where = "";
		if (column >= 0) {
			int first = (other >= 0) ? Math.min(column, other) : Math.min(column, columns.size() - 2);
			where = columns.get(first) + "、" + columns.get(first + 1) + "两栏";
		}
		return "印作“" + value.text() + "”，疑为" + (where.isEmpty() ? "两栏" : where) + "的数字连在一起";
	}

	/**
	 * What CELL-RUN-TOGETHER says of digits printed without a gap and cut by the row's 总计: as printed, and the two
	 * figures read in their columns of table 三 ({@code column} and the one after).
	 */
	private static String readApart(String printed, int column, List<String> row) {
		List<String> columns = FormWords.VALUE_COLUMNS;
		return "印作“" + printed + "”，按总计读作" + columns.get(column) + " " + row.get(column) + "、"
				+ columns.get(column + 1) + " " + row.get(column + 1);
	}

	private static Line nearestFull(List<Line> valueLines, int v, int width) {
		Line best = null;
		for (Line line : valueLines) {
			if (line.values() == width && (best == null || Math.abs(line.number() - valueLines.get(v).number()) < Math
				.abs(best.number() - valueLines.get(v).number()))) {
				best = line;
			}
		}
		return best;
	}

	/** The column whose value ends nearest to where the token ends (numbers are right-aligned). */
	private static int closestColumn(List<Token> columns, Token token) {
		return closestColumn(columns, token, Token::end);
	}

	/** The column whose value has its {@code edge} nearest to the token's. */
	private static int closestColumn(List<Token> columns, Token token, java.util.function.ToIntFunction<Token> edge) {
		int best = 0;
		for (int c = 1; c < columns.size(); c++) {
			if (Math.abs(edge.applyAsInt(columns.get(c)) - edge.applyAsInt(token))
					< Math.abs(edge.applyAsInt(columns.get(best)) - edge.applyAsInt(token))) {
				best = c;
			}
		}
		return best;
	}

	private static GridCell cell(Token token) {
		return new GridCell(token.text(), token.line());
	}

	private static String text(Line line) {
		return String.join(" ", line.tokens().stream().map(Token::text).toList());
	}

}
