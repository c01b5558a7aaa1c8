package org.xxgk.rollup.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.xxgk.rollup.parse.SourceDocument.Block;
import org.xxgk.rollup.parse.SourceDocument.Grid;
import org.xxgk.rollup.parse.SourceDocument.GridCell;
import org.xxgk.rollup.parse.SourceDocument.GridRow;
import org.xxgk.rollup.parse.SourceDocument.Paragraph;

/**
 * Reads the structured form of {@code jobs/blank-form} back, as .xlsx (a sheet per part) or as the same rows saved as
 * .csv, or as Excel 97–2003 .xls. A row holding only a part heading, or a line of prose under part 一/五/六, is a paragraph; the cover rows
 * 单位名称 / 报告年度 give the title; every other row is a table row, merged cells read as empty, as in Word's text.
 * The line of a cell is its spreadsheet row (counted across sheets for .xlsx).
 */
final class SpreadsheetReader {

	static final String UNIT_LABEL = "单位名称";

	static final String YEAR_LABEL = "报告年度";

	static final String TITLE_SUFFIX = "年度政府信息公开工作年度报告";

	SourceDocument readXlsx(byte[] content) throws UnreadableReportException {
		List<List<String>> streamed = XlsxRows.read(content);
		if (streamed != null) {
			return toDocument(streamed);
		}
		return toDocument(poiRows(content));
	}

	/** The .xlsx's rows as POI's workbook gives them: the oracle of {@link XlsxRows}, and its fallback. */
	static List<List<String>> poiRows(byte[] content) throws UnreadableReportException {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			return rows(workbook);
		}
		catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalStateException ex) {
			throw new UnreadableReportException("Excel文件已损坏或格式不正确，无法读取", ex);
		}
	}

	/** The same form saved as Excel 97–2003 .xls (or WPS .et, the same binary format). */
	SourceDocument readXls(byte[] content) throws UnreadableReportException {
		try (Workbook workbook = new HSSFWorkbook(new ByteArrayInputStream(content))) {
			return toDocument(rows(workbook));
		}
		catch (EncryptedDocumentException ex) {
			throw new UnreadableReportException(FormatDetector.PASSWORD_PROTECTED, ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableReportException("Excel文件（.xls）已损坏或格式不正确，无法读取，请另存为.xlsx后重新报送", ex);
		}
	}

	/** Every sheet's rows in order, an empty row after each sheet; merged cells read as empty but their first. */
	private static List<List<String>> rows(Workbook workbook) {
		List<List<String>> rows = new ArrayList<>();
		FormulaEvaluator formulas = workbook.getCreationHelper().createFormulaEvaluator();
		for (Sheet sheet : workbook) {
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < row.getLastCellNum(); c++) {
						cells.add(text(row.getCell(c), formulas));
					}
				}
				rows.add(cells);
			}
			rows.add(List.of());
		}
		return rows;
	}

	SourceDocument readCsv(String text) throws UnreadableReportException {
		List<List<String>> rows = new ArrayList<>();
		try {
			for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(text))) {
				rows.add(record.toList());
			}
		}
		catch (IOException | IllegalStateException | java.io.UncheckedIOException ex) {
			throw new UnreadableReportException("CSV文件格式不正确（引号不配对），无法读取", ex);
		}
		return toDocument(rows);
	}

	private static String text(Cell cell, FormulaEvaluator formulas) {
		if (cell == null) {
			return "";
		}
		if (cell instanceof XSSFCell formula && cell.getCellType() == CellType.FORMULA && !formula.getCTCell().isSetV()) {
			return computed(formula, formulas);
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}

	/**
	 * A formula saved without its value (written by a program, not by Excel or WPS): POI would read it as 0. It is
	 * computed; one POI cannot compute is kept as its formula text, which the checks report as not a number.
	 */
	private static String computed(XSSFCell cell, FormulaEvaluator formulas) {
		try {
			CellValue value = formulas.evaluate(cell);
			if (value != null && value.getCellType() == CellType.NUMERIC) {
				return BigDecimal.valueOf(value.getNumberValue()).stripTrailingZeros().toPlainString();
			}
			if (value != null && value.getCellType() == CellType.STRING) {
				return value.getStringValue();
			}
		}
		catch (RuntimeException ex) {
			// a function or reference POI does not know: the formula itself is what the cell holds
		}
		return "=" + cell.getCellFormula();
	}

	private static SourceDocument toDocument(List<List<String>> rows) {
		List<Block> blocks = new ArrayList<>();
		List<GridRow> grid = new ArrayList<>();
		String unit = null;
		String year = null;
		String part = null;
		for (int r = 0; r < rows.size(); r++) {
			int line = r + 1;
			List<String> cells = rows.get(r);
			List<String> filled = cells.stream().filter((cell) -> !cell.isBlank()).toList();
			String first = filled.isEmpty() ? "" : Labels.normalize(filled.get(0));
			if (filled.size() == 2 && (first.equals(UNIT_LABEL) || first.equals(YEAR_LABEL))) {
				unit = first.equals(UNIT_LABEL) ? filled.get(1).strip() : unit;
				year = first.equals(YEAR_LABEL) ? filled.get(1).strip() : year;
				if (unit != null && year != null) {
					blocks.add(new Paragraph(unit + year + TITLE_SUFFIX, line));
				}
				continue;
			}
			String heading = (filled.size() == 1) ? Headings.part(filled.get(0)) : null;
			boolean prose = filled.size() == 1 && part != null && Headings.table(part) == 0;
			if (heading != null || prose) {
				endGrid(blocks, grid);
				part = (heading != null) ? filled.get(0) : part;
				for (String paragraph : filled.get(0).split("\r?\n")) {
					if (!paragraph.isBlank()) {
						blocks.add(new Paragraph(paragraph.strip(), line));
					}
				}
			}
			else if (!filled.isEmpty() && part != null && Headings.table(part) != 0) {
				grid.add(new GridRow(cells.stream().map((cell) -> new GridCell(cell, line)).toList()));
			}
		}
		endGrid(blocks, grid);
		return new SourceDocument(List.copyOf(blocks));
	}

	private static void endGrid(List<Block> blocks, List<GridRow> grid) {
		if (!grid.isEmpty()) {
			blocks.add(new Grid(List.copyOf(grid)));
			grid.clear();
		}
	}

}
