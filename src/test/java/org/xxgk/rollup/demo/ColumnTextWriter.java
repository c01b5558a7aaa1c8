package org.xxgk.rollup.demo;

import java.util.ArrayList;
import java.util.List;

import org.xxgk.rollup.model.PrintedForm.FormCell;
import org.xxgk.rollup.model.PrintedForm.LabelledRow;
import org.xxgk.rollup.model.PrintedForm;

/**
 * Writes a {@link GeneratedReport} as {@code pdftotext -layout} writes the PDF of a report: cells placed at their
 * column by runs of spaces, the title centred, prose indented, page numbers ({@code -3-}) between lines and between
 * two rows of table 三. In table 三, as in real PDFs (淮安市人民政府's): a long row label wraps onto the lines above and
 * below its values, 三、本年度办理结果 runs down the left one character per row, a block's merged label
 * ({@code （三）不予公开}) is split over the lines of its first two rows, and the header's labels are split over
 * several lines ({@code 商业企} / {@code 业}); table 四's header is split the same way.
 */
public final class ColumnTextWriter {

	private static final String RESULT_PARENT = PrintedForm.RESULT_PARENT;

	/** Where table 三's own row labels start, and how many characters fit before they wrap. */
	private static final int LABEL_AT = 13;

	private static final int LABEL_WIDTH = 16;

	/** Where the block labels （三）不予公开 stand, split in two. */
	private static final int BLOCK_AT = 5;

	/** Where table 三's first value column ends, and the width of each. */
	private static final int VALUES_END = 40;

	private static final int VALUE_WIDTH = 9;

	private static final int TABLE_TWO_LABEL = 16;

	private static final int TABLE_TWO_VALUE = 14;

	private static final int REVIEW_VALUE = 6;

	private final StringBuilder out = new StringBuilder();

	private int page = 1;

	private ColumnTextWriter() {
	}

	public static String write(GeneratedReport report) {
		ColumnTextWriter writer = new ColumnTextWriter();
		writer.writeAll(report);
		return writer.out.toString();
	}

	private void writeAll(GeneratedReport report) {
		PrintedForm form = PrintedForm.of(report.template(), report.cells());
		line("            " + report.publisher());
		line("     " + report.title().substring(report.publisher().length()));
		line("");
		prose(report, "一");
		pageNumber();
		line("     " + PrintedForm.HEADINGS.get(2));
		tableTwo(form.table(2));
		line("");
		line("      " + PrintedForm.HEADINGS.get(3));
		tableThreeHeader();
		tableThree(form.tableThreeRows());
		line("");
		line("     " + PrintedForm.HEADINGS.get(4));
		tableFour(form.table(4).get(3));
		line("");
		prose(report, "五");
		prose(report, "六");
		pageNumber();
	}

	private void prose(GeneratedReport report, String numeral) {
		line("   " + PrintedForm.PROSE_HEADINGS.get(numeral));
		for (String paragraph : report.prose().getOrDefault(numeral, "").split("\n")) {
			if (!paragraph.isBlank()) {
				line("   " + paragraph);
			}
		}
	}

	private void tableTwo(List<List<FormCell>> rows) {
		for (List<FormCell> row : rows) {
			if (row.size() == 1) {
				line("");
				line(row.get(0).text().replace("第（", " 第（"));
				line("");
				continue;
			}
			StringBuilder text = new StringBuilder(pad(row.get(0).text(), TABLE_TWO_LABEL));
			for (FormCell cell : row.subList(1, row.size())) {
				text.append(pad(cell.text(), TABLE_TWO_VALUE));
			}
			line("");
			line(text.toString().stripTrailing());
		}
	}

	/** The header as pdftotext leaves it: the note and the group label apart, the kinds split per syllable. */
	private void tableThreeHeader() {
		line(" ".repeat(57) + "申请人情况");
		line("");
		line("（本列数据的勾稽关系为：第一项加第二项之和，                  法人或其他组织");
		line("等于第三项加第四项之和）");
		line(" ".repeat(31) + "自然人" + " ".repeat(46) + "总计");
		line(" ".repeat(40) + "商业企      科研机     社会公益     法律服务");
		line(" ".repeat(75) + "其他");
		line(" ".repeat(40) + "业        构       组织       机构");
		line("");
	}

	private void tableThree(List<LabelledRow> rows) {
		String vertical = RESULT_PARENT.substring(0, 2) + "|" + String.join("|", RESULT_PARENT.substring(2).split(""));
		List<String> verticalPieces = List.of(vertical.split("\\|"));
		int result = 0;
		String block = null;
		int inBlock = 0;
		for (int r = 0; r < rows.size(); r++) {
			LabelledRow row = rows.get(r);
			List<String> labels = new ArrayList<>(row.labels());
			boolean isResult = labels.remove(RESULT_PARENT);
			String own = labels.get(labels.size() - 1);
			String left = (isResult && result < verticalPieces.size()) ? verticalPieces.get(result) : "";
			result += isResult ? 1 : 0;
			String blockPiece = "";
			if (labels.size() > 1) {
				inBlock = labels.get(0).equals(block) ? inBlock + 1 : 0;
				block = labels.get(0);
				int half = (block.length() + 1) / 2;
				blockPiece = (inBlock == 0) ? block.substring(0, half) : (inBlock == 1) ? block.substring(half) : "";
			}
			int at = isResult ? LABEL_AT : 0;
			int width = isResult ? LABEL_WIDTH : VALUES_END - 6;
			List<String> pieces = wrap(own, width);
			// a wrapped label starts on the line above its values and ends on the lines below
			if (pieces.size() > 1) {
				line(" ".repeat(at) + pieces.get(0));
			}
			String label = pieces.get(pieces.size() > 1 ? 1 : 0);
			String text = isResult ? pad(left, BLOCK_AT) + pad(blockPiece, at - BLOCK_AT) + label : label;
			line(withValues(text, row.values()));
			for (String piece : pieces.subList(Math.min(2, pieces.size()), pieces.size())) {
				line(" ".repeat(at) + piece);
			}
			line("");
			if (r == rows.size() / 2) {
				pageNumber();
			}
		}
	}

	/** A line's label text followed by the values, right-aligned in their columns. */
	private static String withValues(String label, List<String> values) {
		StringBuilder text = new StringBuilder(label);
		for (int c = 0; c < values.size(); c++) {
			int end = VALUES_END + c * VALUE_WIDTH;
			int start = Math.max(text.length() + 2, end - values.get(c).length());
			text.append(" ".repeat(start - text.length())).append(values.get(c));
		}
		return text.toString();
	}

	private void tableFour(List<FormCell> values) {
		line("行政复议                          行政诉讼");
		line("");
		line("                              未经复议直接起诉                              复议后起诉");
		line("");
		line("结果   结果    其他结    尚未");
		line("                        总计");
		line("                              结 果   结果       其他       尚未            结果   结果    其他   尚未审");
		line("维持   纠正    果      审结");
		line("                                                               总计                           总计");
		line("                              维持    纠正       结果       审结            维持   纠正    结果   结");
		line("");
		StringBuilder text = new StringBuilder();
		for (FormCell value : values) {
			text.append(pad(value.text(), REVIEW_VALUE));
		}
		line(text.toString().stripTrailing());
	}

	private static List<String> wrap(String label, int width) {
		List<String> pieces = new ArrayList<>();
		for (int at = 0; at < label.length(); at += width) {
			pieces.add(label.substring(at, Math.min(label.length(), at + width)));
		}
		return pieces;
	}

	/** Text followed by spaces up to {@code width}, and always at least two (a run of spaces ends a cell). */
	private static String pad(String text, int width) {
		return text.isEmpty() ? " ".repeat(width) : text + " ".repeat(Math.max(2, width - text.length()));
	}

	private void pageNumber() {
		line("");
		line("                                          -" + this.page++ + "-");
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

}
