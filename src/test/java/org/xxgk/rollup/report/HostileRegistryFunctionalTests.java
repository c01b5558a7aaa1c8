package org.xxgk.rollup.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;
import org.xxgk.rollup.app.XxgkRollupApplication;
import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.demo.SeedLayoutWriter;
import org.xxgk.rollup.model.Template;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole job with a registry whose unit is named {@code <script>alert(1)</script>镇} and a report whose cell
 * holds a {@code =HYPERLINK(...)} formula: both reach every output as plain text.
 */
@ExtendWith(TestDatabaseExtension.class)
class HostileRegistryFunctionalTests {

	@Test
	void hostileNamesAndCellsStayTextFromRegistryToOutputs(@TempDir Path temp,
			TestDatabase.Database database) throws Exception {
		String registry = new String(getClass().getResourceAsStream("/registry/regions.csv").readAllBytes(),
				StandardCharsets.UTF_8)
			.replace("440882001,雷城街道,unit,440882,雷城街道办事处", "440882001," + HostileTextTests.SCRIPT_NAME + ",unit,440882,");
		Path registryFile = temp.resolve("regions.csv");
		Files.writeString(registryFile, registry, StandardCharsets.UTF_8);
		Map<String, BigDecimal> figures = SampleFigures.consistent(Template.V2021, new Random(7), 4);
		Path input = temp.resolve("in");
		Files.createDirectories(input);
		Files.writeString(input.resolve("script.txt"), SeedLayoutWriter.write(GeneratedReport
			.of("雷州市" + HostileTextTests.SCRIPT_NAME + "人民政府", 2021, Template.V2021, figures)
			.withCell("proactive.licensing.decisions", HostileTextTests.FORMULA)), StandardCharsets.UTF_8);
		Path output = temp.resolve("out");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = XxgkRollupApplication.run(new String[] { "--year", "2021", "--input", input.toString(),
				"--output", output.toString(), "--regions", registryFile.toString(), "--db", database.url() },
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exitCode).as(err.toString(StandardCharsets.UTF_8)).isZero();

		Document page = Jsoup.parse(output.resolve("overview.html").toFile(), "UTF-8");
		assertThat(page.select("script")).hasSize(1);
		assertThat(page.select("#unit-table tbody tr[data-unit=440882001] td").first().text())
			.isEqualTo(HostileTextTests.SCRIPT_NAME);
		// a unit's heading is its name, then the link to its letter
		assertThat(page.select("h3.finding-unit").stream().map((heading) -> heading.ownText().strip()))
			.contains(HostileTextTests.SCRIPT_NAME);
		assertThat(page.select("h3.finding-unit a").first().text()).isEqualTo("通知");
		assertThat(page.select("table.findings td").eachText()).contains(HostileTextTests.FORMULA);

		Path letter = output.resolve("feedback/_script_alert(1)__script_镇.html");
		Document letterPage = Jsoup.parse(letter.toFile(), "UTF-8");
		assertThat(letterPage.select("script")).isEmpty();
		assertThat(letterPage.select("table.findings td").eachText()).contains(HostileTextTests.FORMULA);

		try (XSSFWorkbook workbook = new XSSFWorkbook(output.resolve("consolidated.xlsx").toFile())) {
			Row finding = workbook.getSheet(ConsolidatedWorkbook.FINDINGS_SHEET)
				.getRow(1);
			assertThat(finding.getCell(0).getStringCellValue()).isEqualTo(HostileTextTests.SCRIPT_NAME);
			assertThat(finding.getCell(5).getCellType()).isEqualTo(CellType.STRING);
			assertThat(finding.getCell(5).getStringCellValue()).isEqualTo(HostileTextTests.FORMULA);
			assertThat(finding.getCell(5).getCellStyle().getQuotePrefixed()).isTrue();
		}
		assertThat(Files.readString(output.resolve("findings.csv"), StandardCharsets.UTF_8))
			.contains("'" + HostileTextTests.FORMULA.replace("\"", "\"\""));
	}

}
