package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.xxgk.rollup.demo.FormSpreadsheetWriter;
import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.model.Template;

/**
 * The streaming .xlsx read gives every row POI's workbook gives ({@link SpreadsheetReader#poiRows}, the oracle), and
 * leaves to POI what it does not read as POI does.
 */
class XlsxRowsTests {

	@Test
	void theFilledFormReadsAsPoiReadsIt() throws UnreadableReportException {
		for (Template template : Template.values()) {
			for (int seed = 0; seed < 4; seed++) {
				byte[] xlsx = FormSpreadsheetWriter.filledXlsx(GeneratedReport.of("雷州市雷城街道办事处", 2021, template,
						SampleFigures.consistent(template, new Random(seed), 9)));
				List<List<String>> streamed = XlsxRows.read(xlsx);
				assertThat(streamed).as(template + " seed " + seed).isNotNull().isEqualTo(SpreadsheetReader.poiRows(xlsx));
			}
		}
	}

	@Test
	void cellsOfEveryKindTheStreamingReadTakesReadAsPoiReadsThem() throws IOException, UnreadableReportException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet first = workbook.createSheet("表二");
			Row row = first.createRow(0);
			row.createCell(0).setCellValue("一、总体情况");
			row.createCell(3).setCellValue(12);
			row.createCell(4).setCellValue(0.25);
			row.createCell(5).setCellValue(-3.0E7);
			row.createCell(6).setCellValue(true);
			row.createCell(7).setCellValue(false);
			row.createCell(8).setBlank();
			XSSFRichTextString rich = new XSSFRichTextString("本年新收  政府信息公开申请数量");
			XSSFFont bold = workbook.createFont();
			bold.setBold(true);
			rich.applyFont(0, 4, bold);
			row.createCell(9).setCellValue(rich);
			row.createCell(10).setCellValue(" 两端 有空格 ");
			row.createCell(11).setCellFormula("D1+E1");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			first.createRow(4).createCell(2).setCellValue("第五行");
			first.createRow(6);
			workbook.createSheet("空");
			workbook.createSheet("表三").createRow(1).createCell(0).setCellValue("行一\n行二");
			byte[] xlsx = bytes(workbook);
			List<List<String>> streamed = XlsxRows.read(xlsx);
			assertThat(streamed).isNotNull().isEqualTo(SpreadsheetReader.poiRows(xlsx));
			assertThat(streamed.get(0)).containsExactly("一、总体情况", "", "", "12", "0.25", "-30000000", "true", "false",
					"", "本年新收  政府信息公开申请数量", " 两端 有空格 ", "12.25");
		}
	}

	@Test
	void whatOnlyPoiReadsIsLeftToPoi() throws IOException, UnreadableReportException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Row row = workbook.createSheet("表三").createRow(0);
			row.createCell(0).setCellValue(5);
			// a formula saved without its value: POI computes it
			row.createCell(1).setCellFormula("A1*2");
			byte[] xlsx = bytes(workbook);
			assertThat(XlsxRows.read(xlsx)).isNull();
			assertThat(SpreadsheetReader.poiRows(xlsx).get(0)).containsExactly("5", "10");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			// an escape POI decodes (_x000D_ is a carriage return)
			workbook.createSheet("表三").createRow(0).createCell(0).setCellValue("a_x000D_b");
			assertThat(XlsxRows.read(bytes(workbook))).isNull();
		}
		assertThat(XlsxRows.read("not a zip".getBytes())).isNull();
	}

	private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
