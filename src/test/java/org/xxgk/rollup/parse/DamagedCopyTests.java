package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.assertj.core.groups.Tuple;
import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Severity;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.registry.RegionLevel;
import org.xxgk.rollup.validate.History;
import org.xxgk.rollup.validate.RuleContext;
import org.xxgk.rollup.validate.SubmissionValidator;
import org.xxgk.rollup.validate.TableIncompleteRule;
import org.xxgk.rollup.validate.ValidationSettings;

/**
 * Real text copies damaged the way copying damages them — a line lost, a line repeated, one number of a line lost —
 * one line at a time: each damaged copy must be refused (some error), or read with every figure the transcription
 * has, a lost one as blank with a finding on it. None may be accepted with a figure moved to another cell. Tables
 * 三 and 四 are held by the form's cross-checks; table 二 has none, so its rows must be placed by what the copy shows
 * (the header's columns, the cells a converter pushed out), never by guessing left to right.
 */
class DamagedCopyTests {

	private static final Path REAL = Path.of("..", "shared", "real");

	static Stream<Arguments> copies() {
		return Stream.of(
				Arguments.of("上海 .pdf.md", file("上海市人民政府办公厅2025年政府信息公开工作年度报告.pdf.md"), "shanghai-szfb-2025.json", 2025),
				Arguments.of("沭阳 .ocr.md", file("沭阳县人民政府2025年政府信息公开工作年度报告.ocr.md"), "shuyang-county-2025.json", 2025),
				Arguments.of("淮安 pdftotext -layout", resource("/real/huaian-city-2024.layout.txt"), "huaian-city-2024.json", 2024),
				Arguments.of("淮安 pdftotext", resource("/real/huaian-city-2024.raw.txt"), "huaian-city-2024.json", 2024),
				// the page copied with tabs or ` | ` between cells, one cell per line in its three shapes, as Docling's
				// Markdown, and as MinerU's with each <tr> and <td> of its one-line HTML tables put on a line of its
				// own, so that a line lost or repeated is a cell lost or repeated from a row
				Arguments.of("沭阳县发改局 tab rows", page(PageCopies.Shape.TAB_ROWS), FGJ, 2023),
				Arguments.of("沭阳县发改局 pipe rows", page(PageCopies.Shape.PIPE_ROWS), FGJ, 2023),
				Arguments.of("沭阳县发改局 cell per line", page(PageCopies.Shape.CELL_PER_LINE), FGJ, 2023),
				Arguments.of("沭阳县发改局 cell per line |-ended", page(PageCopies.Shape.CELL_PER_LINE_PIPE_ENDED), FGJ,
						2023),
				Arguments.of("沭阳县发改局 cell, | line", page(PageCopies.Shape.CELL_THEN_PIPE_LINE), FGJ, 2023),
				Arguments.of("沭阳县发改局 Docling", page(PageCopies.Shape.DOCLING_MARKDOWN), FGJ, 2023),
				Arguments.of("沭阳县发改局 MinerU, a cell per line",
						page(PageCopies.Shape.MINERU_MARKDOWN).replaceAll("(?=<t[rd][\\s>])", "\n"), FGJ, 2023));
	}

	/** The 沭阳县发改局 transcription, beside the tests rather than in ../shared/real. */
	private static final String FGJ = "resource:/real/shuyang-fgj-2023.json";

	private static String page(PageCopies.Shape shape) {
		try {
			return PageCopies.copy(shape);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("copies")
	void noDamagedCopyIsAcceptedWithAFigureInAnotherCell(String name, String text, String transcription, int year)
			throws IOException {
		Map<String, Object> metrics = JsonPath.read(transcription.startsWith("resource:")
				? resource(transcription.substring("resource:".length())) : Files.readString(REAL.resolve(transcription)),
				"$.metrics");
		String[] lines = text.split("\n", -1);
		List<String> accepted = new ArrayList<>();
		int damaged = 0;
		for (int i = 0; i < lines.length; i++) {
			if (!lines[i].matches(".*\\d.*")) {
				continue;
			}
			for (Damage damage : Damage.values()) {
				String copy = damage.apply(lines, i);
				if (copy == null) {
					continue;
				}
				damaged++;
				String wrong = wrongFigures(copy, metrics, year);
				if (wrong != null) {
					accepted.add("line " + (i + 1) + " " + damage + " (" + lines[i].strip() + "): " + wrong);
				}
			}
		}
		assertThat(damaged).as("damaged copies made").isGreaterThan(100);
		assertThat(accepted).as(name).isEmpty();
	}

	/** 淮安's layout copy with 规章's 本年废止件数 left blank: the other two figures stay in their columns. */
	@Test
	void aBlankCellOfTableTwoInALayoutCopyLeavesTheOthersInTheirColumns() throws Exception {
		String text = resource("/real/huaian-city-2024.layout.txt");
		String row = "规章            1          0        11";
		assertThat(text).contains(row);
		Report report = parse(text.replace(row, "规章            1                   11"));
		assertThat(report.figures().get("proactive.rules.issued").value()).isEqualByComparingTo("1");
		assertThat(report.figures().get("proactive.rules.repealed").state()).isEqualTo(CellState.BLANK);
		assertThat(report.figures().get("proactive.rules.in_force").value()).isEqualByComparingTo("11");
		assertThat(errors(report, 2024)).isEmpty();
	}

	/**
	 * 沭阳's OCR copy with one cell of a table 二 row lost: which one is a guess, so the row is named as printed but
	 * unplaced, as a pipe row of a text copy is.
	 */
	@Test
	void aTableTwoRowOfTheOcrCopyThatLostACellIsNamedNotGuessed() throws Exception {
		String text = file("沭阳县人民政府2025年政府信息公开工作年度报告.ocr.md");
		assertThat(text).contains("| 行政规范性文件 | 6 | 1 | 32 |");
		Report report = parse(text.replace("| 行政规范性文件 | 6 | 1 | 32 |", "| 行政规范性文件 | 6 | 32 |"));
		assertUnplaced(report, 2025, "行政规范性文件",
				"proactive.normative_docs.issued", "proactive.normative_docs.repealed",
				"proactive.normative_docs.in_force");
	}

	/**
	 * 淮安's layout copy whose 规章 row lost its 11 and printed 1 and 0 both under 本年制发件数: which column each
	 * stood in is a guess, so the row is named as printed but unplaced, not as missing.
	 */
	@Test
	void aLayoutRowWhoseValuesShareAColumnIsNamedAsUnplaced() throws Exception {
		String text = resource("/real/huaian-city-2024.layout.txt");
		String row = "规章            1          0        11";
		assertThat(text).contains(row);
		Report report = parse(text.replace(row, "规章            1  0"));
		assertThat(report.figures()).doesNotContainKeys("proactive.rules.issued", "proactive.rules.repealed",
				"proactive.rules.in_force");
		assertThat(report.figures().get("proactive.normative_docs.in_force").value()).isEqualByComparingTo("66");
		assertThat(errors(report, 2024)).extracting(Finding::rule, Finding::actual)
			.containsExactly(Tuple.tuple(TableIncompleteRule.ID, "以下行的数字无法对应到列：规章"));
	}

	/**
	 * 上海's copy whose pushed-out 22（其中修订 16 件） is lost: 55 no longer fills two rows' holes in turn, so both rows
	 * are printed but unplaced.
	 */
	@Test
	void pushedOutCellsFillATableTwoRowOnlyWhenTheyAreEnough() throws Exception {
		String text = file("上海市人民政府办公厅2025年政府信息公开工作年度报告.pdf.md");
		String lost = "第二十条第（一）项\n22\n（其中修订 16 件）\n";
		assertThat(text).contains(lost);
		Report report = parse(text.replace(lost, "第二十条第（一）项\n"));
		assertUnplaced(report, 2025, "规章；行政规范性文件",
				"proactive.rules.issued", "proactive.rules.repealed", "proactive.rules.in_force",
				"proactive.normative_docs.in_force");
	}

	/**
	 * 上海's copy with both cells of 行政规范性文件 lost: the two cells pushed out (22, 55) are one more than 规章 lacks
	 * and too few for both rows, so which row each came from is a guess: neither takes one, both are named as printed
	 * but unplaced.
	 */
	@Test
	void aTableTwoRowThatLostAllItsCellsTakesNoOtherRowsPushedOutCell() throws Exception {
		String text = file("上海市人民政府办公厅2025年政府信息公开工作年度报告.pdf.md");
		assertThat(text).contains("| 行政规范性文件 | 34 | 189 |");
		Report report = parse(text.replace("| 行政规范性文件 | 34 | 189 |", "| 行政规范性文件 |"));
		assertUnplaced(report, 2025, "规章；行政规范性文件",
				"proactive.rules.issued", "proactive.rules.repealed", "proactive.rules.in_force",
				"proactive.normative_docs.issued", "proactive.normative_docs.repealed",
				"proactive.normative_docs.in_force");
	}

	/**
	 * 沭阳's OCR copy, which pushed no cell out, with 行政规范性文件's cells emptied: a row left blank, its cells blank
	 * with a warning on each.
	 */
	@Test
	void aTableTwoRowLeftBlankWithNothingPushedOutIsBlank() throws Exception {
		String text = file("沭阳县人民政府2025年政府信息公开工作年度报告.ocr.md");
		Report report = parse(text.replace("| 行政规范性文件 | 6 | 1 | 32 |", "| 行政规范性文件 |"));
		for (String code : List.of("proactive.normative_docs.issued", "proactive.normative_docs.repealed",
				"proactive.normative_docs.in_force")) {
			assertThat(report.figures().get(code).state()).as(code).isEqualTo(CellState.BLANK);
		}
		assertThat(report.figures().get("proactive.rules.in_force").value()).isEqualByComparingTo("0");
		assertThat(errors(report, 2025)).isEmpty();
		assertThat(findings(report, 2025)).filteredOn((finding) -> finding.metric() != null
				&& finding.metric().startsWith("proactive."))
			.extracting(Finding::rule, Finding::metric)
			.containsExactlyInAnyOrder(Tuple.tuple("CELL-MISSING", "proactive.normative_docs.issued"),
					Tuple.tuple("CELL-MISSING", "proactive.normative_docs.repealed"),
					Tuple.tuple("CELL-MISSING", "proactive.normative_docs.in_force"));
	}

	/**
	 * 沭阳县发改局's page as MinerU writes it with one {@code <td>} lost from 规范性文件's row (8 | 0 | 18 → 8 | 18): the
	 * row covers one place fewer than the table's other rows, so it is named as printed but unplaced, not read left
	 * to right (本年废止 18, 现行有效 blank).
	 */
	@Test
	void aCellLostFromARowOfMinerUsHtmlIsNamedNotReadLeftToRight() throws Exception {
		String copy = page(PageCopies.Shape.MINERU_MARKDOWN);
		String damaged = copy.replaceFirst("(<td>规范性文件</td><td>8</td>)<td>0</td>", "$1");
		assertThat(damaged).isNotEqualTo(copy);
		Report report = parse(damaged);
		assertUnplaced(report, 2023, "行政规范性文件",
				"proactive.normative_docs.issued", "proactive.normative_docs.repealed",
				"proactive.normative_docs.in_force");
	}

	/**
	 * The page copied one cell per line with 规范性文件's 8 copied twice: the row has four values under three columns,
	 * so it is named as printed but unplaced, not read 8 | 8 | 0.
	 */
	@Test
	void aCellLineRepeatedInTheOneCellPerLineCopyIsNamedNotShifted() throws Exception {
		String copy = page(PageCopies.Shape.CELL_PER_LINE);
		String damaged = copy.replaceFirst("规范性文件\n\n8\n\n", "规范性文件\n\n8\n\n8\n\n");
		assertThat(damaged).isNotEqualTo(copy);
		Report report = parse(damaged);
		assertUnplaced(report, 2023, "行政规范性文件",
				"proactive.normative_docs.issued", "proactive.normative_docs.repealed",
				"proactive.normative_docs.in_force");
	}

	/** The ways a copy is damaged, one line at a time; null when the damage does not apply to the line. */
	private enum Damage {

		LINE_LOST((lines, i) -> join(lines, i, List.of())),
		LINE_REPEATED((lines, i) -> join(lines, i, List.of(lines[i], lines[i]))),
		NUMBER_LOST((lines, i) -> {
			String line = lines[i];
			String lost = line.replaceFirst("\\|\\s*\\d+\\s*(?=\\|)", "");
			lost = lost.equals(line) ? line.replaceFirst("(?<=\\s)\\d+(?=\\s|$)", "") : lost;
			return lost.equals(line) ? null : join(lines, i, List.of(lost));
		});

		private final BiFunction<String[], Integer, String> damage;

		Damage(BiFunction<String[], Integer, String> damage) {
			this.damage = damage;
		}

		String apply(String[] lines, int i) {
			return this.damage.apply(lines, i);
		}

		private static String join(String[] lines, int i, List<String> instead) {
			List<String> copy = new ArrayList<>(List.of(lines).subList(0, i));
			copy.addAll(instead);
			copy.addAll(List.of(lines).subList(i + 1, lines.length));
			return String.join("\n", copy);
		}

	}

	/** Null when the copy is refused or read as transcribed; else what was accepted wrongly. */
	private static String wrongFigures(String copy, Map<String, Object> metrics, int year) {
		Report report;
		try {
			report = parse(copy);
		}
		catch (UnreadableReportException refused) {
			return null;
		}
		List<Finding> findings = findings(report, year);
		if (findings.stream().anyMatch(Finding::isError)) {
			return null;
		}
		List<String> wrong = new ArrayList<>();
		metrics.forEach((code, value) -> {
			Cell cell = report.figures().get(code);
			boolean blank = cell == null || cell.state() == CellState.BLANK;
			if (value == null) {
				if (!blank) {
					wrong.add(code + "=" + cell.value() + " where the form is blank");
				}
			}
			else if (blank) {
				if (findings.stream().noneMatch((finding) -> code.equals(finding.metric()))) {
					wrong.add(code + " blank without a finding");
				}
			}
			else if (cell.value() == null || cell.value().compareTo(new BigDecimal(value.toString())) != 0) {
				wrong.add(code + "=" + cell.value() + " for " + value);
			}
		});
		return wrong.isEmpty() ? null : String.join(", ", wrong);
	}

	private static Report parse(String text) throws UnreadableReportException {
		return new SubmissionParser().parse(SeedReportTests.source("report.txt", "real"),
				text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<Finding> errors(Report report, int year) {
		return findings(report, year).stream().filter((finding) -> finding.severity() == Severity.ERROR).toList();
	}

	private static List<Finding> findings(Report report, int year) {
		Region unit = new Region("320800", "淮安市", RegionLevel.UNIT, "320000", List.of("淮安市人民政府"));
		return SubmissionValidator.standard()
			.validate(report, new RuleContext(year, unit, Instant.parse(year + 1 + "-01-20T02:00:00Z"), History.NONE,
					ValidationSettings.defaults()));
	}

	private static String file(String name) {
		try {
			return Files.readString(REAL.resolve(name));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String resource(String name) {
		try (InputStream in = DamagedCopyTests.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}


	/**
	 * The report is refused naming {@code rows} as printed but unplaced (TABLE-INCOMPLETE alone), and none of the
	 * figures {@code absent} was read.
	 */
	private static void assertUnplaced(Report report, int year, String rows, String... absent) {
		assertThat(report.figures()).doesNotContainKeys(absent);
		assertThat(errors(report, year)).extracting(Finding::rule, Finding::actual)
			.containsExactly(Tuple.tuple(TableIncompleteRule.ID, "以下行的数字无法对应到列：" + rows));
	}
}
