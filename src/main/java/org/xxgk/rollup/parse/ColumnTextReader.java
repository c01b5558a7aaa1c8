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

	private static final Pattern PAGE_NUMBER = Pattern
		.compile("^[-—–－]+\\s*\\d{1,3}\\s*[-—–－]+$|^第\\s*\\d{1,3}\\s*页\\s*(共\\s*\\d{1,3}\\s*页)?$");

	/** The page break pdftotext writes before a page's first line. */
	private static final char FORM_FEED = '\f';

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
		boolean pageTop = false;
		for (int i = 0; i < lines.length; i++) {
			// a PDF laid out by PdfLayoutText fills wide characters' second column; headings and prose are read without
			String line = lines[i].replace(String.valueOf(PdfLayoutText.FILLER), "").strip();
			pageTop |= lines[i].indexOf(FORM_FEED) >= 0;
			if (line.isEmpty() || PAGE_NUMBER.matcher(line).matches()) {
				continue;
			}
			if (pageTop && table != 0 && isRepeatedOnPage(line, region)) {
				// a table across pages: the next page's running title and the table's header printed again
				continue;
			}
			pageTop = false;
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

	/**
	 * A line at the top of a page inside a table that is no row of it: the report's title as running header, or a
	 * line of the table's header repeated (each of its cells one of the header's, before the first line of figures).
	 */
	private static boolean isRepeatedOnPage(String line, List<Line> region) {
		List<Token> tokens = tokens(line, 0);
		if (tokens.stream().anyMatch(Token::isValue)) {
			return false;
		}
		if (tokens.size() == 1 && line.contains("年度报告")) {
			return true;
		}
		java.util.Set<String> header = new java.util.HashSet<>();
		for (Line row : region) {
			if (row.values() > 0) {
				break;
			}
			row.tokens().forEach((token) -> header.add(token.text()));
		}
		return region.stream().anyMatch((row) -> row.values() > 0)
				&& tokens.stream().allMatch((token) -> header.contains(token.text()));
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
				case 4 -> region.stream().map(ColumnTextReader::reviewRow).toList();
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
	 * each group's 总计 its four results' sum, the row then saying so (CELL-RUN-TOGETHER: the text as printed and the two
	 * figures in their columns, in the form's words). Else the line stays as printed (and is refused as unplaced).
	 */
	private static GridRow reviewRow(Line line) {
		if (line.values() == 0 || line.values() >= GluedNumbers.REVIEW_VALUES) {
			return row(line);
		}
		List<Token> apart = apart(line.valueTokens());
		List<Token> tokens = new ArrayList<>(line.labels());
		if (apart.size() == GluedNumbers.REVIEW_VALUES) {
			tokens.addAll(apart);
			return row(new Line(line.number(), tokens));
		}
		List<String> texts = line.valueTokens().stream().map(Token::text).toList();
		List<GluedNumbers.Cut> cuts = GluedNumbers.cuts(texts, GluedNumbers.REVIEW_VALUES, GluedNumbers::reviewTotalsHold);
		if (cuts.size() != 1) {
			return row(line);
		}
		GluedNumbers.Cut cut = cuts.get(0);
		List<String> read = GluedNumbers.cut(texts, cut);
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
		return new GridRow(row(new Line(line.number(), tokens)).cells(), false,
				reviewReadApart(texts.get(cut.value()), cut.value(), read));
	}

	/**
	 * What CELL-RUN-TOGETHER says of table 四's digits printed without a gap and cut by the groups' 总计: as printed,
	 * and the two figures in their columns (the group and the result, as the form heads them).
	 */
	private static String reviewReadApart(String printed, int column, List<String> row) {
		List<org.xxgk.rollup.model.Metric> columns = org.xxgk.rollup.model.MetricCatalog.standard().ofTable(4);
		org.xxgk.rollup.model.Template form = org.xxgk.rollup.model.Template.V2021;
		return "印作“" + printed + "”，按各组总计读作" + columns.get(column).rowLabel(form) + "“"
				+ columns.get(column).columnLabel(form) + "” " + row.get(column) + "、" + columns.get(column + 1).rowLabel(form)
				+ "“" + columns.get(column + 1).columnLabel(form) + "” " + row.get(column + 1);
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
		List<Line> printed = region.subList(first, region.size());
		java.util.Set<Integer> unplaced = new java.util.HashSet<>();
		int width = printed.stream().mapToInt(Line::values).max().orElse(0);
		double[] centres = (width < FormWords.VALUE_COLUMNS.size()) ? headerCentres(region.subList(0, first)) : null;
		List<Line> body = (centres != null) ? placedByHeader(printed, centres, unplaced) : rejoinSplitRows(printed);
		List<GridRow> withBlankRows = dataRows(body, true, unplaced);
		rows.addAll((withBlankRows != null) ? withBlankRows : dataRows(body, false, unplaced));
		return rows;
	}

	/**
	 * Where table 三's header prints its seven value columns, in the form's order: the middle of each column label's
	 * top line (自然 over 人, 社会 over 公益 over 组织, the lines below continuing it within a few characters). Null
	 * when a label is not found once, spelled whole, or the labels do not stand left to right in the form's order.
	 */
	private static double[] headerCentres(List<Line> header) {
		List<String> names = FormWords.VALUE_COLUMNS;
		double[] centres = new double[names.size()];
		for (int c = 0; c < names.size(); c++) {
			String name = names.get(c);
			List<Token> found = new ArrayList<>();
			for (int l = 0; l < header.size(); l++) {
				for (Token top : header.get(l).tokens()) {
					if (name.startsWith(top.text()) && spelledDown(header, l, top, name)) {
						found.add(top);
					}
				}
			}
			if (found.size() != 1 || c > 0 && centre(found.get(0)) <= centres[c - 1]) {
				return null;
			}
			centres[c] = centre(found.get(0));
		}
		return centres;
	}

	/** The label {@code name} spelled from {@code top} down by fragments under it, each within three lines. */
	private static boolean spelledDown(List<Line> header, int l, Token top, String name) {
		StringBuilder spelled = new StringBuilder(top.text());
		Token last = top;
		int lastLine = l;
		for (int k = l + 1; k < header.size() && k - lastLine <= MAX_LABEL_DISTANCE && spelled.length() < name.length(); k++) {
			for (Token next : header.get(k).tokens()) {
				if (next.start() <= last.end() + COLUMN_SLACK && next.end() >= last.start() - COLUMN_SLACK
						&& name.startsWith(spelled + next.text())) {
					spelled.append(next.text());
					last = next;
					lastLine = k;
					break;
				}
			}
		}
		return spelled.toString().equals(name);
	}

	private static double centre(Token token) {
		return (token.start() + token.end()) / 2.0;
	}

	/**
	 * Table 三 when no line prints all seven columns (a unit that filled in 自然人 and 总计 only, the 法人 cells
	 * blank): each value is placed by how far left of its row's 总计 it stands against the header's columns (a page
	 * laid out wider moves the row's values and its 总计 together), and the row is taken only when its 总计 is the
	 * sum of the values so placed. A value is placed only when it is within three characters of one column's place
	 * and less than half as far from it as from any other's (a column's place is five characters from the next); a
	 * number printed one space after the label's text ({@code 出具已 0}) is 自然人's when it stands at least as far
	 * left as 自然人's place (a value is pushed right by text, never left). A
	 * line with its 总计 alone (a wrapped label's first line) is one row with the neighbouring line (within two lines)
	 * whose figures then add up to it, when exactly one does. A line no column can be told for stays as printed and is
	 * named unplaced ({@code unplaced}, its line number), so that TABLE-INCOMPLETE refuses it.
	 */
	private static List<Line> placedByHeader(List<Line> body, double[] centres, java.util.Set<Integer> unplaced) {
		List<Line> rows = new ArrayList<>(body);
		double reference = Double.NaN;
		java.util.Set<Integer> used = new java.util.HashSet<>();
		for (int l = 0; l < body.size(); l++) {
			Line line = body.get(l);
			if (line.values() >= 2) {
				Line placed = placeRow(line, null, centres);
				if (placed == null) {
					Line apart = numberApartFromLabel(line);
					placed = (apart != null) ? placeRow(apart, line, centres) : null;
				}
				if (placed != null) {
					rows.set(l, placed);
					reference = centre(line.valueTokens().get(line.values() - 1));
				}
				else {
					unplaced.add(line.number());
				}
			}
		}
		for (int l = 0; l < body.size(); l++) {
			Line line = body.get(l);
			if (line.values() != 1 || used.contains(l)) {
				continue;
			}
			Token value = line.valueTokens().get(0);
			double total = totalNear(body, rows, l, reference);
			if (Double.isNaN(total) || Math.abs(centre(value) - total) > COLUMN_SLACK) {
				// a value alone that is not its row's 总计: taken with a 总计 alone, or unplaced
				continue;
			}
			List<Integer> parts = new ArrayList<>();
			List<Line> merged = new ArrayList<>();
			for (int step : new int[] { -1, 1 }) {
				int o = partsLine(body, l, step);
				if (o < 0 || used.contains(o)) {
					continue;
				}
				Line other = body.get(o);
				Line apart = numberApartFromLabel(other);
				Line candidate = (apart != null) ? apart : other;
				List<Token> tokens = new ArrayList<>(line.labels());
				tokens.addAll(candidate.labels());
				tokens.sort(Comparator.comparingInt(Token::line).thenComparingInt(Token::start));
				tokens.addAll(candidate.valueTokens());
				tokens.add(value);
				Line row = placeRow(new Line(other.number(), tokens), (apart != null) ? other : null, centres);
				if (row != null) {
					parts.add(o);
					merged.add(row);
				}
			}
			if (parts.size() == 1) {
				rows.set(parts.get(0), merged.get(0));
				rows.set(l, new Line(line.number(), List.of()));
				used.add(parts.get(0));
				used.add(l);
				continue;
			}
			Line apart = numberApartFromLabel(line);
			Line placed = (parts.isEmpty() && apart != null) ? placeRow(apart, line, centres) : null;
			if (placed != null) {
				rows.set(l, placed);
				used.add(l);
			}
		}
		for (int l = 0; l < body.size(); l++) {
			if (body.get(l).values() == 1 && !used.contains(l)) {
				unplaced.add(body.get(l).number());
			}
		}
		return rows;
	}

	/** The 总计's place on the rows nearest to the line: the last value of the nearest row placed with two or more. */
	private static double totalNear(List<Line> body, List<Line> rows, int l, double fallback) {
		for (int distance = 1; distance < body.size(); distance++) {
			for (int o : new int[] { l - distance, l + distance }) {
				if (o >= 0 && o < body.size() && body.get(o).values() >= 2 && rows.get(o) != body.get(o)) {
					return centre(body.get(o).valueTokens().get(body.get(o).values() - 1));
				}
			}
		}
		return fallback;
	}

	/**
	 * The next line before ({@code step} -1) or after the line at {@code l}, within two lines, that has values or a
	 * number one space after its label, or -1.
	 */
	private static int partsLine(List<Line> body, int l, int step) {
		for (int o = l + step; o >= 0 && o < body.size(); o += step) {
			if (Math.abs(body.get(o).number() - body.get(l).number()) > 2) {
				return -1;
			}
			if (body.get(o).values() > 0 || numberApartFromLabel(body.get(o)) != null) {
				return (body.get(o).values() <= 1) ? o : -1;
			}
		}
		return -1;
	}

	/**
	 * The line's values in the seven columns (blank cells as empty values), its last value the 总计 and the others
	 * placed by their distance left of it; null when one cannot be told, two share a column, or the 总计 is not their
	 * sum. {@code glued} is the line as printed when its first value was printed one space after the label.
	 */
	private static Line placeRow(Line line, Line glued, double[] centres) {
		List<Token> values = line.valueTokens();
		int totalColumn = centres.length - 1;
		Token total = values.get(values.size() - 1);
		Token[] placed = new Token[centres.length];
		placed[totalColumn] = total;
		java.math.BigInteger sum = java.math.BigInteger.ZERO;
		for (int v = 0; v < values.size() - 1; v++) {
			Token value = values.get(v);
			double distance = centre(total) - centre(value);
			int column = (glued != null && v == 0)
					? ((distance >= centres[totalColumn] - centres[0] - COLUMN_SLACK) ? 0 : -1)
					: columnAt(centres, distance);
			if (column < 0 || placed[column] != null || !value.text().matches("\\d+")) {
				return null;
			}
			placed[column] = value;
			sum = sum.add(new java.math.BigInteger(value.text()));
		}
		if (!total.text().matches("\\d+") || !sum.equals(new java.math.BigInteger(total.text()))) {
			return null;
		}
		List<Token> tokens = new ArrayList<>(line.labels());
		for (int c = 0; c < placed.length; c++) {
			int at = (int) Math.round(centre(total) - (centres[totalColumn] - centres[c]));
			tokens.add((placed[c] != null) ? placed[c] : new Token("", at, at, line.number(), true));
		}
		return new Line(line.number(), tokens);
	}

	/**
	 * The applicant column whose place is {@code distance} left of the 总计's, within three characters and less than
	 * half as far as the next nearest, or -1.
	 */
	private static int columnAt(double[] centres, double distance) {
		int total = centres.length - 1;
		int best = -1;
		double bestError = Double.MAX_VALUE;
		double secondError = Double.MAX_VALUE;
		for (int c = 0; c < total; c++) {
			double error = Math.abs(distance - (centres[total] - centres[c]));
			if (error < bestError) {
				secondError = bestError;
				bestError = error;
				best = c;
			}
			else if (error < secondError) {
				secondError = error;
			}
		}
		return (bestError <= COLUMN_SLACK && secondError >= 2 * bestError + 1) ? best : -1;
	}

	/** A label cell ending in a number one space after its text: {@code 5.要求行政机关确认或重新出具已 0}. */
	private static final Pattern LABEL_THEN_NUMBER = Pattern.compile("(.*[^\\d\\s.．]) (\\d+)");

	/**
	 * Table 三's rows as a PDF whose wrapped label cells are centred prints them: a row whose label wraps over three
	 * lines prints its 总计 (a single line) on the label's first line and its other figures on the middle one, and the
	 * first of those figures may be printed one space after the label's text ({@code 出具已 0}). A line with the 总计
	 * alone, next to a line with the row's other figures and no 总计 (only label lines between), is one row with it
	 * when the 总计 is the sum of those figures, and only then: of two such neighbours whose sums both hold, neither
	 * is taken. A number one space after the label is taken apart from it only when that makes the row's figures
	 * complete (seven, or six and the 总计 on the next line).
	 */
	private static List<Line> rejoinSplitRows(List<Line> body) {
		int width = body.stream().mapToInt(Line::values).max().orElse(0);
		if (width != FormWords.VALUE_COLUMNS.size()) {
			return body;
		}
		List<Line> lines = new ArrayList<>();
		for (Line line : body) {
			Line apart = numberApartFromLabel(line);
			lines.add((apart != null && apart.values() == width) ? apart : line);
		}
		List<Line> rows = new ArrayList<>(lines);
		for (int l = 0; l < lines.size(); l++) {
			Line total = lines.get(l);
			Line full = nearestFull(lines, l, width);
			if (total.values() != 1 || full == null
					|| closestColumn(full.valueTokens(), total.valueTokens().get(0)) != width - 1) {
				continue;
			}
			List<Integer> parts = new ArrayList<>();
			for (int step : new int[] { -1, 1 }) {
				int o = neighbour(lines, l, step);
				Line other = (o >= 0) ? lines.get(o) : null;
				Line apart = (other != null) ? numberApartFromLabel(other) : null;
				Line candidate = (apart != null && apart.values() == width - 1) ? apart : other;
				if (candidate != null && sumIs(candidate, total, full, width)) {
					lines.set(o, candidate);
					parts.add(o);
				}
			}
			if (parts.size() == 1) {
				int o = parts.get(0);
				Line other = lines.get(o);
				List<Token> tokens = new ArrayList<>(total.labels());
				tokens.addAll(other.labels());
				tokens.sort(Comparator.comparingInt(Token::line).thenComparingInt(Token::start));
				tokens.addAll(other.valueTokens());
				tokens.addAll(total.valueTokens());
				rows.set(o, new Line(other.number(), tokens));
				rows.set(l, new Line(total.number(), List.of()));
			}
		}
		return rows;
	}

	/** The next line with values before ({@code step} -1) or after the line at {@code l}, within two lines, or -1. */
	private static int neighbour(List<Line> lines, int l, int step) {
		for (int o = l + step; o >= 0 && o < lines.size(); o += step) {
			if (Math.abs(lines.get(o).number() - lines.get(l).number()) > 2) {
				return -1;
			}
			if (lines.get(o).values() > 0) {
				return o;
			}
		}
		return -1;
	}

	/** The line's figures, none in the 总计 column, add up to the 总计 printed alone on another line. */
	private static boolean sumIs(Line parts, Line total, Line full, int width) {
		if (parts.values() == 0 || parts.values() >= width) {
			return false;
		}
		java.math.BigInteger sum = java.math.BigInteger.ZERO;
		for (Token token : parts.valueTokens()) {
			if (!token.text().matches("\\d+") || closestColumn(full.valueTokens(), token) == width - 1) {
				return false;
			}
			sum = sum.add(new java.math.BigInteger(token.text()));
		}
		String printed = total.valueTokens().get(0).text();
		return printed.matches("\\d+") && sum.equals(new java.math.BigInteger(printed));
	}

	/** The line with a number printed one space after its last label cell taken apart as a value, or null. */
	private static Line numberApartFromLabel(Line line) {
		int last = line.tokens().size() - line.values() - 1;
		if (last < 0) {
			return null;
		}
		Token label = line.tokens().get(last);
		Matcher glued = LABEL_THEN_NUMBER.matcher(label.text());
		if (!glued.matches()) {
			return null;
		}
		List<Token> tokens = new ArrayList<>(line.tokens().subList(0, last));
		tokens.add(new Token(glued.group(1), label.start(), label.start() + glued.end(1), label.line()));
		tokens.add(new Token(glued.group(2), label.start() + glued.start(2), label.end(), label.line()));
		tokens.addAll(line.valueTokens());
		return new Line(line.number(), tokens);
	}

	/**
	 * The data rows of table 三's body, with label-only lines naming a row read as blank rows when {@code blankRows};
	 * null when that leaves a line of numbers without a label.
	 */
	private static List<GridRow> dataRows(List<Line> body, boolean blankRows, java.util.Set<Integer> unplaced) {
		List<Line> rowLines = body.stream().filter((l) -> l.values() > 0 || blankRows && isBlankRow(l)).toList();
		List<Line> valueLines = rowLines.stream().filter((l) -> l.values() > 0).toList();
		List<List<Token>> labels = new ArrayList<>();
		rowLines.forEach((line) -> labels.add(new ArrayList<>(line.labels())));
		for (Line line : body) {
			if (line.values() == 0 && !rowLines.contains(line)) {
				int closest = nearest(valueLines, line.number());
				int nearest = continuedAbove(body, valueLines, line, closest);
				if (nearest != closest || Math.abs(valueLines.get(nearest).number() - line.number()) <= MAX_LABEL_DISTANCE) {
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
			List<GridCell> cells = new ArrayList<>(labelCells(labels.get(v), rowLines.get(v).number()));
			Values values = unplaced.contains(rowLines.get(v).number()) ? new Values(null, null)
					: valueCells(rowLines, v, width);
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

	/**
	 * The value line a label line nearest to the one below belongs to: the one above instead when it is as near as
	 * allowed in the copy's lines (a page's running title and repeated header between them left out) and the line
	 * below starts its own numbered label where this line's text stands (纳费用… 信息公开申请 over 3.其他: the rest
	 * of 2.'s label, not the start of 3.'s).
	 */
	private static int continuedAbove(List<Line> body, List<Line> valueLines, Line line, int nearest) {
		Line below = valueLines.get(nearest);
		if (nearest == 0 || below.number() < line.number() || line.tokens().isEmpty()
				|| body.indexOf(line) - body.indexOf(valueLines.get(nearest - 1)) > MAX_LABEL_DISTANCE) {
			return nearest;
		}
		Token text = line.tokens().get(line.tokens().size() - 1);
		boolean ownLabelBelow = below.labels().stream()
			.anyMatch((label) -> Math.abs(label.start() - text.start()) <= COLUMN_SLACK && NUMBERED.matcher(label.text()).find());
		return (ownLabelBelow && !NUMBERED.matcher(text.text()).find()) ? nearest - 1 : nearest;
	}

	/** A label that starts with its own number: 3.其他, （六）其他处理. */
	private static final Pattern NUMBERED = Pattern.compile("^(（[一二三四五六七八九十]{1,3}）|\\d{1,2}[.．、])");

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

	/** A word of a label line: the form's labels hold no space. */
	private static final Pattern WORD = Pattern.compile("\\S+");

	/** A fragment on its row's own line, taken whole. */
	private static final Pattern WHOLE = Pattern.compile(".+");

	/** A row's label fragments as label cells: grouped into columns by offset, each read top to bottom. */
	private static List<GridCell> labelCells(List<Token> fragments, int rowLine) {
		List<Token> byOffset = new ArrayList<>();
		for (Token fragment : fragments) {
			// the form's labels hold no space: on a line of label text alone, words one space apart are two cells'
			// lines side by side (理结果 形，不计其他情形）)
			Matcher word = ((fragment.line() != rowLine) ? WORD : WHOLE).matcher(fragment.text());
			while (word.find()) {
				byOffset.add(new Token(word.group(), fragment.start() + word.start(), fragment.start() + word.end(),
						fragment.line()));
			}
		}
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
		Line fullLine = nearestFull(valueLines, v, width);
		List<Token> full = (fullLine != null) ? fullLine.valueTokens() : null;
		boolean tableThree = width == FormWords.VALUE_COLUMNS.size();
		List<Token> gaps = printed.stream().filter((token) -> GluedNumbers.isGapped(token.text())).toList();
		if (tableThree && printed.size() < width && !gaps.isEmpty()) {
			// numbers one space apart in a short row: one number (3 119) beside a blank cell, or two cells' (1259 36)
			List<String> asOne = (gaps.size() == 1 && full != null) ? placedHolding(printed, full, width) : null;
			List<Token> apartTokens = apart(printed);
			boolean apartFills = apartTokens.size() == width;
			boolean apartHolds = apartFills
					? GluedNumbers.rowTotalHolds(GluedNumbers.numbers(apartTokens.stream().map(Token::text).toList()))
					: full != null && placedHolding(apartTokens, full, width) != null;
			if (asOne != null && !apartHolds) {
				List<GridCell> read = new ArrayList<>();
				asOne.forEach((text) -> read.add(new GridCell(text, line.number())));
				return new Values(read, null);
			}
			if (!apartFills || !apartHolds || asOne != null) {
				// which of the row's cells the numbers one space apart are cannot be told
				Token gapped = gaps.get(0);
				return new Values(null, runTogether(gapped, (full != null) ? closestColumn(full, gapped, Token::start) : -1, -1));
			}
		}
		// a full row's digits one space apart are one number (3 119, an OCR's 1 8)
		List<Token> values = (printed.size() < width) ? apart(printed) : printed;
		List<GridCell> cells = new ArrayList<>();
		if (values.size() == width) {
			values.forEach((token) -> cells.add(cell(token)));
			return new Values(cells, null);
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

	/**
	 * A short row of table 三's values placed by their right edges against the nearest full row, a value of digits
	 * one space apart taken as one number (3 119): its cells as printed when no two fall in one column and its 总计 is
	 * the sum of its parts, else null. A short row holding such a value is read the one way its 总计 holds: so, or
	 * with the numbers as two cells' when that fills the row (1259 36); when both or neither hold it is refused
	 * naming the value (3 and 119 are never read for 3 119 unless the row says so).
	 */
	private static List<String> placedHolding(List<Token> values, List<Token> full, int width) {
		Token[] placed = new Token[width];
		for (Token token : values) {
			int column = closestColumn(full, token);
			if (placed[column] != null) {
				return null;
			}
			placed[column] = token;
		}
		List<String> row = new ArrayList<>();
		List<String> sums = new ArrayList<>();
		for (Token token : placed) {
			row.add((token != null) ? token.text() : "");
			sums.add((token != null) ? token.text().replace(" ", "") : "");
		}
		return GluedNumbers.rowTotalHolds(GluedNumbers.numbers(sums)) ? row : null;
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
