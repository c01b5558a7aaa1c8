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
		PIPE_ROWS

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
		StringBuilder out = new StringBuilder(page.title().strip()).append("\n\n");
		Element article = page.selectFirst("ucapcontent");
		for (Element element : article.select("p, table")) {
			if (element.tagName().equals("p") && element.parents().stream().noneMatch((e) -> e.tagName().equals("table"))) {
				String text = element.text().strip();
				if (!text.isEmpty()) {
					out.append(text).append('\n');
				}
			}
			else if (element.tagName().equals("table")) {
				out.append('\n');
				for (Element row : element.select("tr")) {
					List<String> cells = row.select("td, th").stream().map((cell) -> cell.text().strip()).toList();
					switch (shape) {
						case PIPE_ROWS -> out.append(cells.stream().collect(Collectors.joining(" | ")))
							.append((cells.size() == 1) ? " |\n" : "\n");
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

}
