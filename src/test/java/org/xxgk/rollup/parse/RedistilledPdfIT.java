package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.parse.TemplatePdfFixtures.Fixture;

/**
 * The form PDFs (every LibreOffice fixture of src/test/resources/pdf/template and 淮安's real PDF, written by WPS)
 * re-written as a "virtual printer" or a PDF tool writes them: Ghostscript's pdfwrite (fonts re-subset, content
 * re-encoded), poppler's cairo (pdftocairo -pdf: each glyph positioned on its own, fonts re-embedded, a synthetic
 * bold's outlines stroked as paths), qpdf (object streams, linearized), and a PostScript round trip (pdftops, then
 * ps2pdf), whose fonts lose their ToUnicode maps. Every figure of the transcription is read from the first three,
 * with title, unit and year and no error; the round trip is refused, since its text copies as garbage
 * ({@link PdfReader#NO_TEXT_MAP}). {@code .ci/run} installs ghostscript, qpdf and poppler-utils; skipped only on a
 * machine that has neither them nor apt-get.
 */
class RedistilledPdfIT {

	private static final Path HUAIAN = Path.of("..", "shared", "real", "淮安市人民政府2024年政府信息公开工作年度报告.pdf");

	@TempDir
	static Path folder;

	enum Tool {

		GHOSTSCRIPT, CAIRO, QPDF, POSTSCRIPT_ROUND_TRIP;

		List<List<String>> commands(Path in, Path out) {
			String ps = out + ".ps";
			return switch (this) {
				case GHOSTSCRIPT -> List.of(List.of("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
						"-sOutputFile=" + out, in.toString()));
				case CAIRO -> List.of(List.of("pdftocairo", "-pdf", in.toString(), out.toString()));
				case QPDF -> List.of(List.of("qpdf", "--object-streams=generate", "--linearize", in.toString(), out.toString()));
				case POSTSCRIPT_ROUND_TRIP -> List.of(List.of("pdftops", in.toString(), ps), List.of("ps2pdf", ps, out.toString()));
			};
		}

	}

	@BeforeAll
	static void toolsArePresent() {
		List<String> missing = new ArrayList<>();
		for (String tool : List.of("gs", "ps2pdf", "pdftocairo", "pdftops", "qpdf")) {
			if (!onPath(tool)) {
				missing.add(tool);
			}
		}
		if (!missing.isEmpty() && !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
			String reason = "RedistilledPdfIT skipped: " + missing + " missing and no apt-get to install them";
			System.out.println(reason);
			assumeTrue(false, reason);
		}
		assertThat(missing).as("missing tools (.ci/run installs ghostscript, qpdf, poppler-utils)").isEmpty();
	}

	static Stream<Arguments> fixtures() {
		return Stream.of(Tool.values())
			.flatMap((tool) -> TemplatePdfFixtures.FIXTURES.stream().map((fixture) -> Arguments.of(tool, fixture)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("fixtures")
	void theFilledFormRewrittenIsReadOrRefused(Tool tool, Fixture fixture) throws Exception {
		Path in = folder.resolve(fixture.file());
		Files.write(in, FilledFormPdfTests.pdf(fixture));
		byte[] pdf = rewrite(tool, in);
		if (tool == Tool.POSTSCRIPT_ROUND_TRIP) {
			assertRefused(pdf);
		}
		else {
			FilledFormPdfTests.assertEveryFigure(fixture, pdf);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("tools")
	void huaiansRealPdfRewrittenIsReadOrRefused(Tool tool) throws Exception {
		byte[] pdf = rewrite(tool, HUAIAN);
		if (tool == Tool.POSTSCRIPT_ROUND_TRIP) {
			assertRefused(pdf);
			return;
		}
		Report report = new SubmissionParser().parse(SeedReportTests.source("huaian.pdf", "淮安市"), pdf);
		assertThat(report.title()).isEqualTo("淮安市人民政府2024年政府信息公开工作年度报告");
		assertThat(report.statedUnit()).isEqualTo("淮安市人民政府");
		assertThat(report.year()).isEqualTo(2024);
		assertThat(report.tablesFound()).containsExactly(2, 3, 4);
		FilledFormPdfTests.assertTranscribedFigures(report, new ObjectMapper()
			.readTree(Files.readString(HUAIAN.resolveSibling("huaian-city-2024.json")))
			.get("metrics"));
		assertThat(FormStructureTests.validate(report, 2024)).noneMatch(Finding::isError);
	}

	static Stream<Tool> tools() {
		return Stream.of(Tool.values());
	}

	private static void assertRefused(byte[] pdf) {
		assertThatThrownBy(() -> new PdfReader().read(pdf)).isInstanceOf(UnreadableReportException.class)
			.hasMessage(PdfReader.NO_TEXT_MAP + PdfReader.ASK);
	}

	private static byte[] rewrite(Tool tool, Path in) throws Exception {
		Path out = folder.resolve(in.getFileName() + "." + tool + ".pdf");
		for (List<String> command : tool.commands(in, out)) {
			Path log = folder.resolve("tool.log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			assertThat(process.waitFor(3, TimeUnit.MINUTES)).as(command + " finished within 3 minutes").isTrue();
			assertThat(process.exitValue()).as(command + ": " + Files.readString(log)).isZero();
		}
		assertThat(out).isNotEmptyFile();
		return Files.readAllBytes(out);
	}

	private static boolean onPath(String tool) {
		for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
			if (Files.isExecutable(Path.of(directory, tool))) {
				return true;
			}
		}
		return false;
	}

}
