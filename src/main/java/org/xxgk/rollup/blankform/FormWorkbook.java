package org.xxgk.rollup.blankform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.xxgk.rollup.model.PrintedForm.FormCell;
import org.xxgk.rollup.model.PrintedForm.Slot;
import org.xxgk.rollup.model.PrintedForm;
import org.xxgk.rollup.model.Template;

/**
 * The structured form a county hands to its townships: an .xlsx with a cover (单位名称, 报告年度), a sheet per table
 * with the official row and column labels (merged as on paper, locked: the sheets are protected) and unlocked cells
 * for the figures, and a sheet 正文 for the prose of parts 一、五、六. The same workbook can be saved as Excel 97–2003
 * .xls. The parser reads both back ({@code SpreadsheetReader}); the test generators write it filled in.
 */
public final class FormWorkbook {

	public static final String UNIT_LABEL = "单位名称";

	public static final String YEAR_LABEL = "报告年度";

	/** The parts of the form that are prose, in the order of the sheet 正文. */
	public static final List<String> PROSE_PARTS = List.of("一", "五", "六");

	private FormWorkbook() {
	}

	/** The blank form of a template for a year: labels only, every figure and the unit name left to fill in. */
	public static byte[] blankXlsx(Template template, int year) {
		return xlsx(PrintedForm.blank(template), "", year, Map.of(), true);
	}

	/** The form filled in by a unit (its figures in {@code form}, its prose by part), as a township returns it. */
	public static byte[] filledXlsx(PrintedForm form, String unit, int year, Map<String, String> prose) {
		return xlsx(form, unit, year, prose, false);
	}

	/** The filled form as an Excel 97–2003 .xls (what an old Excel or WPS saves; WPS's .et is the same format). */
	public static byte[] filledXls(PrintedForm form, String unit, int year, Map<String, String> prose) {
		return workbook(new HSSFWorkbook(), form, unit, year, prose, false);
	}

	private static byte[] xlsx(PrintedForm form, String unit, int year, Map<String, String> prose, boolean toPrint) {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.getProperties().getCoreProperties().setCreated(Optional.of(new Date(1_640_995_200_000L)));
		workbook.getProperties().getCoreProperties().setModified(Optional.of(new Date(1_640_995_200_000L)));
		return DeterministicZip.normalize(workbook(workbook, form, unit, year, prose, toPrint));
	}

	private static byte[] workbook(Workbook workbook, PrintedForm form, String unit, int year, Map<String, String> prose,
			boolean toPrint) {
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			Sheet cover = workbook.createSheet("封面");
			labelled(cover, 0, UNIT_LABEL, unit, styles);
			Cell yearCell = labelled(cover, 1, YEAR_LABEL, "", styles);
			yearCell.setCellValue(year);
			cover.setColumnWidth(1, 40 * 256);
			lock(cover);
			for (int table = 2; table <= 4; table++) {
				tableSheet(workbook.createSheet("表" + "二三四".charAt(table - 2)), form, table, styles);
			}
			Sheet proseSheet = workbook.createSheet("正文");
			proseSheet.setColumnWidth(0, 100 * 256);
			int r = 0;
			for (String numeral : PROSE_PARTS) {
				Cell heading = proseSheet.createRow(r++).createCell(0);
				heading.setCellValue(PrintedForm.PROSE_HEADINGS.get(numeral));
				heading.setCellStyle(styles.label);
				Cell text = proseSheet.createRow(r++).createCell(0);
				text.setCellValue(prose.getOrDefault(numeral, ""));
				text.setCellStyle(styles.input);
			}
			lock(proseSheet);
			if (toPrint) {
				printOnA4(workbook);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The blank form is printed to be filled by hand: every sheet on A4, tables 三 and 四 (wide) landscape, each
	 * fitted to one page width. (The demo's filled forms keep the bytes they had.)
	 */
	private static void printOnA4(Workbook workbook) {
		for (Sheet sheet : workbook) {
			sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
			sheet.getPrintSetup().setLandscape(sheet.getSheetName().equals("表三") || sheet.getSheetName().equals("表四"));
			sheet.setFitToPage(true);
			sheet.getPrintSetup().setFitWidth((short) 1);
			sheet.getPrintSetup().setFitHeight((short) 0);
			sheet.setHorizontallyCenter(true);
		}
	}

	/** Protects the sheet without a password, so only the unlocked cells can be typed in. */
	private static void lock(Sheet sheet) {
		if (sheet instanceof XSSFSheet xssf) {
			xssf.enableLocking();
		}
		else {
			sheet.protectSheet("");
		}
	}

	private static Cell labelled(Sheet sheet, int r, String label, String value, Styles styles) {
		Row row = sheet.createRow(r);
		Cell labelCell = row.createCell(0);
		labelCell.setCellValue(label);
		labelCell.setCellStyle(styles.label);
		Cell valueCell = row.createCell(1);
		valueCell.setCellValue(value);
		valueCell.setCellStyle(styles.input);
		return valueCell;
	}

	private static void tableSheet(Sheet sheet, PrintedForm form, int table, Styles styles) {
		int width = form.width(table);
		Cell heading = sheet.createRow(0).createCell(0);
		heading.setCellValue(PrintedForm.HEADINGS.get(table));
		heading.setCellStyle(styles.label);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
		List<List<Slot>> rows = form.slots(table);
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r + 1);
			int column = 0;
			for (Slot slot : rows.get(r)) {
				FormCell cell = slot.cell();
				for (int c = 0; c < cell.colSpan(); c++) {
					row.createCell(column + c).setCellStyle(cell.label() ? styles.label : styles.input);
				}
				if (!slot.continuation()) {
					write(row.getCell(column), cell);
					if (cell.colSpan() > 1 || cell.rowSpan() > 1) {
						sheet.addMergedRegion(new CellRangeAddress(r + 1, r + cell.rowSpan(), column,
								column + cell.colSpan() - 1));
					}
				}
				column += cell.colSpan();
			}
		}
		for (int c = 0; c < width; c++) {
			sheet.setColumnWidth(c, ((table == 3 && c < 3) || (table == 2 && c == 0) ? 24 : 12) * 256);
		}
		lock(sheet);
	}

	/** Labels as text; figures as numbers where they are numbers, so the township's sums work in Excel. */
	private static void write(Cell cell, FormCell form) {
		if (form.label() || form.text().isEmpty()) {
			cell.setCellValue(form.text());
			return;
		}
		try {
			cell.setCellValue(new BigDecimal(form.text()).doubleValue());
		}
		catch (NumberFormatException ex) {
			cell.setCellValue(form.text());
		}
	}

	/** Label cells locked and shaded, input cells unlocked: with the sheet protected only figures can be typed. */
	private static final class Styles {

		final CellStyle label;

		final CellStyle input;

		Styles(Workbook workbook) {
			this.label = workbook.createCellStyle();
			this.label.setLocked(true);
			this.label.setWrapText(true);
			this.label.setAlignment(HorizontalAlignment.CENTER);
			this.label.setVerticalAlignment(VerticalAlignment.CENTER);
			borders(this.label);
			this.input = workbook.createCellStyle();
			this.input.setLocked(false);
			this.input.setWrapText(true);
			borders(this.input);
		}

		private static void borders(CellStyle style) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}

	}

}
