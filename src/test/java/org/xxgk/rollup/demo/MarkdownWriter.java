package org.xxgk.rollup.demo;

import java.util.ArrayList;
import java.util.List;

import org.xxgk.rollup.model.PrintedForm.FormCell;
import org.xxgk.rollup.model.PrintedForm.LabelledRow;
import org.xxgk.rollup.model.PrintedForm;
import org.xxgk.rollup.model.ReviewGroup;

/**
 * Writes a {@link GeneratedReport} as Markdown the way PDF and OCR converters write it: {@code #} title, {@code ##}
 * part headings (or {@code **…**} for the tables' parts), pipe tables with {@code |---|} rule lines, long labels broken by {@code <br>}, a page number line
 * between parts. Two shapes seen in real copies:
 * <ul>
 * <li>{@link Shape#TABLES}: each table one Markdown table as the form prints it, merged cells empty, the header's
 * rows as body rows (a converter makes the first row the header);</li>
 * <li>{@link Shape#OCR_BLOCKS}: as an OCR converter splits them, table 二 one table per 第二十条 item, table 三 one
 * table per block under a {@code ###} heading with its applicant columns headed {@code 数据1}…{@code 数据6} and row
 * labels without their numbering, its last rows under a wrong repeated header, table 四 one table per group.</li>
 * </ul>
 */
public final class MarkdownWriter {

	/** The two shapes converters give. */
	public enum Shape {
		TABLES, OCR_BLOCKS
	}

	private static final String RESULT_PARENT = PrintedForm.RESULT_PARENT;

	private static final int BREAK_AFTER = 12;

	/** The header an OCR converter repeated over the last rows of table 三. */
	private static final String WRONG_HEADER = "| 项目 | 本年新收件数 | 上年结转件数 | 予以公开 | 部分公开 | 不予公开 | 结转下年度 | 总计 |";

	/** Rows of table 三 an OCR converter put under {@link #WRONG_HEADER}: the last four, as in 沭阳县人民政府's copy. */
	private static final int WRONGLY_HEADED = 4;

	private final StringBuilder out = new StringBuilder();

	private MarkdownWriter() {
	}

	public static String write(GeneratedReport report, Shape shape) {
		MarkdownWriter writer = new MarkdownWriter();
		writer.writeAll(report, shape);
		return writer.out.toString();
	}

	private void writeAll(GeneratedReport report, Shape shape) {
		PrintedForm form = PrintedForm.of(report.template(), report.cells());
		line("# " + report.title());
		line("");
		prose(report, "一");
		line("— 1 —");
		line("");
		for (int table = 2; table <= 4; table++) {
			// some converters mark the part headings in bold instead of as headings
			String heading = PrintedForm.HEADINGS.get(table);
			line((shape == Shape.TABLES) ? "**" + heading + "**" : "## " + heading);
			line("");
			if (shape == Shape.TABLES) {
				tableAsPrinted(form.table(table));
			}
			else if (table == 2) {
				tableTwoPerItem(form.table(2));
			}
			else if (table == 3) {
				tableThreePerBlock(form.tableThreeRows());
			}
			else {
				tableFourPerGroup(form.table(4).get(3));
			}
			line("");
		}
		prose(report, "五");
		prose(report, "六");
	}

	private void prose(GeneratedReport report, String numeral) {
		line("## " + PrintedForm.PROSE_HEADINGS.get(numeral));
		line("");
		for (String paragraph : report.prose().getOrDefault(numeral, "").split("\n")) {
			if (!paragraph.isBlank()) {
				line(paragraph);
				line("");
			}
		}
	}

	/** A table as the form prints it: a cell per position, merged positions empty, its first row as the header. */
	private void tableAsPrinted(List<List<FormCell>> rows) {
		int width = rows.stream().mapToInt((row) -> row.stream().mapToInt(FormCell::colSpan).sum()).max().orElse(1);
		boolean first = true;
		for (List<String> row : expand(rows, width)) {
			row(row);
			if (first) {
				line("|" + "---|".repeat(row.size()));
				first = false;
			}
		}
	}

	/** Rows of cells with each merged cell's text in its first position, the others empty. */
	private static List<List<String>> expand(List<List<FormCell>> rows, int width) {
		List<List<String>> expanded = new ArrayList<>();
		int[] coveredUntil = new int[width];
		for (int r = 0; r < rows.size(); r++) {
			String[] cells = new String[width];
			int column = 0;
			for (FormCell cell : rows.get(r)) {
				while (column < width && coveredUntil[column] > r) {
					cells[column++] = "";
				}
				cells[column] = broken(cell);
				for (int c = 0; c < cell.colSpan(); c++) {
					coveredUntil[column + c] = r + cell.rowSpan();
					cells[column + c] = (c == 0) ? cells[column] : "";
				}
				column += cell.colSpan();
			}
			for (int c = 0; c < width; c++) {
				cells[c] = (cells[c] != null) ? cells[c] : "";
			}
			expanded.add(List.of(cells));
		}
		return expanded;
	}

	/** A long label broken by {@code <br>} where the printed cell wrapped it. */
	private static String broken(FormCell cell) {
		String text = cell.text().replace("\n", "");
		return (cell.label() && text.length() > BREAK_AFTER + 4)
				? text.substring(0, BREAK_AFTER) + "<br>" + text.substring(BREAK_AFTER) : text;
	}

	private void tableTwoPerItem(List<List<FormCell>> rows) {
		boolean blockHeader = false;
		for (List<FormCell> row : rows) {
			if (row.size() == 1) {
				line("");
				line("### " + row.get(0).text());
				blockHeader = true;
				continue;
			}
			row(row.stream().map(FormCell::text).toList());
			if (blockHeader) {
				line("|" + "---|".repeat(row.size()));
				blockHeader = false;
			}
		}
	}

	/**
	 * Table 三 one table per block: 一、 and 二、 under their heading, then 三、本年度办理结果 and its blocks （一）…（七）
	 * each under its own heading, rows labelled without the numbering the heading already gives, and the last rows
	 * under a wrong header.
	 */
	private void tableThreePerBlock(List<LabelledRow> rows) {
		line("(" + PrintedForm.tableThreeNote().substring(1, PrintedForm.tableThreeNote().length() - 1) + ")");
		String block = null;
		boolean results = false;
		for (int r = 0; r < rows.size(); r++) {
			LabelledRow row = rows.get(r);
			List<String> labels = new ArrayList<>(row.labels());
			boolean result = labels.remove(RESULT_PARENT);
			String own = labels.get(labels.size() - 1);
			if (r >= rows.size() - WRONGLY_HEADED) {
				if (r == rows.size() - WRONGLY_HEADED) {
					line("");
					line(WRONG_HEADER);
					line("|---|---|---|---|---|---|---|---|");
				}
				cells(own, row.values());
				continue;
			}
			if (result && !results) {
				line("");
				line("### " + RESULT_PARENT);
				results = true;
			}
			String heading = (labels.size() > 1) ? labels.get(0) : own;
			if (!heading.equals(block)) {
				line("");
				line("### " + WebTextWriter.halfWidth(heading).replace(")", ") "));
				line("| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |");
				line("|---|---|---|---|---|---|---|---|");
				block = heading;
			}
			String label = (labels.size() > 1) ? own.replaceFirst("^(\\d+)\\.", "$1. ") : withoutNumbering(own);
			cells((label.length() > BREAK_AFTER + 4) ? label.substring(0, BREAK_AFTER) + "<br>" + label.substring(BREAK_AFTER)
					: label, row.values());
		}
	}

	/** 一、本年新收… and （一）予以公开 as an OCR copy repeats them under their heading: 本年新收…, 予以公开. */
	private static String withoutNumbering(String label) {
		return label.replaceFirst("^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)", "");
	}

	private void tableFourPerGroup(List<FormCell> values) {
		int columns = PrintedForm.REVIEW_RESULTS.size();
		for (ReviewGroup group : ReviewGroup.values()) {
			int first = group.ordinal() * columns;
			line("### " + group.label());
			row(PrintedForm.REVIEW_RESULTS);
			line("|----------|----------|----------|----------|------|");
			row(values.subList(first, first + columns).stream().map(FormCell::text).toList());
			line("");
		}
	}

	private void cells(String label, List<String> values) {
		List<String> row = new ArrayList<>();
		row.add(label);
		row.addAll(values);
		row(row);
	}

	private void row(List<String> cells) {
		this.out.append("| ").append(String.join(" | ", cells)).append(" |\n");
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

}
