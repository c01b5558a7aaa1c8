package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.xxgk.rollup.parse.PdfLines.Line;
import org.xxgk.rollup.parse.SourceDocument.Block;
import org.xxgk.rollup.parse.SourceDocument.Grid;
import org.xxgk.rollup.parse.SourceDocument.GridCell;
import org.xxgk.rollup.parse.SourceDocument.GridRow;
import org.xxgk.rollup.parse.SourceDocument.Paragraph;

/**
 * Puts the pages of a PDF together into one {@link SourceDocument}, top to bottom: page numbers and running headers
 * are dropped, the lines of a paragraph are joined (also across a page break), and a table continued at the top of
 * the next page is joined to its first part: a header repeated on the new page is dropped, and a merged label cell cut
 * by the break (（四）无 / 法提供) becomes one cell again. Lines are numbered per page ({@link Locations#onPage}).
 */
final class PdfPages {

	/** A page: its number (from 1), height, ruled tables and the lines of text outside them. */
	record Page(int number, float height, List<PdfTable> tables, List<Line> lines) {
	}

	/** -4-, - 4 -, 第4页, 4/6, 第4页 共6页. */
	private static final Pattern PAGE_NUMBER = Pattern
		.compile("^[-－—–─]*\\s*(第\\s*)?\\d{1,3}\\s*(页)?\\s*([/／]\\s*\\d{1,3}|共\\s*\\d{1,3}\\s*页)?\\s*[-－—–─]*$");

	private static final Pattern DASHED = Pattern.compile(".*[-－—–─第页/／].*");

	/** A label that starts with its own number: （五）不予处理, 2.重复申请 — the start of a cell, not the rest of one. */
	private static final Pattern NUMBERED = Pattern.compile("^\\(?[一二三四五六七八九十0-9]+[)、.]");

	/** Share of the page height at its top and bottom where page numbers and running headers are. */
	private static final float MARGIN = 0.12f;

	private final List<Block> blocks = new ArrayList<>();

	private final List<Page> pages;

	private StringBuilder paragraph;

	private int paragraphLine;

	private Line lastLine;

	private Page lastLinePage;

	private List<List<String>> rows;

	private List<Integer> rowLines;

	private PdfTable lastTable;

	private int lastTableOffset;

	private int lastTablePage;

	private PdfPages(List<Page> pages) {
		this.pages = pages;
	}

	static SourceDocument document(List<Page> pages) {
		PdfPages document = new PdfPages(withoutFurniture(pages));
		document.read();
		return new SourceDocument(List.copyOf(document.blocks));
	}

	private void read() {
		for (Page page : this.pages) {
			List<Object> items = new ArrayList<>(page.lines());
			items.addAll(page.tables());
			items.sort(Comparator.comparingDouble(PdfPages::top));
			float[] tops = lineTops(page);
			for (Object item : items) {
				if (item instanceof Line line) {
					flushTable();
					text(page, line, lineNumber(tops, line.top()));
				}
				else {
					flushParagraph();
					table(page, (PdfTable) item, tops);
				}
			}
		}
		flushParagraph();
		flushTable();
	}

	private static float top(Object item) {
		return (item instanceof Line line) ? line.top() : ((PdfTable) item).top();
	}

	private void text(Page page, Line line, int number) {
		if (this.paragraph != null && continues(line, page)) {
			this.paragraph.append(line.text());
		}
		else {
			flushParagraph();
			this.paragraph = new StringBuilder(line.text());
			this.paragraphLine = Locations.onPage(page.number(), number);
		}
		this.lastLine = line;
		this.lastLinePage = page;
	}

	/**
	 * A line continues the paragraph when the one before it ran to the right margin and this one is not indented, or
	 * when it is the second line of a centred heading wrapped at the margin (a title too long for one line: …年度报 /
	 * 告), centred on the same axis as the first.
	 */
	private boolean continues(Line line, Page page) {
		Line previous = this.lastLine;
		float size = previous.size();
		if (Math.abs(line.size() - size) >= 0.6f || previous.right() < right(this.lastLinePage) - 1.5f * size) {
			return false;
		}
		boolean centredSecondLine = this.paragraph.length() == previous.text().length()
				&& line.left() > left(page) + size && line.right() - line.left() < previous.right() - previous.left()
				&& Math.abs((line.left() + line.right()) - (previous.left() + previous.right())) <= 2 * size;
		return line.left() <= left(page) + 0.6f * size || centredSecondLine;
	}

	private static float left(Page page) {
		return (float) page.lines().stream().mapToDouble(Line::left).min().orElse(0);
	}

	private static float right(Page page) {
		return (float) page.lines().stream().mapToDouble(Line::right).max().orElse(0);
	}

	private void flushParagraph() {
		if (this.paragraph != null && !this.paragraph.toString().isBlank()) {
			this.blocks.add(new Paragraph(this.paragraph.toString().strip(), this.paragraphLine));
		}
		this.paragraph = null;
	}

	private void table(Page page, PdfTable table, float[] tops) {
		boolean nextPage = this.rows != null && this.lastTablePage == page.number() - 1;
		boolean sameColumns = nextPage && this.lastTable.sameColumns(table);
		// a continuation drawn with fewer columns (a block whose cells span several) is read in the first part's
		int[] columns = (nextPage && !sameColumns) ? table.columnsWithin(this.lastTable) : null;
		boolean continued = sameColumns || columns != null;
		if (!continued) {
			flushTable();
			this.rows = new ArrayList<>();
			this.rowLines = new ArrayList<>();
		}
		List<List<String>> texts = new ArrayList<>();
		for (int r = 0; r < table.rowCount(); r++) {
			List<String> row = new ArrayList<>();
			for (int c = 0; c < table.columnCount(); c++) {
				row.add(table.text(r, c));
			}
			texts.add((columns != null) ? spread(row, columns, this.lastTable.columnCount()) : row);
		}
		int skip = continued ? repeatedHeader(texts) : 0;
		if (sameColumns && skip < texts.size()) {
			rejoinCutCells(table, skip, texts.get(skip));
		}
		if (continued && skip < texts.size() && rejoinCutRow(texts.get(skip))) {
			skip++;
		}
		int offset = this.rows.size();
		for (int r = skip; r < texts.size(); r++) {
			this.rows.add(texts.get(r));
			this.rowLines.add(Locations.onPage(page.number(), lineNumber(tops, table.rowTop(r))));
		}
		this.lastTable = table;
		this.lastTableOffset = offset - skip;
		this.lastTablePage = page.number();
	}

	/** How many leading rows of a continued table repeat the first part's header rows. */
	private int repeatedHeader(List<List<String>> texts) {
		int skip = 0;
		while (skip < texts.size() && skip < this.rows.size()
				&& texts.get(skip).stream().anyMatch((text) -> !text.isBlank())
				&& texts.get(skip).equals(this.rows.get(skip))) {
			skip++;
		}
		return skip;
	}

	/**
	 * A parent label cell cut by the page break ((四)无 at the foot of one page, 法提供 at the top of the next, beside
	 * their own sub-rows) is one cell: the part on the new page is moved into the cell it continues. A label that
	 * starts with its own number begins a cell of its own, unless the cut cell's part on the page before is empty
	 * (all its text was set on the new page).
	 */
	private void rejoinCutCells(PdfTable table, int row, List<String> first) {
		PdfTable previous = this.lastTable;
		int lastRow = previous.rowCount() - 1;
		for (int c = 0; c < table.columnCount(); c++) {
			String text = first.get(c);
			int span = table.columnSpan(row, c);
			int start = previous.startRow(lastRow, c);
			if (text.isBlank() || !table.starts(row, c) || CellReader.isValueLike(text)
					|| !labelRightOf(first, c + span) || previous.columnSpan(lastRow, c) != span
					|| !previous.starts(start, c)) {
				continue;
			}
			List<String> cut = this.rows.get(this.lastTableOffset + start);
			if (cut.get(c).isBlank()) {
				cut.set(c, text);
				first.set(c, "");
			}
			else if (!NUMBERED.matcher(Labels.normalize(text)).find()) {
				cut.set(c, cut.get(c) + "\n" + text);
				first.set(c, "");
			}
		}
	}

	/**
	 * A row cut by the page break (Word and LibreOffice let a row break across pages): the first row of the new page
	 * holds the rest of the last row of the page before, cell by cell (4.保护第 / 三方合法权益, （ / 五）不予处理,
	 * 11 / 6 of 116). It is taken as such only when a label joined across the break is a label of the form, nearer
	 * than either of its parts, and no cell speaks against it (a label on one side only beside a value on the other).
	 * The rest is then appended to the row it continues; returns whether it was.
	 */
	private boolean rejoinCutRow(List<String> first) {
		if (this.rows.isEmpty()) {
			return false;
		}
		List<String> cut = this.rows.get(this.rows.size() - 1);
		if (cut.size() != first.size() || first.stream().allMatch(String::isBlank)) {
			return false;
		}
		boolean joins = false;
		for (int c = 0; c < first.size(); c++) {
			String above = cut.get(c);
			String below = first.get(c);
			if (above.isBlank() || below.isBlank()) {
				continue;
			}
			boolean aboveValue = CellReader.isValueLike(above);
			boolean belowValue = CellReader.isValueLike(below);
			if (aboveValue != belowValue && !isDigits(CellReader.clean(above) + CellReader.clean(below))) {
				return false;
			}
			joins |= !aboveValue && !belowValue && FormWords.joins(above, below);
		}
		if (!joins) {
			return false;
		}
		for (int c = 0; c < first.size(); c++) {
			String below = first.get(c);
			if (!below.isBlank()) {
				cut.set(c, cut.get(c).isBlank() ? below : cut.get(c) + "\n" + below);
			}
		}
		return true;
	}

	private static boolean isDigits(String text) {
		return !text.isEmpty() && text.chars().allMatch((c) -> c >= '0' && c <= '9');
	}

	/** A row of a table drawn with fewer columns, laid out in the columns of the part it continues. */
	private static List<String> spread(List<String> row, int[] columns, int count) {
		List<String> spread = new ArrayList<>();
		for (int c = 0; c < count; c++) {
			spread.add("");
		}
		for (int c = 0; c < row.size(); c++) {
			spread.set(columns[c], row.get(c));
		}
		return spread;
	}

	private static boolean labelRightOf(List<String> row, int from) {
		return row.subList(Math.min(from, row.size()), row.size())
			.stream()
			.anyMatch((text) -> !text.isBlank() && !CellReader.isValueLike(text));
	}

	private void flushTable() {
		if (this.rows == null) {
			return;
		}
		List<GridRow> gridRows = new ArrayList<>();
		for (int r = 0; r < this.rows.size(); r++) {
			int line = this.rowLines.get(r);
			gridRows.add(new GridRow(this.rows.get(r).stream().map((text) -> new GridCell(text, line)).toList()));
		}
		this.blocks.add(new Grid(List.copyOf(gridRows)));
		this.rows = null;
		this.lastTable = null;
	}

	/** The tops of the page's text lines and table rows, sorted, to number them as a reader counts lines. */
	private static float[] lineTops(Page page) {
		List<Float> tops = new ArrayList<>();
		page.lines().forEach((line) -> tops.add(line.top()));
		for (PdfTable table : page.tables()) {
			for (int r = 0; r < table.rowCount(); r++) {
				tops.add(table.rowTop(r));
			}
		}
		tops.sort(Float::compare);
		float[] sorted = new float[tops.size()];
		for (int i = 0; i < sorted.length; i++) {
			sorted[i] = tops.get(i);
		}
		return sorted;
	}

	private static int lineNumber(float[] tops, float top) {
		int count = 0;
		while (count < tops.length && tops[count] <= top) {
			count++;
		}
		return Math.max(1, count);
	}

	/** The pages without their page numbers and running headers or footers. */
	private static List<Page> withoutFurniture(List<Page> pages) {
		List<Page> cleaned = new ArrayList<>();
		for (Page page : pages) {
			List<Line> lines = page.lines()
				.stream()
				.filter((line) -> !isFurniture(line, page, pages))
				.toList();
			cleaned.add(new Page(page.number(), page.height(), page.tables(), lines));
		}
		return cleaned;
	}

	private static boolean isFurniture(Line line, Page page, List<Page> pages) {
		boolean inMargin = line.top() < page.height() * MARGIN || line.baseline() > page.height() * (1 - MARGIN);
		String text = line.text().strip();
		if (PAGE_NUMBER.matcher(text).matches() && (inMargin || DASHED.matcher(text).matches())) {
			return true;
		}
		return inMargin && repeatedElsewhere(line, page, pages);
	}

	/** The same text (but for its digits) at the same height on another page: a running header or footer. */
	private static boolean repeatedElsewhere(Line line, Page page, List<Page> pages) {
		String pattern = line.text().replaceAll("\\d+", "#");
		return pages.stream()
			.filter((other) -> other != page)
			.flatMap((other) -> other.lines().stream())
			.anyMatch((other) -> Math.abs(other.baseline() - line.baseline()) <= PdfTable.TOLERANCE
					&& other.text().replaceAll("\\d+", "#").equals(pattern));
	}

}
