package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.rollup.parse.RealVariantInputs.Format;
import org.xxgk.rollup.parse.RealVariantTests.CellVariant;

/**
 * {@link RealVariantTests} on {@link Format#PDF}: 上海市人民政府办公厅's figures typed into the real 2021 form, each
 * variant of its labels and cells applied in the .docx, exported to PDF by LibreOffice ({@code soffice --headless
 * --convert-to pdf}) and read by the PDF reader: every figure of the transcription equal, each in its cell, the same
 * findings as the .docx gives. The set-up runs each case once to collect the .docx it reads, and exports them all in
 * one {@code soffice} call ({@code .ci/run} installs libreoffice-writer-nogui; skipped only on a machine that has
 * neither it nor apt-get).
 */
class RealVariantPdfIT {

	@TempDir
	static Path folder;

	private static final Map<String, byte[]> EXPORTED = new LinkedHashMap<>();

	/** Thrown by the collecting export: the case has given the .docx it reads, and stops there. */
	private static final class Collected extends RuntimeException {

		Collected() {
			super(null, null, false, false);
		}

	}

	@BeforeAll
	static void exportEveryVariantWithLibreOffice() throws Exception {
		Path soffice = LibreOfficeLegacyFormatIT.soffice();
		if (soffice == null && !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
			String reason = "RealVariantPdfIT skipped: neither LibreOffice (soffice) nor apt-get to install it on this machine";
			System.out.println(reason);
			assumeTrue(false, reason);
		}
		assertThat(soffice).as("soffice on the PATH (.ci/run installs libreoffice-writer-nogui)").isNotNull();
		Map<String, byte[]> pending = new LinkedHashMap<>();
		RealVariantInputs.exportToPdf = (docx) -> {
			pending.putIfAbsent(key(docx), docx);
			throw new Collected();
		};
		RealVariantTests cases = new RealVariantTests();
		for (Runnable run : everyCase(cases)) {
			try {
				run.run();
			}
			catch (Collected collected) {
				// the case's .docx is in pending
			}
		}
		List<String> command = new ArrayList<>(List.of(soffice.toString(),
				"-env:UserInstallation=" + folder.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
				"--outdir", folder.toString()));
		for (Map.Entry<String, byte[]> docx : pending.entrySet()) {
			Path file = folder.resolve(docx.getKey() + ".docx");
			Files.write(file, docx.getValue());
			command.add(file.toString());
		}
		Path log = folder.resolve("soffice.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("soffice finished within 10 minutes").isTrue();
		assertThat(process.exitValue()).as(Files.readString(log)).isZero();
		for (String name : pending.keySet()) {
			Path pdf = folder.resolve(name + ".pdf");
			assertThat(pdf).as("LibreOffice exported " + name).isNotEmptyFile();
			EXPORTED.put(name, Files.readAllBytes(pdf));
		}
		RealVariantInputs.exportToPdf = (docx) -> {
			byte[] pdf = EXPORTED.get(key(docx));
			assertThat(pdf).as("the set-up exported this .docx").isNotNull();
			return pdf;
		};
	}

	/** Every case of the tests below, run against the collecting export. */
	@SuppressWarnings("unchecked")
	private static List<Runnable> everyCase(RealVariantTests cases) {
		List<Runnable> runs = new ArrayList<>();
		runs.add(() -> quietly(() -> RealVariantInputs.parse(Format.PDF,
				RealVariantInputs.write(Format.PDF, UnaryOperator.identity()))));
		labelCases().forEach((a) -> runs.add(() -> quietly(() -> cases.aLabelVariantLeavesEveryFigureInItsCell(
				(String) a.get()[0], (Format) a.get()[1], (UnaryOperator<String>) a.get()[2]))));
		cellCases().forEach((a) -> runs.add(() -> quietly(
				() -> cases.aCellFilledAsRealReportsFillItIsReadAsWritten((CellVariant) a.get()[0], (Format) a.get()[1]))));
		feeHeadings().forEach((a) -> runs.add(() -> quietly(
				() -> cases.aFeeColumnHeadedInYuanIsConvertedToTenThousandYuan((String) a.get()[0], (Format) a.get()[1]))));
		runs.add(() -> quietly(() -> cases.otherProcessingPrintedAsOneRowIsReadAsItsTotal(Format.PDF)));
		runs.add(() -> quietly(() -> cases.aWholeBlockLeftBlankIsReadBlank(Format.PDF)));
		totalCases().forEach((a) -> runs.add(() -> quietly(() -> cases.aTotalBlankOrZeroBesideFilledPartsBreaksItsCrossCheck(
				(String) a.get()[0], (Format) a.get()[1], (String) a.get()[2], (List<String>) a.get()[3]))));
		nearMisses().forEach((a) -> runs.add(() -> quietly(() -> cases.aNearMissRowLabelLandsInNoRow((String) a.get()[0],
				(String) a.get()[1], (String) a.get()[2], (Format) a.get()[3]))));
		return runs;
	}

	private interface Case {

		void run() throws Exception;

	}

	/** Runs a case up to its export; an assumption the case makes before it (a variant that changes nothing) ends it. */
	private static void quietly(Case body) {
		try {
			body.run();
		}
		catch (Collected collected) {
			throw collected;
		}
		catch (org.opentest4j.TestAbortedException skipped) {
			// the case is skipped for PDF too
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Stream<Arguments> labelCases() {
		return RealVariantTests.labelCasesIn(List.of(Format.PDF));
	}

	static Stream<Arguments> cellCases() {
		return RealVariantTests.cellCasesIn(List.of(Format.PDF));
	}

	static Stream<Arguments> feeHeadings() {
		return RealVariantTests.feeHeadingsIn(List.of(Format.PDF));
	}

	static Stream<Arguments> totalCases() {
		return RealVariantTests.totalCasesIn(List.of(Format.PDF));
	}

	static Stream<Arguments> nearMisses() {
		return RealVariantTests.nearMissesIn(List.of(Format.PDF));
	}

	@ParameterizedTest(name = "{0}, {1}")
	@MethodSource("labelCases")
	void aLabelVariantLeavesEveryFigureInItsCell(String name, Format format, UnaryOperator<String> edit)
			throws Exception {
		new RealVariantTests().aLabelVariantLeavesEveryFigureInItsCell(name, format, edit);
	}

	@ParameterizedTest(name = "{0}, {1}")
	@MethodSource("cellCases")
	void aCellFilledAsRealReportsFillItIsReadAsWritten(CellVariant variant, Format format) throws Exception {
		new RealVariantTests().aCellFilledAsRealReportsFillItIsReadAsWritten(variant, format);
	}

	@ParameterizedTest(name = "{0}, {1}")
	@MethodSource("feeHeadings")
	void aFeeColumnHeadedInYuanIsConvertedToTenThousandYuan(String heading, Format format) throws Exception {
		new RealVariantTests().aFeeColumnHeadedInYuanIsConvertedToTenThousandYuan(heading, format);
	}

	@org.junit.jupiter.api.Test
	void otherProcessingPrintedAsOneRowIsReadAsItsTotal() throws Exception {
		new RealVariantTests().otherProcessingPrintedAsOneRowIsReadAsItsTotal(Format.PDF);
	}

	@org.junit.jupiter.api.Test
	void aWholeBlockLeftBlankIsReadBlank() throws Exception {
		new RealVariantTests().aWholeBlockLeftBlankIsReadBlank(Format.PDF);
	}

	@ParameterizedTest(name = "{0}, {1}, {2}")
	@MethodSource("totalCases")
	void aTotalBlankOrZeroBesideFilledPartsBreaksItsCrossCheck(String written, Format format, String code,
			List<String> rules) throws Exception {
		new RealVariantTests().aTotalBlankOrZeroBesideFilledPartsBreaksItsCrossCheck(written, format, code, rules);
	}

	@ParameterizedTest(name = "{0} → {1}, {3}")
	@MethodSource("nearMisses")
	void aNearMissRowLabelLandsInNoRow(String printed, String damaged, String row, Format format) throws Exception {
		new RealVariantTests().aNearMissRowLabelLandsInNoRow(printed, damaged, row, format);
	}

	/** The untouched report as a PDF reads as transcribed (the base every variant is compared with). */
	@org.junit.jupiter.api.Test
	void theUnvariedFormReadsAsTranscribed() throws Exception {
		RealVariantTests.assertEveryFigure(RealVariantInputs.parse(Format.PDF,
				RealVariantInputs.write(Format.PDF, UnaryOperator.identity())), Format.PDF, Map.<String, BigDecimal>of());
	}

	/**
	 * A .docx by its parts' content, its properties (docProps: the time it was written) left out, so that the same
	 * variant written twice is one file to export.
	 */
	private static String key(byte[] docx) {
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (!entry.getName().startsWith("docProps/")) {
					digest.update(entry.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
					digest.update(zip.readAllBytes());
				}
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 24);
		}
		catch (java.io.IOException | java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
