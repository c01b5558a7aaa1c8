package org.xxgk.rollup.parse;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What other PDF/OCR converters make of a real report, derived from the real OCR Markdown of 沭阳县人民政府
 * (../shared/real/沭阳县人民政府2025年政府信息公开工作年度报告.ocr.md) by the transformation each converter makes, so
 * its figures stay those of the transcription (shuyang-county-2025.json) wherever the converter keeps them:
 * <ul>
 * <li>{@link #pipeTablesAsHtml}: MinerU writes each table as one line of HTML ({@code <html><body><table>…});</li>
 * <li>{@link #numbersAsLatex}: converters that take digits for math write {@code $705$};</li>
 * <li>{@link #fullWidth}: OCR engines trained on Chinese text give full-width digits, brackets and stops;</li>
 * <li>{@link #withCell}: one cell as an OCR engine misread it (O for 0, l or I for 1, S for 5, B for 8, 。 for .),
 * or dropped it (the row's cells shift left);</li>
 * <li>{@link #splitAtPage}: a table broken at a page, with the page's number and running header between.</li>
 * </ul>
 */
final class ConverterCopies {

	static final String SHUYANG_OCR = "沭阳县人民政府2025年政府信息公开工作年度报告.ocr.md";

	private static final Pattern RULE = Pattern.compile("^\\|?\\s*:?-{3,}.*");

	private static final Pattern NUMBER = Pattern.compile("^\\d+(\\.\\d+)?$");

	private ConverterCopies() {
	}

	static String shuyangOcr() throws Exception {
		return Files.readString(RealWebPageTests.REAL.resolve(SHUYANG_OCR));
	}

	/** Each pipe table (its header row, rule line and rows) as one line of HTML, as MinerU writes tables. */
	static String pipeTablesAsHtml(String markdown) {
		List<String> out = new ArrayList<>();
		StringBuilder table = null;
		for (String line : markdown.split("\n", -1)) {
			if (line.startsWith("|")) {
				if (RULE.matcher(line).matches()) {
					continue;
				}
				table = (table == null) ? new StringBuilder("<html><body><table>") : table;
				table.append("<tr>");
				for (String cell : cells(line)) {
					table.append("<td>").append(cell).append("</td>");
				}
				table.append("</tr>");
				continue;
			}
			if (table != null) {
				out.add(table.append("</table></body></html>").toString());
				table = null;
			}
			out.add(line);
		}
		return String.join("\n", out);
	}

	/** Every cell of the pipe tables that is a number written as LaTeX math ({@code $705$}). */
	static String numbersAsLatex(String markdown) {
		return mapCells(markdown, (cell) -> NUMBER.matcher(cell).matches() ? "$" + cell + "$" : cell);
	}

	/** The pipe tables' digits, brackets, stops and colons in their full-width forms. */
	static String fullWidth(String markdown) {
		return mapCells(markdown, (cell) -> {
			StringBuilder wide = new StringBuilder();
			for (char c : cell.toCharArray()) {
				boolean ascii = (c >= '0' && c <= '9') || c == '(' || c == ')' || c == '.' || c == ':' || c == ',';
				wide.append(ascii ? (char) (c - 0x21 + 0xFF01) : c);
			}
			return wide.toString();
		});
	}

	/**
	 * The pipe row whose first cell is {@code label} with its value cell {@code value} (0 = the first after the
	 * label) written {@code text}, or left out when {@code text} is null (the cells after it shift left).
	 */
	static String withCell(String markdown, String label, int value, String text) {
		List<String> lines = new ArrayList<>(Arrays.asList(markdown.split("\n", -1)));
		for (int i = 0; i < lines.size(); i++) {
			List<String> cells = cells(lines.get(i));
			if (!cells.isEmpty() && cells.get(0).equals(label)) {
				List<String> changed = new ArrayList<>(cells);
				if (text == null) {
					changed.remove(value + 1);
				}
				else {
					changed.set(value + 1, text);
				}
				lines.set(i, "| " + String.join(" | ", changed) + " |");
				return String.join("\n", lines);
			}
		}
		throw new IllegalArgumentException("no row " + label);
	}

	/**
	 * The pipe table holding the row {@code label} broken before that row by a page: the page's number and its
	 * running header between, and the table's header row repeated on the new page when {@code repeatHeader}.
	 */
	static String splitAtPage(String markdown, String label, String between, boolean repeatHeader) {
		List<String> lines = new ArrayList<>(Arrays.asList(markdown.split("\n", -1)));
		for (int i = 0; i < lines.size(); i++) {
			List<String> cells = cells(lines.get(i));
			if (!cells.isEmpty() && cells.get(0).equals(label)) {
				int header = i;
				while (header > 0 && lines.get(header - 1).startsWith("|")) {
					header--;
				}
				List<String> inserted = new ArrayList<>(List.of("", between, ""));
				if (repeatHeader) {
					inserted.add(lines.get(header));
					inserted.add(lines.get(header + 1));
				}
				else {
					// a converter starts a table on the new page with the first row as its header
					inserted.add(lines.get(i));
					inserted.add("|" + "---|".repeat(cells.size()));
					lines.remove(i);
				}
				lines.addAll(i, inserted);
				return String.join("\n", lines);
			}
		}
		throw new IllegalArgumentException("no row " + label);
	}

	private static String mapCells(String markdown, java.util.function.UnaryOperator<String> change) {
		List<String> out = new ArrayList<>();
		for (String line : markdown.split("\n", -1)) {
			if (!line.startsWith("|") || RULE.matcher(line).matches()) {
				out.add(line);
				continue;
			}
			out.add("| " + String.join(" | ", cells(line).stream().map(change).toList()) + " |");
		}
		return String.join("\n", out);
	}

	private static List<String> cells(String line) {
		if (!line.startsWith("|")) {
			return List.of();
		}
		String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
		return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
	}

}
