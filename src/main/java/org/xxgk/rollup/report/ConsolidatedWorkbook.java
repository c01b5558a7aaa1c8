package org.xxgk.rollup.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.report.FormTable.Block;
import org.xxgk.rollup.report.FormTable.HeaderCell;
import org.xxgk.rollup.report.KeyFigures.Figure;
import org.xxgk.rollup.report.ReviewData.ReviewFinding;
import org.xxgk.rollup.report.ReviewData.Total;
import org.xxgk.rollup.report.ReviewData.Unit;

/**
 * {@code consolidated.xlsx}: the county's tables 二, 三 and 四 as on the form, the per-unit figures (main figures, and
 * every figure in long form) and the findings, for a clerk to filter and print: frozen headers, filters, number
 * formats, column widths, landscape A4. Text is always stored as text; text that starts like a formula is marked
 * quote-prefixed, so editing the cell in Excel or WPS does not turn it into one either.
 */
public class ConsolidatedWorkbook {

	static final String UNITS_SHEET = "各单位主要数据";

	static final String DETAIL_SHEET = "各单位明细";

	static final String FINDINGS_SHEET = "问题清单";

	private final MetricCatalog catalog;

	/** Rows of a sheet kept in memory while writing; the form sheets are shorter than this. */
	private static final int ROWS_IN_MEMORY = 500;

	public ConsolidatedWorkbook(MetricCatalog catalog) {
		this.catalog = catalog;
	}

	/** The sheet name of a form table: 表二（2021版）, 表二（2019版）, 表三, 表四. */
	static String sheetName(FormTable table) {
		String name = table.title().startsWith("二") ? "表二" : table.title().startsWith("三") ? "表三" : "表四";
		return table.title().contains("2019") ? name + "（2019版）" : table.title().contains("2021") ? name + "（2021版）" : name;
	}

	/** The workbook's bytes (tests; the review step streams it to its file with {@link #write(ReviewData, OutputStream)}). */
	public byte[] write(ReviewData data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(data, out);
		return out.toByteArray();
	}

	/**
	 * Writes the workbook to {@code out} (not closed). Streamed: rows beyond a window go to a temporary file, and the
	 * workbook goes to {@code out} as it is zipped, so neither a province's units nor its file have to fit in the heap.
	 */
	public void write(ReviewData data, OutputStream out) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
			Styles styles = new Styles(workbook);
			Map<String, Total> shown = CountyForm.shown(data);
			for (FormTable table : CountyForm.tables(this.catalog, data.year())) {
				formSheet(workbook.createSheet(sheetName(table)), table, data, shown, styles);
			}
			unitsSheet(workbook.createSheet(UNITS_SHEET), data, styles);
			detailSheet(workbook.createSheet(DETAIL_SHEET), data, styles);
			findingsSheet(workbook.createSheet(FINDINGS_SHEET), data, styles);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Row 0 is the title; then per block its header rows and body rows, and one empty row. Tests walk the sheet in
	 * the same order.
	 */
	private void formSheet(Sheet sheet, FormTable table, ReviewData data, Map<String, Total> shown, Styles styles) {
		text(sheet.createRow(0).createCell(0), data.regionName() + " " + data.year() + " 年度 " + table.title(),
				styles.title);
		int rowIndex = 1;
		int widest = 0;
		for (Block block : table.blocks()) {
			for (List<HeaderCell> header : block.headers()) {
				Row row = sheet.createRow(rowIndex);
				text(row.createCell(0), "", styles.header);
				row.setHeightInPoints(header.stream().filter((cell) -> cell.span() == 1)
					.mapToInt((cell) -> lines(cell.text(), VALUE_CHARACTERS)).max().orElse(1) * LINE_POINTS);
				int column = 1;
				for (HeaderCell cell : header) {
					for (int i = 0; i < cell.span(); i++) {
						text(row.createCell(column + i), (i == 0) ? cell.text() : "", styles.header);
					}
					if (cell.span() > 1) {
						sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, column, column + cell.span() - 1));
					}
					column += cell.span();
				}
				rowIndex++;
			}
			for (FormTable.Row body : block.rows()) {
				Row row = sheet.createRow(rowIndex++);
				text(row.createCell(0), body.label(), styles.label);
				row.setHeightInPoints(lines(body.label(), LABEL_CHARACTERS) * LINE_POINTS);
				for (int i = 0; i < body.metrics().size(); i++) {
					String metric = body.metrics().get(i);
					Total total = shown.get(metric);
					Cell cell = row.createCell(i + 1);
					if (total == null) {
						text(cell, "—", styles.label);
					}
					else {
						number(cell, total.value(), this.catalog.get(metric), styles);
					}
				}
			}
			widest = Math.max(widest, block.columns());
			rowIndex++;
		}
		int width = widest;
		note(sheet, rowIndex++, width, "按" + CountyForm.template(data.year()).code() + "年版表格汇总了 "
				+ data.acceptedCount() + " 个单位（应报 " + data.unitCount()
				+ " 个）。" + CountyForm.HARMONISED, styles);
		for (String note : CountyForm.notes(this.catalog, table, data, shown)) {
			note(sheet, rowIndex++, width, note, styles);
		}
		sheet.setColumnWidth(0, LABEL_CHARACTERS * 2 * 256);
		for (int column = 1; column <= widest; column++) {
			sheet.setColumnWidth(column, VALUE_CHARACTERS * 2 * 256);
		}
		printLandscape(sheet);
	}

	/** A note under a form table: one wrapped cell across the table's width, as high as its text needs. */
	private static void note(Sheet sheet, int rowIndex, int valueColumns, String text, Styles styles) {
		Row row = sheet.createRow(rowIndex);
		text(row.createCell(0), text, styles.note);
		if (valueColumns > 0) {
			sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, valueColumns));
		}
		row.setHeightInPoints(lines(text, LABEL_CHARACTERS + valueColumns * VALUE_CHARACTERS - 1) * LINE_POINTS);
	}

	private static void unitsSheet(Sheet sheet, ReviewData data, Styles styles) {
		Row header = sheet.createRow(0);
		List<String> titles = new ArrayList<>(List.of("单位代码", "单位", "状态", "表格", "报送文件", "收到时间"));
		KeyFigures.UNIT_COLUMNS.forEach((figure) -> {
			titles.add(figure.label());
			titles.add(figure.label() + "占" + data.whole());
		});
		int[] widths = widths(titles.size(), Map.of(1, 16, 2, 16, 4, 40, 5, 18));
		headerRow(header, titles, widths, styles);
		int rowIndex = 1;
		for (Unit unit : data.units()) {
			Row row = sheet.createRow(rowIndex++);
			text(row.createCell(0), unit.code(), styles.cell);
			text(row.createCell(1), data.units().shownName(unit), styles.cell);
			text(row.createCell(2), unit.status().chinese(), styles.cell);
			text(row.createCell(3), unit.template(), styles.cell);
			text(row.createCell(4), unit.fileNames(), styles.cell);
			text(row.createCell(5), Wording.arrivals(unit), styles.cell);
			int column = 6;
			for (Figure figure : KeyFigures.UNIT_COLUMNS) {
				if (unit.accepted()) {
					BigDecimal value = figure.of(unit::figure);
					Cell valueCell = row.createCell(column);
					valueCell.setCellValue(value.doubleValue());
					valueCell.setCellStyle(styles.count);
					Cell shareCell = row.createCell(column + 1);
					shareCell.setCellStyle(styles.percent);
					OverviewPage.share(value, figure.of(data::totalOrZero))
						.ifPresent((share) -> shareCell.setCellValue(share.doubleValue()));
				}
				else {
					// a unit not in the totals: its row keeps its borders, its figures blank
					row.createCell(column).setCellStyle(styles.count);
					row.createCell(column + 1).setCellStyle(styles.percent);
				}
				column += 2;
			}
			fitHeight(row, widths);
		}
		finishList(sheet, widths, rowIndex);
	}

	private void detailSheet(Sheet sheet, ReviewData data, Styles styles) {
		List<String> titles = List.of("单位代码", "单位", "表", "行", "列", "指标代码", "数值");
		int[] widths = widths(titles.size(), Map.of(3, 50, 4, 20, 5, 50));
		headerRow(sheet.createRow(0), titles, widths, styles);
		int rowIndex = 1;
		if (!data.detailed()) {
			text(sheet.createRow(rowIndex++).createCell(0), "单位超过 " + ReviewData.DETAIL_UNIT_LIMIT
					+ " 个，各单位全部数据请见 figures.csv（可用 Excel/WPS 打开并筛选）。", styles.plain);
			finishList(sheet, widths, rowIndex);
			return;
		}
		for (Unit unit : data.units()) {
			Template template = unit.template().isBlank() ? Template.V2021 : Template.ofCode(unit.template());
			for (Metric metric : this.catalog.all()) {
				BigDecimal value = unit.figures().get(metric.code());
				if (value == null) {
					continue;
				}
				Template shown = metric.isIn(template) ? template : (template == Template.V2021) ? Template.V2019 : Template.V2021;
				Row row = sheet.createRow(rowIndex++);
				text(row.createCell(0), unit.code(), styles.cell);
				text(row.createCell(1), data.units().shownName(unit), styles.cell);
				text(row.createCell(2), metric.tableName(), styles.cell);
				text(row.createCell(3), metric.rowLabel(shown), styles.cell);
				text(row.createCell(4), metric.columnLabel(shown), styles.cell);
				text(row.createCell(5), metric.code(), styles.cell);
				number(row.createCell(6), value, metric, styles);
				fitHeight(row, widths);
			}
		}
		finishList(sheet, widths, rowIndex);
	}

	private static void findingsSheet(Sheet sheet, ReviewData data, Styles styles) {
		List<String> titles = List.of("单位", "文件", "严重程度", "规则", "位置", "填报值", "应为", "说明", "复核意见");
		int[] widths = widths(titles.size(), Map.of(1, 40, 3, 22, 4, 50, 7, 80, 8, 50));
		headerRow(sheet.createRow(0), titles, widths, styles);
		int rowIndex = 1;
		for (ReviewFinding finding : data.findingsByUnit()) {
			Row row = sheet.createRow(rowIndex++);
			List<String> values = List.of(FeedbackLetters.shownName(data, finding), finding.sourceFile(),
					Wording.severity(finding.severity()), finding.rule(), Wording.place(finding), finding.actual(),
					finding.expected(), finding.message(), finding.decisionNote());
			for (int i = 0; i < values.size(); i++) {
				text(row.createCell(i), values.get(i), styles.cell);
			}
			fitHeight(row, widths);
		}
		finishList(sheet, widths, rowIndex);
	}

	/** A list sheet's column widths in character widths: 14, or the given ones by column. */
	private static int[] widths(int columns, Map<Integer, Integer> wider) {
		int[] widths = new int[columns];
		for (int column = 0; column < columns; column++) {
			widths[column] = wider.getOrDefault(column, 14);
		}
		return widths;
	}

	private static void headerRow(Row header, List<String> titles, int[] widths, Styles styles) {
		for (int i = 0; i < titles.size(); i++) {
			text(header.createCell(i), titles.get(i), styles.header);
		}
		fitHeight(header, widths);
	}

	/**
	 * A list row as high as its longest wrapped text needs: viewers that do not measure wrapped text themselves (WPS,
	 * Excel on a row written by a program) would otherwise draw the second line over the next row.
	 */
	static void fitHeight(Row row, int[] widths) {
		int needed = 1;
		for (Cell cell : row) {
			if (cell.getCellType() == CellType.STRING && cell.getColumnIndex() < widths.length) {
				for (String line : cell.getStringCellValue().split("\n", -1)) {
					// a Chinese character takes two character widths, less the cell's padding
					needed = Math.max(needed, lines(line, Math.max(1, (widths[cell.getColumnIndex()] - 1) / 2)));
				}
			}
		}
		row.setHeightInPoints(needed * LINE_POINTS);
	}

	/** A list sheet: header frozen, filter on every column, the widths its rows were fitted to, printed landscape. */
	private static void finishList(Sheet sheet, int[] widths, int rows) {
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, widths.length - 1));
		for (int column = 0; column < widths.length; column++) {
			sheet.setColumnWidth(column, widths[column] * 256);
		}
		sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, widths.length - 1));
		printLandscape(sheet);
	}

	/** Chinese characters a line of the form sheets' label column holds (each takes two character widths). */
	static final int LABEL_CHARACTERS = 30;

	static final int VALUE_CHARACTERS = 7;

	static final float LINE_POINTS = 15f;

	/** Lines a wrapped text takes in a column this many Chinese characters wide (an ASCII character counts half). */
	static int lines(String text, int characters) {
		double width = text.codePoints().mapToDouble((c) -> (c < 0x2E80) ? 0.5 : 1).sum();
		return Math.max(1, (int) Math.ceil(width / characters));
	}

	private static void printLandscape(Sheet sheet) {
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
	}

	private static void number(Cell cell, BigDecimal value, Metric metric, Styles styles) {
		cell.setCellValue(value.doubleValue());
		cell.setCellStyle(metric.kind().isWhole() ? styles.count : styles.amount);
	}

	/** Always a text cell; one that looks like a formula is quote-prefixed so it stays text when edited. */
	static void text(Cell cell, String value, CellStyle style) {
		cell.setCellValue(value == null ? "" : value);
		cell.setCellStyle(looksLikeFormula(value) ? quoted(cell, style) : style);
	}

	static boolean looksLikeFormula(String value) {
		return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
	}

	private static CellStyle quoted(Cell cell, CellStyle style) {
		var workbook = cell.getSheet().getWorkbook();
		for (int i = 0; i < workbook.getNumCellStyles(); i++) {
			CellStyle candidate = workbook.getCellStyleAt(i);
			if (candidate.getQuotePrefixed() && candidate.getFontIndex() == style.getFontIndex()
					&& candidate.getFillForegroundColor() == style.getFillForegroundColor()) {
				return candidate;
			}
		}
		CellStyle quoted = workbook.createCellStyle();
		quoted.cloneStyleFrom(style);
		quoted.setQuotePrefixed(true);
		return quoted;
	}

	/** The few styles of the workbook, created once (Excel limits their number). */
	private static final class Styles {

		final CellStyle title;

		final CellStyle header;

		final CellStyle label;

		final CellStyle plain;

		/** A form sheet's note: wrapped, top-aligned, no border. */
		final CellStyle note;

		/** A list's text cell: bordered like its numbers, wrapped. */
		final CellStyle cell;

		final CellStyle count;

		final CellStyle amount;

		final CellStyle percent;

		Styles(Workbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			this.title = workbook.createCellStyle();
			this.title.setFont(big);
			this.header = bordered(workbook);
			this.header.setFont(bold);
			this.header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.header.setAlignment(HorizontalAlignment.CENTER);
			this.header.setWrapText(true);
			this.label = bordered(workbook);
			this.label.setWrapText(true);
			this.plain = workbook.createCellStyle();
			this.note = workbook.createCellStyle();
			this.note.setWrapText(true);
			this.note.setVerticalAlignment(VerticalAlignment.TOP);
			this.cell = bordered(workbook);
			this.cell.setWrapText(true);
			this.count = bordered(workbook);
			this.count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			this.amount = bordered(workbook);
			// amounts in 万元 are stored with up to 4 decimals (472.4016): shown as stored, not rounded to 472.40
			this.amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0000"));
			this.percent = bordered(workbook);
			this.percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
		}

		private static CellStyle bordered(Workbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

	}

}
