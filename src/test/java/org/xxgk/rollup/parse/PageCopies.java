package org.xxgk.rollup.parse;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The text a browser's select-all copy gives of 沭阳县发展和改革局's real saved page (../shared/real), as FORMAT.md
 * lists the shapes seen on real pages: the article's paragraphs one per line, and its tables either one cell per line
 * with a blank line between cells (merged cells once, at their first place; blank cells as empty lines) or one row
 * per line with {@code  | } between the row's cells. Only the article (ucapcontent) is copied, as a clerk selects it.
 */
final class PageCopies {

	static final String PAGE = "沭阳县发展和改革局2023年政府信息公开年度报告.html";

	enum Shape {

		/** Each cell on a line and a blank line after it; a blank cell is an empty line (and its blank line). */
		CELL_PER_LINE,
		/** Each cell on a line ending in {@code  |}; a blank cell is a line of {@code  |}. */
		CELL_PER_LINE_PIPE_ENDED,
		/** Each cell on a line and a line holding only {@code |} after it. */
		CELL_THEN_PIPE_LINE,
		/** A row per line, {@code  | } between cells; a row of one merged cell ends in {@code  |}. */
		PIPE_ROWS,
		/** A row per line, a tab between cells, as browsers put a table on the clipboard as plain text. */
		TAB_ROWS,
		/**
		 * Markdown as MinerU writes a PDF of the page: headings {@code ## }, paragraphs apart by a blank line, each
		 * table one line of HTML ({@code <html><body><table>…}) with the page's own rowspan and colspan, cells as text.
		 */
		MINERU_MARKDOWN,
		/**
		 * Markdown as Docling writes a PDF of the page: pipe tables with the first row as header, a merged cell's
		 * text repeated in every place it spans (行政复议 five times, 三、本年度办理结果 on each row of its block).
		 */
		DOCLING_MARKDOWN

	}

	private PageCopies() {
	}

	static String realPage() throws Exception {
		return Files.readString(RealWebPageTests.REAL.resolve(PAGE));
	}

	/** The article of the real page copied in a shape, with the page's title line first. */
	static String copy(Shape shape) throws Exception {
		return copy(realPage(), shape);
	}

	static String copy(String html, Shape shape) {
		Document page = Jsoup.parse(html);
		boolean markdown = shape == Shape.MINERU_MARKDOWN || shape == Shape.DOCLING_MARKDOWN;
		StringBuilder out = new StringBuilder(markdown ? "# " : "").append(page.title().strip()).append("\n\n");
		Element article = page.selectFirst("ucapcontent");
		for (Element element : article.select("p, table")) {
			if (element.tagName().equals("p") && element.parents().stream().noneMatch((e) -> e.tagName().equals("table"))) {
				String text = element.text().strip();
				if (!text.isEmpty()) {
					out.append((markdown && Headings.part(text) != null) ? "## " : "").append(text)
						.append(markdown ? "\n\n" : "\n");
				}
			}
			else if (element.tagName().equals("table") && shape == Shape.DOCLING_MARKDOWN) {
				List<List<String>> grid = spansRepeated(element);
				for (int r = 0; r < grid.size(); r++) {
					out.append("| ").append(String.join(" | ", grid.get(r))).append(" |\n");
					if (r == 0) {
						out.append("|").append("---|".repeat(grid.get(r).size())).append('\n');
					}
				}
				out.append('\n');
			}
			else if (element.tagName().equals("table") && markdown) {
				out.append("<html><body><table>");
				for (Element row : element.select("tr")) {
					out.append("<tr>");
					for (Element cell : row.select("td, th")) {
						out.append("<td").append(span(cell, "rowspan")).append(span(cell, "colspan")).append('>')
							.append(cellText(cell)).append("</td>");
					}
					out.append("</tr>");
				}
				out.append("</table></body></html>\n\n");
			}
			else if (element.tagName().equals("table")) {
				out.append('\n');
				for (Element row : element.select("tr")) {
					List<String> cells = row.select("td, th").stream().map(PageCopies::cellText).toList();
					switch (shape) {
						case PIPE_ROWS -> out.append(cells.stream().collect(Collectors.joining(" | ")))
							.append((cells.size() == 1) ? " |\n" : "\n");
						case TAB_ROWS -> out.append(String.join("\t", cells)).append('\n');
						case CELL_PER_LINE_PIPE_ENDED -> cells.forEach((cell) -> out.append(cell).append(" |\n"));
						case CELL_THEN_PIPE_LINE -> cells.forEach((cell) -> out.append(cell).append("\n|\n"));
						default -> cells.forEach((cell) -> out.append(cell).append("\n\n"));
					}
				}
				out.append('\n');
			}
		}
		return out.toString();
	}

	/** A table's rows with each cell's text in every place its rowspan and colspan cover. */
	private static List<List<String>> spansRepeated(Element table) {
		List<Element> rows = table.select("tr");
		java.util.Map<Integer, java.util.Map<Integer, String>> grid = new java.util.TreeMap<>();
		int width = 0;
		for (int r = 0; r < rows.size(); r++) {
			java.util.Map<Integer, String> row = grid.computeIfAbsent(r, (k) -> new java.util.TreeMap<>());
			int column = 0;
			for (Element cell : rows.get(r).select("td, th")) {
				while (row.containsKey(column)) {
					column++;
				}
				int colspan = number(cell.attr("colspan"));
				int rowspan = Math.min(number(cell.attr("rowspan")), rows.size() - r);
				for (int dr = 0; dr < rowspan; dr++) {
					for (int dc = 0; dc < colspan; dc++) {
						grid.computeIfAbsent(r + dr, (k) -> new java.util.TreeMap<>()).put(column + dc, cellText(cell));
					}
				}
				column += colspan;
				width = Math.max(width, column);
			}
		}
		List<List<String>> out = new java.util.ArrayList<>();
		for (java.util.Map<Integer, String> row : grid.values()) {
			List<String> cells = new java.util.ArrayList<>();
			for (int c = 0; c < width; c++) {
				cells.add(row.getOrDefault(c, ""));
			}
			out.add(cells);
		}
		return out;
	}

	private static int number(String span) {
		return span.isBlank() ? 1 : Integer.parseInt(span.strip());
	}

	/** A cell's text as a browser copies it: white space runs as one space, a no-break space kept (Word's blank cell). */
	private static String cellText(Element cell) {
		return cell.wholeText().replaceAll("[ \\t\\r\\n]+", " ").strip();
	}

	private static String span(Element cell, String attribute) {
		String span = cell.attr(attribute).strip();
		return (span.isEmpty() || span.equals("1")) ? "" : " " + attribute + "=\"" + span + "\"";
	}

}
