package org.xxgk.rollup.demo;

import java.util.ArrayList;
import java.util.List;

import org.xxgk.rollup.model.PrintedForm.FormCell;
import org.xxgk.rollup.model.PrintedForm;

/**
 * Writes a {@link GeneratedReport} as text copied from its web page, in the shapes FORMAT.md lists: pipe rows (merged
 * headers left as one-cell rows, filler cells after a colspan, a label broken across lines, tabs and trailing double
 * spaces inside cells) or one cell per line (separated by blank lines, ending in {@code  |}, or followed by a line
 * holding only {@code |}), after the page's metadata block (索引号, 发布机构, 名称…). Brackets and colons in labels
 * arrive half-width, as they do from such pages.
 */
public final class WebTextWriter {

	/** The shapes of copied web text. */
	public enum Shape {
		PIPE_ROWS, CELL_PER_LINE, CELL_PER_LINE_PIPE_ENDED, CELL_THEN_PIPE_LINE
	}

	private WebTextWriter() {
	}

	public static String write(GeneratedReport report, Shape shape) {
		PrintedForm form = PrintedForm.of(report.template(), report.cells());
		StringBuilder out = new StringBuilder();
		// the page's metadata block comes along when the whole page is copied
		out.append("索引号:11440882007049813F/").append(report.year() + 1).append("-00012\n");
		out.append("发布机构:").append(report.publisher()).append('\n');
		out.append("名称:").append(report.title()).append('\n');
		out.append("成文日期:").append(report.year() + 1).append("-01-15\n\n");
		out.append(report.title()).append("\n\n");
		prose(out, report, "一");
		for (int table = 2; table <= 4; table++) {
			out.append(PrintedForm.HEADINGS.get(table)).append("\n\n");
			if (shape == Shape.PIPE_ROWS) {
				pipeRows(out, form.table(table));
			}
			else {
				cellPerLine(out, form.table(table), shape);
			}
			out.append('\n');
		}
		prose(out, report, "五");
		prose(out, report, "六");
		return out.toString();
	}

	private static void prose(StringBuilder out, GeneratedReport report, String numeral) {
		out.append(PrintedForm.PROSE_HEADINGS.get(numeral)).append('\n');
		for (String line : report.prose().getOrDefault(numeral, "").split("\n")) {
			if (!line.isBlank()) {
				out.append(line).append('\n');
			}
		}
		out.append('\n');
	}

	private static void pipeRows(StringBuilder out, List<List<FormCell>> rows) {
		int quirk = 0;
		for (List<FormCell> row : rows) {
			List<String> cells = new ArrayList<>();
			for (FormCell cell : row) {
				String text = halfWidth(cell.text()).replace("\n", "");
				if (cell.label() && cells.isEmpty() && text.length() > 4 && quirk++ % 3 == 0) {
					// a long first label broken inside its cell, or holding a tab
					text = (quirk % 2 == 1) ? text.substring(0, 3) + "\n" + text.substring(3)
							: text.substring(0, 2) + "\t" + text.substring(2);
				}
				else if (!cell.label() && quirk++ % 4 == 1) {
					text = text + "  ";
				}
				cells.add(text);
				for (int c = 1; c < cell.colSpan(); c++) {
					cells.add("");
				}
			}
			String line = String.join(" | ", cells);
			out.append((row.size() == 1 && cells.size() > 1) ? cells.get(0) + " |" : line).append('\n');
		}
	}

	private static void cellPerLine(StringBuilder out, List<List<FormCell>> rows, Shape shape) {
		for (List<FormCell> row : rows) {
			for (FormCell cell : row) {
				String text = halfWidth(cell.text()).replace("\n", "");
				switch (shape) {
					case CELL_PER_LINE_PIPE_ENDED -> out.append(text).append(" |\n");
					case CELL_THEN_PIPE_LINE -> out.append(text).append("\n|\n");
					default -> out.append(text).append("\n\n");
				}
			}
		}
	}

	/** Full-width brackets, colon and comma as web pages often give them: ASCII. */
	static String halfWidth(String text) {
		return text.replace('（', '(').replace('）', ')').replace('：', ':').replace('，', ',');
	}

}
