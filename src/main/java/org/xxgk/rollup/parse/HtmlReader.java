package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import org.xxgk.rollup.parse.SourceDocument.Block;
import org.xxgk.rollup.parse.SourceDocument.Grid;
import org.xxgk.rollup.parse.SourceDocument.GridCell;
import org.xxgk.rollup.parse.SourceDocument.GridRow;
import org.xxgk.rollup.parse.SourceDocument.Paragraph;

/**
 * Reads a saved web page (a county's disclosure-catalogue page) with jsoup. Scripts, styles, navigation, metadata
 * blocks (索引号, 发布机构…) and footers are dropped; the report starts at its title (the first paragraph naming a
 * 年度报告 that is not a metadata line). Tables become grids with rowspan/colspan expanded into empty cells, as Word's
 * text export leaves merged cells. jsoup never resolves DTDs or external entities, so an XXE page stays inert text.
 */
final class HtmlReader {

	private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "nav", "header", "footer", "iframe",
			"form", "select", "button", "head", "template", "svg");

	/** Page furniture by class or id: menus, breadcrumbs, the metadata box, share buttons, footers. */
	private static final Pattern FURNITURE = Pattern
		.compile("(?i).*(nav|menu|breadcrumb|crumb|footer|share|sidebar|meta|xxgk_?info|toolbar|banner).*");

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "section",
			"article", "blockquote", "pre", "dd", "dt", "tr", "td", "th", "center");

	/** The form's longest cell, table 三's 勾稽 note, is some 40 characters; an article is thousands. */
	private static final int LONGEST_CELL = 300;

	private static final Pattern CONVERTER = Pattern.compile("(?i)pdftohtml|pdf2htmlEX");

	private static final Pattern PLACED = Pattern.compile("(?i)position\\s*:\\s*absolute.*\\btop\\s*:.*\\bleft\\s*:");

	/** A page of a report laid out by coordinates has hundreds of fragments; a page's few floating boxes are no report. */
	private static final int MIN_PLACED_FRAGMENTS = 40;

	static final String CONVERTED_PDF = "这是由PDF文件转换成的网页（如pdftohtml、pdf2htmlEX生成）：其中没有表格，表格的每个单元格"
			+ "都成了按坐标摆放的零散文字，无法确定各数字所在的行和列，因此不予读取。请直接报送年度报告的PDF原文件或Word文件，"
			+ "或政府网站上发布的网页原文";

	private static final Pattern HIDDEN = Pattern
		.compile("(?i)(^|;)\\s*(display\\s*:\\s*none|visibility\\s*:\\s*hidden|mso-hide\\s*:\\s*all)");

	private static final Pattern METADATA_LINE = Pattern.compile("^(索引号|分类|发布机构|成文日期|名称|文号|发布日期|主题分类|来源)[:：].*");

	SourceDocument read(String html) throws UnreadableReportException {
		Document page = Jsoup.parse(html);
		refuseConvertedPdf(page);
		page.select(String.join(",", DROPPED)).remove();
		List<Element> furniture = new ArrayList<>();
		for (Element element : page.getAllElements()) {
			if (FURNITURE.matcher(element.className() + " " + element.id()).matches() && element.select("table").stream()
				.noneMatch(HtmlReader::isReportTable)) {
				furniture.add(element);
			}
		}
		furniture.forEach(Element::remove);
		withoutHiddenCopies(page);
		Collector collector = new Collector();
		collector.walk(page.body() != null ? page.body() : page);
		collector.flush();
		return new SourceDocument(imagesInTableParts(startAtTitle(collector.blocks)));
	}

	/**
	 * A page a converter made from a PDF (poppler's {@code pdftohtml}, pdf2htmlEX) holds no table: each piece of text
	 * is placed on the page by its coordinates ({@code <p style="position:absolute;top:…;left:…">}, or pdf2htmlEX's
	 * positioning classes), a table's cells as loose fragments without the lines that bound them, so which figure
	 * stands in which row and column is not in the page. It is refused, saying what to send instead, rather than read as
	 * a page whose tables are missing.
	 */
	private static void refuseConvertedPdf(Document page) throws UnreadableReportException {
		if (page.select("table").stream().anyMatch(HtmlReader::isReportTable)) {
			return;
		}
		String generator = page.select("meta[name=generator]").attr("content");
		long placed = page.select("p[style], div[style]").stream()
			.filter((element) -> PLACED.matcher(element.attr("style")).find())
			.count();
		if (CONVERTER.matcher(generator).find() || placed >= MIN_PLACED_FRAGMENTS) {
			throw new UnreadableReportException(CONVERTED_PDF);
		}
	}

	/**
	 * Drops the blocks the page hides ({@code display:none}, {@code visibility:hidden}, Word's {@code mso-hide:all},
	 * the {@code hidden} attribute): a CMS's print-only or phone copy of the article or of a table, which a reader of
	 * the page never sees. Unless they hold every table of the report: a page that hides its article until a script
	 * shows it is read as the script would show it.
	 */
	private static void withoutHiddenCopies(Document page) {
		List<Element> hidden = new ArrayList<>();
		for (Element element : page.getAllElements()) {
			if ((HIDDEN.matcher(element.attr("style")).find() || element.hasAttr("hidden"))
					&& hidden.stream().noneMatch((outer) -> element.parents().contains(outer))) {
				hidden.add(element);
			}
		}
		if (hidden.isEmpty()) {
			return;
		}
		boolean reportVisible = page.select("table").stream()
			.anyMatch((table) -> isReportTable(table) && !isLayout(table)
					&& hidden.stream().noneMatch((outer) -> outer == table || table.parents().contains(outer)));
		if (reportVisible) {
			hidden.forEach(Element::remove);
		}
	}

	/**
	 * The blocks without the images outside parts 二、三、四 (a photo, a logo, a QR code): an image in a table's part
	 * is what the page printed in the table's place, and TABLE-MISSING names it when no table is found there.
	 */
	private static List<Block> imagesInTableParts(List<Block> blocks) {
		if (blocks.stream().noneMatch(HtmlReader::isImage)) {
			// most pages have none, and telling the parts apart normalises every paragraph
			return List.copyOf(blocks);
		}
		List<Block> kept = new ArrayList<>();
		int table = 0;
		for (Block block : blocks) {
			if (block instanceof Paragraph paragraph && Headings.part(paragraph.text()) != null) {
				table = Headings.table(paragraph.text());
			}
			if (!isImage(block) || table != 0) {
				kept.add(block);
			}
		}
		return List.copyOf(kept);
	}

	private static boolean isImage(Block block) {
		return block instanceof Paragraph paragraph && paragraph.text().startsWith("<img src=");
	}

	/**
	 * A table an old site lays its page out with, the article in one of its cells: it holds another table (the
	 * form's tables never nest), or a cell longer than any of the form's. Its cells are read as paragraphs.
	 */
	private static boolean isLayout(Element table) {
		return !table.select("table table, td table, th table").isEmpty()
				|| table.select("td, th").stream().anyMatch((cell) -> cell.text().length() > LONGEST_CELL);
	}

	private static boolean isReportTable(Element table) {
		String text = table.text();
		return text.contains(FormWords.CONTENT) || text.contains(FormWords.NATURAL_PERSON)
				|| text.contains(FormWords.RECONSIDERATION);
	}

	/** Drops whatever precedes the report's title (site name, metadata lines the furniture filter missed). */
	private static List<Block> startAtTitle(List<Block> blocks) {
		for (int i = 0; i < blocks.size(); i++) {
			if (blocks.get(i) instanceof Paragraph paragraph && paragraph.text().contains("报告")
					&& !METADATA_LINE.matcher(paragraph.text()).matches() && paragraph.text().length() <= 80) {
				return List.copyOf(blocks.subList(i, blocks.size()));
			}
		}
		return List.copyOf(blocks);
	}

	/** Walks the body in document order, cutting paragraphs at block elements and turning tables into grids. */
	/**
	 * The tables of an HTML fragment (a converter's {@code <table>} inside Markdown), spans expanded as in a page,
	 * every row numbered {@code line}.
	 */
	static List<List<GridRow>> tables(String html, int line) {
		List<List<GridRow>> tables = new ArrayList<>();
		for (Element table : Jsoup.parseBodyFragment(html).select("table")) {
			// a converter's tables hold no tables: one that does lays the others out
			if (table.select("table").size() == 1) {
				tables.add(Collector.convertedRows(table, line));
			}
		}
		return tables;
	}

	private static final class Collector {

		private final List<Block> blocks = new ArrayList<>();

		private final StringBuilder line = new StringBuilder();

		private final Set<String> tableTexts = new HashSet<>();

		private int position;

		void walk(Node node) {
			for (Node child : node.childNodes()) {
				if (child instanceof TextNode text) {
					this.line.append(text.text());
				}
				else if (child instanceof Element element) {
					if (element.tagName().equals("table") && !isLayout(element)) {
						// a table the page prints twice (a copy for phones shown by the stylesheet) is one table
						if (this.tableTexts.add(element.text())) {
							flush();
							table(element);
						}
					}
					else if (element.tagName().equals("img") && !element.attr("src").isBlank()) {
						// kept as the tag, so that a part whose table is an image says so (TABLE-MISSING)
						flush();
						this.blocks.add(new Paragraph("<img src=\"" + element.attr("src").strip() + "\">", ++this.position));
					}
					else if (BLOCKS.contains(element.tagName())) {
						flush();
						walk(element);
						flush();
					}
					else {
						walk(element);
					}
				}
			}
		}

		void flush() {
			String text = this.line.toString().replace('\u00A0', ' ').strip();
			this.line.setLength(0);
			if (!text.isEmpty()) {
				this.blocks.add(new Paragraph(text, ++this.position));
			}
		}

		private void table(Element table) {
			List<GridRow> rows = gridRows(table, () -> ++this.position);
			if (!rows.isEmpty()) {
				this.blocks.add(new Grid(List.copyOf(rows)));
			}
		}

		/** A cell spanning rows below its own: {@code colspan} places from {@code column}, down to {@code lastRow}. */
		private record Span(int column, int colspan, int lastRow) {
		}

		/**
		 * A table's rows with its spans expanded: each cell is placed at the first free column of its row, a
		 * spanned place left empty; {@code nextLine} numbers the rows.
		 */
		private static List<GridRow> gridRows(Element table, IntSupplier nextLine) {
			return gridRows(table, nextLine, 0, new ArrayList<>());
		}

		/**
		 * As {@link #gridRows(Element, IntSupplier)}, adding to {@code places} how many places each row covers. With
		 * {@code usual} places a row, a row that cells spanning down from above would push past them, and that fits
		 * them once the right-most of those spans end above it, has them end there: a row lost from under them left
		 * them one row too long.
		 */
		private static List<GridRow> gridRows(Element table, IntSupplier nextLine, int usual, List<Integer> places) {
			List<Element> rowElements = table.select("tr").stream()
				.filter((tr) -> tr.closest("table") == table)
				.toList();
			List<Span> spans = new ArrayList<>();
			List<Map<Integer, String>> grid = new ArrayList<>();
			int width = 0;
			for (int r = 0; r < rowElements.size(); r++) {
				int at = r;
				List<Element> cells = rowElements.get(r).children().stream()
					.filter((cell) -> cell.tagName().equals("td") || cell.tagName().equals("th"))
					.toList();
				List<Span> above = new ArrayList<>(spans.stream().filter((span) -> span.lastRow() >= at).toList());
				int own = cells.stream().mapToInt((cell) -> span(cell.attr("colspan"))).sum();
				int excess = own + above.stream().mapToInt(Span::colspan).sum() - usual;
				if (usual > 0 && excess > 0) {
					List<Span> ended = new ArrayList<>();
					List<Span> rightFirst = above.stream().sorted((a, b) -> b.column() - a.column()).toList();
					for (Span span : rightFirst) {
						if (excess >= span.colspan()) {
							ended.add(span);
							excess -= span.colspan();
						}
					}
					if (excess == 0) {
						above.removeAll(ended);
						spans.removeAll(ended);
					}
				}
				Map<Integer, String> row = new HashMap<>();
				above.forEach((span) -> {
					for (int dc = 0; dc < span.colspan(); dc++) {
						row.put(span.column() + dc, "");
					}
				});
				int column = 0;
				for (Element cell : cells) {
					while (row.containsKey(column)) {
						column++;
					}
					int colspan = span(cell.attr("colspan"));
					int rowspan = Math.min(span(cell.attr("rowspan")), rowElements.size() - r);
					for (int dc = 0; dc < colspan; dc++) {
						row.put(column + dc, (dc == 0) ? cellText(cell) : "");
					}
					if (rowspan > 1) {
						spans.add(new Span(column, colspan, r + rowspan - 1));
					}
					column += colspan;
					width = Math.max(width, column);
				}
				grid.add(row);
			}
			List<GridRow> rows = new ArrayList<>();
			for (int r = 0; r < rowElements.size(); r++) {
				int line = nextLine.getAsInt();
				Map<Integer, String> row = grid.get(r);
				List<GridCell> cells = new ArrayList<>();
				int last = row.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
				for (int c = 0; c <= Math.min(last, width - 1); c++) {
					cells.add(new GridCell(row.getOrDefault(c, ""), line));
				}
				if (!cells.isEmpty()) {
					rows.add(new GridRow(List.copyOf(cells)));
					places.add(row.size());
				}
			}
			return rows;
		}

		/** The rows of a converter's table, spans cut where a row was lost from under them, positions lost marked. */
		private static List<GridRow> convertedRows(Element table, int line) {
			List<Integer> uncut = new ArrayList<>();
			gridRows(table, () -> line, 0, uncut);
			Map<Integer, Integer> counts = new HashMap<>();
			uncut.forEach((width) -> counts.merge(width, 1, Integer::sum));
			int usual = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
			List<Integer> places = new ArrayList<>();
			List<GridRow> rows = gridRows(table, () -> line, usual, places);
			return withLostPositions(rows, places, usual);
		}

		/**
		 * A converter's table (MinerU's HTML in Markdown) writes every place of every row, a blank cell as an empty
		 * {@code <td>}: a row covering fewer or more places than most rows lost a cell or got one twice, and which
		 * one nothing tells, so its values' positions are lost; a header row so damaged shifts the labels above
		 * every value, so then all rows' are.
		 */
		private static List<GridRow> withLostPositions(List<GridRow> rows, List<Integer> places, int usual) {
			boolean headerDamaged = false;
			for (int r = 0; r < rows.size(); r++) {
				headerDamaged |= places.get(r) != usual && !hasValues(rows.get(r)) && !rows.get(r).isEmpty();
			}
			List<GridRow> marked = new ArrayList<>();
			for (int r = 0; r < rows.size(); r++) {
				GridRow row = rows.get(r);
				boolean lost = hasValues(row) && (headerDamaged || places.get(r) != usual);
				marked.add(lost ? new GridRow(row.cells(), true) : row);
			}
			return marked;
		}

		private static boolean hasValues(GridRow row) {
			return row.cells().stream().anyMatch((cell) -> !cell.text().isBlank() && CellReader.isValueLike(cell.text()));
		}

		/** A cell's text with its paragraphs and line breaks kept as newlines, like a wrapped label. */
		private static String cellText(Element cell) {
			StringBuilder text = new StringBuilder();
			cellText(cell, text);
			return text.toString().replace('\u00A0', ' ').strip();
		}

		private static void cellText(Node node, StringBuilder text) {
			for (Node child : node.childNodes()) {
				if (child instanceof TextNode textNode) {
					text.append(textNode.text());
				}
				else if (child instanceof Element element) {
					boolean block = BLOCKS.contains(element.tagName());
					if (block && !text.isEmpty()) {
						text.append('\n');
					}
					cellText(element, text);
				}
			}
		}

		private static int span(String value) {
			try {
				return Math.max(1, Math.min(Integer.parseInt(value.strip()), 100));
			}
			catch (NumberFormatException ex) {
				return 1;
			}
		}

	}

}
