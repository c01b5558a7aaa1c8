package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.rollup.demo.DocxWriter;
import org.xxgk.rollup.demo.FormSpreadsheetWriter;
import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Template;

/**
 * Word 97–2003 .doc and Excel 97–2003 .xls as LibreOffice writes them from the project's own .docx and .xlsx (one
 * {@code soffice --convert-to} call per target format, in the set-up), read back: each gives the same canonical report
 * as the file it was converted from, figure by figure, with title, unit, year, template and prose, and every figure
 * is the generated one. WPS saves .wps and .et in these same binary formats, and detection goes by content, never by
 * the name, so the same bytes named .wps / .et are the WPS cases. {@code .ci/run} installs LibreOffice; the tests are
 * skipped only on a machine that has neither {@code soffice} nor {@code apt-get}.
 */
class LibreOfficeLegacyFormatIT {

	private static final String UNIT = "雷州市乌石镇人民政府";

	@TempDir
	static Path folder;

	/** An original (.docx/.xlsx) and what LibreOffice made of it. */
	record Conversion(String name, Template template, Path original, Path converted) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	private static final List<Conversion> CONVERSIONS = new ArrayList<>();

	@BeforeAll
	static void convertWithLibreOffice() throws Exception {
		boolean installed = soffice() != null;
		if (!installed && !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
			String reason = "LibreOfficeLegacyFormatIT skipped: neither LibreOffice (soffice) nor apt-get to install it on this machine";
			System.out.println(reason);
			assumeTrue(false, reason);
		}
		assertThat(installed).as("soffice on the PATH (.ci/run installs libreoffice-writer-nogui, libreoffice-calc-nogui)")
			.isTrue();
		List<Path> words = new ArrayList<>();
		List<Path> sheets = new ArrayList<>();
		for (Template template : Template.values()) {
			GeneratedReport report = report(template);
			for (boolean split : new boolean[] { false, true }) {
				Path docx = folder.resolve(template + (split ? "-split" : "") + ".docx");
				Files.write(docx, DocxWriter.write(report, split));
				words.add(docx);
				CONVERSIONS.add(new Conversion(".doc from .docx" + (split ? " with table 三 split" : "") + " " + template,
						template, docx, sibling(docx, ".doc")));
			}
			Path xlsx = folder.resolve(template + ".xlsx");
			Files.write(xlsx, FormSpreadsheetWriter.filledXlsx(report));
			sheets.add(xlsx);
			CONVERSIONS.add(new Conversion(".xls from .xlsx " + template, template, xlsx, sibling(xlsx, ".xls")));
		}
		convert("doc", words);
		convert("xls", sheets);
	}

	static Stream<Arguments> conversions() {
		// the cases exist before the set-up runs; they are looked up by name afterwards
		List<Arguments> cases = new ArrayList<>();
		for (Template template : Template.values()) {
			for (String name : List.of(".doc from .docx ", ".doc from .docx with table 三 split ", ".xls from .xlsx ")) {
				for (String savedAs : List.of("as LibreOffice saves it", "renamed as WPS saves it")) {
					cases.add(Arguments.of(name + template, savedAs));
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}, {1}")
	@MethodSource("conversions")
	void theConvertedFileGivesTheSameCanonicalReport(String name, String savedAs) throws Exception {
		Conversion conversion = CONVERSIONS.stream().filter((c) -> c.name().equals(name)).findFirst().orElseThrow();
		boolean word = conversion.converted().toString().endsWith(".doc");
		String fileName = savedAs.startsWith("renamed") ? (word ? "报告.wps" : "报告.et") : (word ? "报告.doc" : "报告.xls");
		SubmissionParser parser = new SubmissionParser();
		byte[] converted = Files.readAllBytes(conversion.converted());
		assertThat(parser.detect(converted)).isEqualTo(word ? InputFormat.DOC : InputFormat.XLS);
		Report original = parser.parse(SeedReportTests.source("报告", "乌石镇"), Files.readAllBytes(conversion.original()));
		Report legacy = parser.parse(SeedReportTests.source(fileName, "乌石镇"), converted);

		assertThat(legacy.template()).isEqualTo(original.template()).isEqualTo(conversion.template());
		assertThat(legacy.year()).isEqualTo(original.year()).isEqualTo(2021);
		assertThat(legacy.title()).isEqualTo(original.title());
		assertThat(legacy.statedUnit()).isEqualTo(original.statedUnit());
		assertThat(legacy.tablesFound()).isEqualTo(original.tablesFound());
		assertThat(legacy.sections()).isEqualTo(original.sections());
		assertThat(legacy.unexpectedLabels()).isEqualTo(original.unexpectedLabels()).isEmpty();
		assertThat(legacy.figures().keySet()).isEqualTo(original.figures().keySet());
		for (Map.Entry<String, Cell> figure : original.figures().entrySet()) {
			Cell cell = legacy.figures().get(figure.getKey());
			assertThat(cell.state()).as(figure.getKey()).isEqualTo(figure.getValue().state());
			assertThat(cell.value()).as(figure.getKey()).isEqualByComparingTo(figure.getValue().value());
		}
		// and both are the report that was generated, every figure
		Map<String, BigDecimal> figures = SampleFigures.distinct(conversion.template());
		RoundTripTests.assertSameReport(legacy, report(conversion.template()), figures, true);
	}

	private static GeneratedReport report(Template template) {
		return GeneratedReport.of(UNIT, 2021, template, SampleFigures.distinct(template));
	}

	private static Path sibling(Path file, String extension) {
		String name = file.getFileName().toString();
		return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + extension);
	}

	/** One soffice call for all files, with a profile of its own (a running LibreOffice would take the job). */
	private static void convert(String format, List<Path> files) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(soffice().toString(),
				"-env:UserInstallation=" + folder.resolve("profile").toUri(), "--headless", "--convert-to", format,
				"--outdir", folder.toString()));
		files.forEach((file) -> command.add(file.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(folder.resolve("soffice-" + format + ".log").toFile())
			.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("soffice finished within 5 minutes").isTrue();
		assertThat(process.exitValue()).as(Files.readString(folder.resolve("soffice-" + format + ".log"))).isZero();
		for (Path file : files) {
			assertThat(sibling(file, "." + format)).as("LibreOffice wrote it").isNotEmptyFile();
		}
	}

	/** LibreOffice's soffice on the PATH, or null. */
	static Path soffice() {
		for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
			Path candidate = Path.of(directory, "soffice");
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

}
