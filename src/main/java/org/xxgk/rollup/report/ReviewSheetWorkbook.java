package org.xxgk.rollup.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.report.ReviewData.ReviewFinding;
import org.xxgk.rollup.review.ReviewSheet;
import org.xxgk.rollup.review.ReviewSheet.Column;

/**
 * {@code 复核意见表.xlsx}, the offline way to decide ({@link ReviewSheet}): one row per open finding of a unit (not
 * dismissed, not included; a confirmed one stays, with its decision beside it), errors first, with a drop-down of the
 * three decisions and a 说明 column, the only cells the clerk can edit. The key columns are hidden and the sheet is
 * protected (without a password: it guards against accidents, not against the office), so the row is matched back by
 * its keys however the clerk sorts or filters. Findings of a file matched to no unit cannot be decided and are not
 * listed, nor a file the machine reads again next run (nothing of the unit's to decide). Several findings with the
 * same key (TEXT-COPIED from two neighbours) are one row, their messages joined.
 */
public class ReviewSheetWorkbook {

	/** Rows above the header: the title and how to fill the sheet. */
	static final int HEADER_ROW = 2;

	/** The workbook's bytes (tests; the review step streams it to its file with {@link #write(ReviewData, OutputStream)}). */
	public byte[] write(ReviewData data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(data, out);
		return out.toByteArray();
	}

	/**
	 * Writes the workbook to {@code out} (not closed). The findings are walked twice, to count the rows for the title
	 * and to list them, and only one unit's are held at a time; rows beyond the window go to a temporary file.
	 */
	public void write(ReviewData data, OutputStream out) {
		long count = countRows(data);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
			SXSSFSheet sheet = workbook.createSheet(ReviewSheet.SHEET);
			CellStyle locked = style(workbook, true, false);
			CellStyle lockedQuoted = style(workbook, true, false);
			lockedQuoted.setQuotePrefixed(true);
			CellStyle editable = style(workbook, false, false);
			editable.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
			editable.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			CellStyle header = style(workbook, true, true);
			Column[] columns = Column.values();
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue(data.regionName() + " " + data.year() + " 年度 复核意见表（" + count
					+ " 条未处理的审核发现）");
			Row help = sheet.createRow(1);
			help.createCell(0).setCellValue("填写方法：在黄色的“处理意见”列从下拉列表中选择一项（" + String.join(" / ", ReviewSheet.choices())
					+ "），在“说明”列写明理由（必填）；不处理的行留空。保存后放入报送文件夹下的“" + ReviewSheet.FOLDER
					+ "”文件夹（文件名不限），下次汇总时生效，处理结果见输出文件夹中的“" + ReviewSheet.RESULT_FILE
					+ "”。可以用筛选只看某个单位或某类问题；其余各列已锁定。");
			sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, Column.REASON.ordinal()));
			help.setHeightInPoints(48);
			help.getCell(0).setCellStyle(wrapped(workbook));
			Row headings = sheet.createRow(HEADER_ROW);
			for (Column column : columns) {
				Cell cell = headings.createCell(column.ordinal());
				cell.setCellValue(column.header());
				cell.setCellStyle(header);
				sheet.setColumnWidth(column.ordinal(), column.width() * 256);
				sheet.setColumnHidden(column.ordinal(), column.key());
			}
			int[] next = { HEADER_ROW + 1 };
			eachRow(data, (same) -> {
				int index = next[0]++;
				ReviewFinding finding = same.get(0);
				Row row = sheet.createRow(index);
				Map<Column, String> cells = new LinkedHashMap<>();
				cells.put(Column.NUMBER, String.valueOf(index - HEADER_ROW));
				cells.put(Column.UNIT, data.units().shownName(finding.unitCode(), finding.unitName()));
				cells.put(Column.FILE, finding.sourceFile());
				cells.put(Column.SEVERITY, Wording.severity(finding.severity()));
				cells.put(Column.PROBLEM, Rule.chineseNameOf(finding.rule()));
				cells.put(Column.PLACE, Wording.place(finding));
				cells.put(Column.ACTUAL, finding.actual());
				cells.put(Column.EXPECTED, finding.expected());
				cells.put(Column.MESSAGE, String.join("；", same.stream().map(ReviewFinding::message).distinct().toList()));
				cells.put(Column.LAST_DECISION, finding.decisionNote());
				cells.put(Column.DECISION, "");
				cells.put(Column.REASON, "");
				cells.put(Column.RULE_ID, finding.rule());
				cells.put(Column.METRIC_ID, finding.metric());
				cells.put(Column.KEY_YEAR, String.valueOf(data.year()));
				cells.put(Column.KEY_UNIT, finding.unitCode());
				cells.put(Column.KEY_RULE, finding.rule());
				cells.put(Column.KEY_METRIC, finding.metric());
				cells.put(Column.KEY_SHA256, finding.sha256());
				cells.forEach((column, value) -> {
					Cell cell = row.createCell(column.ordinal());
					cell.setCellValue(value);
					cell.setCellStyle(column.editable() ? editable
							: ConsolidatedWorkbook.looksLikeFormula(value) ? lockedQuoted : locked);
				});
			});
			int index = next[0];
			if (count > 0) {
				DataValidationHelper helper = sheet.getDataValidationHelper();
				DataValidation choice = helper.createValidation(
						helper.createExplicitListConstraint(ReviewSheet.choices().toArray(String[]::new)),
						new CellRangeAddressList(HEADER_ROW + 1, index - 1, Column.DECISION.ordinal(),
								Column.DECISION.ordinal()));
				choice.setSuppressDropDownArrow(true);
				choice.setShowErrorBox(true);
				choice.createErrorBox("处理意见", "请从下拉列表中选择：" + String.join("、", ReviewSheet.choices()));
				choice.setShowPromptBox(true);
				choice.createPromptBox("处理意见", "请选择一项，并在“说明”列写明理由");
				sheet.addValidationData(choice);
				sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, index - 1, 0, Column.METRIC_ID.ordinal()));
			}
			sheet.createFreezePane(Column.FILE.ordinal(), HEADER_ROW + 1);
			// protected without a password: cells but the two to fill are read-only, hidden columns stay hidden;
			// filtering (and sorting where the program allows it on a protected sheet) stays allowed: the keys are
			// in each row, so neither can attach a row's decision to another finding
			sheet.enableLocking();
			sheet.lockSort(false);
			sheet.lockAutoFilter(false);
			sheet.lockSelectLockedCells(false);
			sheet.lockSelectUnlockedCells(false);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The sheet's rows: the open findings of matched units, one per unit, rule, metric and content, in the order of
	 * {@link FeedbackLetters#byUnit} (errors first). Held whole: tests.
	 */
	static Map<String, List<ReviewFinding>> rows(ReviewData data) {
		Map<String, List<ReviewFinding>> rows = new LinkedHashMap<>();
		eachRow(data, (same) -> rows.put(key(same.get(0)), same));
		return rows;
	}

	/** How many rows the sheet lists ({@link #eachRow}), counted as they go by. */
	static long countRows(ReviewData data) {
		long[] count = { 0 };
		eachRow(data, (same) -> count[0]++);
		return count[0];
	}

	/**
	 * Hands on each row's findings in the sheet's order, walking {@link ReviewData#findingsByUnit} (the order of
	 * {@link FeedbackLetters#byUnit}) once: a row's findings all have one unit code, and the findings of a unit code
	 * come one after another there, so only the rows of the unit code at hand are held.
	 */
	static void eachRow(ReviewData data, Consumer<List<ReviewFinding>> row) {
		Map<String, List<ReviewFinding>> unitRows = new LinkedHashMap<>();
		String unitCode = null;
		for (ReviewFinding finding : data.findingsByUnit()) {
			if (!finding.isOpen() || finding.isReadAgain() || finding.unitCode() == null
					|| finding.unitCode().isBlank()) {
				continue;
			}
			if (!finding.unitCode().equals(unitCode)) {
				unitRows.values().forEach(row);
				unitRows.clear();
				unitCode = finding.unitCode();
			}
			unitRows.computeIfAbsent(key(finding), (key) -> new ArrayList<>()).add(finding);
		}
		unitRows.values().forEach(row);
	}

	private static String key(ReviewFinding finding) {
		return String.join("\t", finding.unitCode(), finding.rule(), finding.metric(), finding.sha256());
	}

	private static CellStyle style(SXSSFWorkbook workbook, boolean locked, boolean bold) {
		CellStyle style = workbook.createCellStyle();
		style.setLocked(locked);
		style.setWrapText(true);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		if (bold) {
			Font font = workbook.createFont();
			font.setBold(true);
			style.setFont(font);
			style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		return style;
	}

	private static CellStyle wrapped(SXSSFWorkbook workbook) {
		CellStyle style = workbook.createCellStyle();
		style.setWrapText(true);
		return style;
	}

}
