package org.xxgk.rollup.review;

import java.util.List;

/**
 * The offline review sheet (复核意见表.xlsx), for an office without the console: the review step writes one row per
 * open finding, the clerk picks a 处理意见 from the drop-down and writes a 说明, and puts the filled file under
 * {@code <input>/复核意见/}; the next run reads it ({@link ReviewSheets}). Rows are matched back by the hidden, locked
 * key columns (year, unit code, rule, metric, submission SHA-256), never by their position, so sorting, filtering or
 * deleting rows cannot attach a decision to another finding. Columns are found by their headers.
 */
public final class ReviewSheet {

	/** Where filled sheets are put, directly under the input folder: not a submission, the ingest skips it. */
	public static final String FOLDER = "复核意见";

	/** The sheet the review step writes into the output folder. */
	public static final String FILE = "复核意见表.xlsx";

	/** What the run did with each filled row, written into the output folder. */
	public static final String RESULT_FILE = "复核意见处理结果.csv";

	/** The worksheet's name. */
	public static final String SHEET = "复核意见";

	private ReviewSheet() {
	}

	/** The sheet's columns, in order: what the clerk reads, the two it fills, and the hidden keys. */
	public enum Column {

		NUMBER("序号", 6), UNIT("单位", 14), FILE("报告文件", 28), SEVERITY("严重程度", 8), PROBLEM("问题类别", 18),
		PLACE("位置（表、行、列）", 36), ACTUAL("填报值", 12), EXPECTED("应为", 12), MESSAGE("问题说明", 50),
		LAST_DECISION("上次复核决定", 30), DECISION("处理意见", 22), REASON("说明", 36), RULE_ID("规则代码", 20),
		METRIC_ID("指标代码", 30), KEY_YEAR("年度", 6), KEY_UNIT("单位代码", 12), KEY_RULE("规则", 20),
		KEY_METRIC("指标", 30), KEY_SHA256("报告SHA-256", 66);

		private final String header;

		private final int width;

		Column(String header, int width) {
			this.header = header;
			this.width = width;
		}

		public String header() {
			return this.header;
		}

		/** Width in characters. */
		public int width() {
			return this.width;
		}

		/** The clerk fills these; every other cell is locked. */
		public boolean editable() {
			return this == DECISION || this == REASON;
		}

		/** The keys the row is matched back by: hidden and locked. */
		public boolean key() {
			return name().startsWith("KEY_");
		}

	}

	/** The drop-down's choices, in the order shown. */
	public static List<String> choices() {
		return List.of(Decision.CONFIRM.chinese(), Decision.DISMISS.chinese(), Decision.INCLUDE.chinese());
	}

}
