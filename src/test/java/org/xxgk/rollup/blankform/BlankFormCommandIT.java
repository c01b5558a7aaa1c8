package org.xxgk.rollup.blankform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.xxgk.rollup.demo.FormSpreadsheetWriter;
import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.SourceFile;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.parse.SubmissionParser;

/**
 * The README's {@code jobs/blank-form} writes a protected form with the official labels; a township fills in the
 * unlocked cells and the parser reads every figure back.
 */
class BlankFormCommandIT {

	private static final String UNIT = "雷州市龙门镇人民政府";

	@ParameterizedTest
	@EnumSource(Template.class)
	void theBlankFormFilledInReadsBackEveryFigure(Template template, @TempDir Path temp) throws Exception {
		Path form = temp.resolve("form.xlsx");
		String templateYear = (template == Template.V2021) ? "2021" : "2019";
		ProcessBuilder command = new ProcessBuilder("jobs/blank-form", "--template", templateYear, "--output",
				form.toString(), "--year", "2021")
			.redirectErrorStream(true);
		// run against the classes under test rather than building a jar inside the build
		command.environment().put("XXGK_CLASSPATH", System.getProperty("java.class.path"));
		Process script = command.start();
		assertThat(script.waitFor(5, TimeUnit.MINUTES)).as("jobs/blank-form finished").isTrue();
		String output = new String(script.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(script.exitValue()).as(output).isZero();
		assertThat(output).contains("已生成2021年度报告空白表");

		Map<String, BigDecimal> figures = SampleFigures.distinct(template);
		GeneratedReport generated = GeneratedReport.of(UNIT, 2021, template, figures);
		byte[] filled = fillIn(Files.readAllBytes(form), generated);
		Report report = new SubmissionParser()
			.parse(new SourceFile("form.xlsx", "form.xlsx", "", "0", filled.length, null), filled);
		assertThat(report.template()).isEqualTo(template);
		assertThat(report.statedUnit()).isEqualTo(UNIT);
		assertThat(report.year()).isEqualTo(2021);
		assertThat(report.unexpectedLabels()).isEmpty();
		MetricCatalog.standard().of(template).stream()
			.filter((metric) -> !FormLayout.isDerived(metric.code(), template))
			.forEach((metric) -> assertThat(report.figures().get(metric.code()).value()).as(metric.code())
				.isEqualByComparingTo(figures.get(metric.code())));
		assertThat(report.sections()).containsAllEntriesOf(generated.prose());
		assertThat(report.outline()).isEqualTo("二三四一五六");
	}

	@Test
	void labelsAreLockedFiguresAreNotAndEverySheetIsProtected() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(FormWorkbook.blankXlsx(Template.V2021, 2021)))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
			assertThat(List.of(0, 1, 2, 3, 4).stream().map(workbook::getSheetName).toList())
				.containsExactly("封面", "表二", "表三", "表四", "正文");
			for (Sheet sheet : workbook) {
				assertThat(((XSSFSheet) sheet).isSheetLocked()).as(sheet.getSheetName()).isTrue();
			}
			XSSFSheet tableThree = workbook.getSheet("表三");
			assertThat(text(tableThree, 4, 0)).isEqualTo("一、本年新收政府信息公开申请数量");
			assertThat(tableThree.getRow(4).getCell(0).getCellStyle().getLocked()).isTrue();
			assertThat(tableThree.getRow(4).getCell(3).getCellStyle().getLocked()).isFalse();
			assertThat(text(tableThree, 2, 4)).isEqualTo("法人或其他组织");
			assertThat(text(workbook.getSheet("表二"), 3, 0)).isEqualTo("规章");
		}
	}

	/** Printed to be filled in by hand: A4, one page wide, the wide tables 三 and 四 landscape. */
	@Test
	void theBlankFormPrintsOnA4OnePageWide() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(FormWorkbook.blankXlsx(Template.V2021, 2021)))) {
			for (Sheet sheet : workbook) {
				assertThat(sheet.getPrintSetup().getPaperSize()).as(sheet.getSheetName())
					.isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
				assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
				assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
				assertThat(sheet.getPrintSetup().getFitHeight()).as(sheet.getSheetName()).isZero();
				assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName())
					.isEqualTo(List.of("表三", "表四").contains(sheet.getSheetName()));
			}
		}
	}

	private static String text(Sheet sheet, int row, int column) {
		return sheet.getRow(row).getCell(column).getStringCellValue();
	}

	/** Types the report into the blank form: the unit on the cover, figures and prose into the unlocked cells. */
	private static byte[] fillIn(byte[] blank, GeneratedReport report) throws Exception {
		try (XSSFWorkbook form = new XSSFWorkbook(new ByteArrayInputStream(blank));
				XSSFWorkbook filled = new XSSFWorkbook(
						new ByteArrayInputStream(FormSpreadsheetWriter.filledXlsx(report)));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (Sheet sheet : form) {
				Sheet source = filled.getSheet(sheet.getSheetName());
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellStyle().getLocked() || cell.getColumnIndex() == 1 && sheet.getSheetName().equals("封面")
								&& row.getRowNum() == 1) {
							continue;
						}
						Cell value = source.getRow(row.getRowNum()).getCell(cell.getColumnIndex());
						if (value.getCellType() == CellType.NUMERIC) {
							cell.setCellValue(value.getNumericCellValue());
						}
						else {
							cell.setCellValue(value.getStringCellValue());
						}
					}
				}
			}
			form.write(out);
			return out.toByteArray();
		}
	}

}
