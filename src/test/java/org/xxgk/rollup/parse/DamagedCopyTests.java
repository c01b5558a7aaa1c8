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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * Real text copies damaged the way copying and OCR damage them, one line at a time — a line lost, repeated, swapped
 * with the next or joined to it, a row split over two lines (its label wrapped, its figures on the next line), one
 * number of a line lost, a space inside a figure, a footnote's mark after one — each damaged copy must be refused
 * (some error), or read with every figure the transcription has, a lost one as blank with a finding on it. None may
 * be accepted with a figure moved to another cell. Misreadings that leave every figure readable (O for 0, l or I for
 * 1, S for 5, B for 8, full-width digits, thousands separators, 己/末/子/夏 for 已/未/予/复 in labels), made throughout
 * the tables, must read exactly as the copy as printed. Tables 三 and 四 are held by the form's cross-checks; table
 * 二 has none, so its rows must be placed by what the copy shows (the header's columns in the form's order, the
 * cells a converter pushed out), never by guessing left to right.
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
			throws IOException, UnreadableReportException {
		Map<String, Object> metrics = JsonPath.read(transcription.startsWith("resource:")
				? resource(transcription.substring("resource:".length())) : Files.readString(REAL.resolve(transcription)),
				"$.metrics");
		String[] lines = text.split("\n", -1);
		Report asPrinted = parse(text);
		int[] tables = tableLines(lines);
		List<String> accepted = new ArrayList<>();
		Map<Damage, Integer> damaged = new EnumMap<>(Damage.class);
		for (int i = 0; i < lines.length; i++) {
			if (!lines[i].matches(".*\\d.*") && !(i >= tables[0] && i < tables[1])) {
				continue;
			}
			for (Damage damage : Damage.values()) {
				if (damage.kind == Kind.READABLE || damage.kind == Kind.FIGURE && !(i >= tables[0] && i < tables[1])
						|| isMarkup(lines[i])) {
					continue;
				}
				String copy = damage.apply(lines, i);
				if (copy == null) {
					continue;
				}
				damaged.merge(damage, 1, Integer::sum);
				String wrong = wrongFigures(copy, metrics, year);
				if (wrong != null) {
					accepted.add("line " + (i + 1) + " " + damage + " (" + lines[i].strip() + "): " + wrong);
				}
			}
		}
		// a misreading that leaves figures readable is an OCR's throughout: every line of the tables so damaged
		for (Damage damage : Damage.values()) {
			if (damage.kind != Kind.READABLE) {
				continue;
			}
			String[] copy = lines.clone();
			for (int i = tables[0]; i < tables[1]; i++) {
				String one = damage.apply(lines, i);
				copy[i] = (one != null) ? one.split("\n", -1)[i] : lines[i];
			}
			damaged.merge(damage, 1, Integer::sum);
			String wrong = changed(String.join("\n", copy), asPrinted, year);
			if (wrong != null) {
				accepted.add("tables " + damage + ": " + wrong);
			}
		}
		assertThat(damaged.values().stream().mapToInt(Integer::intValue).sum()).as("damaged copies made")
			.isGreaterThan(100);
		assertThat(accepted).as(name).isEmpty();
	}

	/**
	 * The lines of the copy's tables: from its first table heading (二、主动公开…) to part 五's heading, where figure
	 * and label damage is tried (prose figures are checked elsewhere).
	 */
	private static int[] tableLines(String[] lines) {
		int first = -1;
		int last = lines.length;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].replaceAll("^[#*\\s|]+|[*\\s|]+$", "");
			String part = Headings.part(line);
			if (first < 0 && Headings.table(line) == 2) {
				first = i;
			}
			else if (first >= 0 && "五".equals(part)) {
				last = i;
				break;
			}
		}
		assertThat(first).as("table 二's heading").isNotNegative();
		return new int[] { first, last };
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
	 * 淮安's layout copy with a footnote's mark after 规章's 1 (1¹, as a superscript one, which NFKC would make 11):
	 * the figure is 1, the mark its note, shown by CELL-ANNOTATED; the row's other figures stay in their columns.
	 */
	@Test
	void aFootnoteMarkAfterAFigureIsItsNoteNotADigit() throws Exception {
		String text = resource("/real/huaian-city-2024.layout.txt");
		String row = "规章            1          0        11";
		Report report = parse(text.replace(row, "规章            1¹         0        11"));
		assertThat(report.figures().get("proactive.rules.issued").value()).isEqualByComparingTo("1");
		assertThat(report.figures().get("proactive.rules.issued").note()).isEqualTo("脚注标记“¹”");
		assertThat(report.figures().get("proactive.rules.repealed").value()).isEqualByComparingTo("0");
		assertThat(report.figures().get("proactive.rules.in_force").value()).isEqualByComparingTo("11");
		assertThat(errors(report, 2024)).isEmpty();
		assertThat(findings(report, 2024)).filteredOn((finding) -> finding.rule().equals("CELL-ANNOTATED"))
			.extracting(Finding::metric)
			.containsExactly("proactive.rules.issued");
		assertThat(findings(parse(text), 2024)).noneMatch((finding) -> finding.rule().equals("CELL-ANNOTATED"));
	}

	/**
	 * 沭阳's OCR copy with 予 read 子 and 未 read 末 in its labels (（一）子以公开, 尚末审结 is no label there, 逾期末按):
	 * each still matches its row, every figure read as in the copy as printed, no label named unexpected.
	 */
	@Test
	void aLabelWithAnOcrsOneStrokeConfusionMatchesItsRow() throws Exception {
		String text = file("沭阳县人民政府2025年政府信息公开工作年度报告.ocr.md");
		String misread = text.replace("| 予以公开 |", "| 子以公开 |").replace("逾期未按", "逾期末按")
			.replace("已获取信息", "己获取信息").replace("重复申请", "重夏申请");
		assertThat(misread).contains("| 子以公开 |", "逾期末按", "己获取信息", "重夏申请");
		Report asPrinted = parse(text);
		Report report = parse(misread);
		assertThat(report.figures().get("applications.result.disclosed.natural_person").value())
			.isEqualByComparingTo("290");
		assertThat(report.figures().get("applications.result.other.unpaid_fee.total").value())
			.isEqualByComparingTo("7");
		assertThat(report.figures().get("applications.result.not_processed.duplicate.total").value())
			.isEqualByComparingTo("7");
		assertThat(report.figures().keySet()).isEqualTo(asPrinted.figures().keySet());
		report.figures().forEach((code, cell) -> assertThat(cell.value()).as(code)
			.isEqualTo(asPrinted.figures().get(code).value()));
		assertThat(findings(report, 2025)).noneMatch((finding) -> finding.rule().equals("LABEL-UNEXPECTED"));
		assertThat(errorsOf(report, 2025)).isEqualTo(errorsOf(asPrinted, 2025));
	}

	/**
	 * The page copied with tabs between cells, table 四's group line (行政复议 / 行政诉讼) and its results line
	 * swapped: the header names the form's figures out of the form's order, so table 四 is named as printed but
	 * unplaced, not read with 行政复议's figures as 未经复议直接起诉's. The same header in its order reads.
	 */
	@Test
	void aTableFourHeaderOutOfTheFormsOrderIsNamedNotRead() throws Exception {
		String copy = page(PageCopies.Shape.TAB_ROWS);
		String groups = "行政复议\t行政诉讼\n";
		String results = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n";
		assertThat(copy).contains(groups + results);
		Report report = parse(copy.replace(groups + results, results + groups));
		assertThat(report.figures()).doesNotContainKeys("review.reconsideration.pending",
				"review.litigation_direct.pending");
		assertThat(errors(report, 2023)).extracting(Finding::rule, Finding::actual)
			.containsExactly(Tuple.tuple(TableIncompleteRule.ID,
					"以下行的数字无法对应到列：行政复议；行政诉讼 未经复议直接起诉；行政诉讼 复议后起诉"));
		assertThat(parse(copy).figures().get("review.reconsideration.pending").value()).isEqualByComparingTo("1");
	}

	/**
	 * The page copied one cell per line with table 二's header cells 本年制发件数 and 本年废止件数 swapped: the header
	 * names the form's columns in another order, so its rows are named as printed but unplaced, not read as the
	 * header says (规范性文件 本年制发 0, 本年废止 8).
	 */
	@Test
	void aTableTwoHeaderOutOfTheFormsOrderIsNamedNotRead() throws Exception {
		assertUnplaced(damaged(PageCopies.Shape.CELL_PER_LINE, "本年制发件数(\\s+)本年废止件数", "本年废止件数$1本年制发件数"),
				2023, "规章；行政规范性文件", "proactive.rules.issued", "proactive.rules.repealed",
				"proactive.normative_docs.issued", "proactive.normative_docs.repealed");
	}

	/**
	 * 沭阳's OCR copy with 本年新收's row in full-width digits and 行政许可's figure with thousands separators: read as
	 * printed.
	 */
	@Test
	void fullWidthDigitsAndThousandsSeparatorsAreTheFigures() throws Exception {
		String text = file("沭阳县人民政府2025年政府信息公开工作年度报告.ocr.md");
		String row = "| 本年新收政府信息公开申请数量 | 705 | 3 | 0 | 0 | 5 | 0 | 713 |";
		assertThat(text).contains(row, "| 行政许可 | 517645 |");
		Report report = parse(text.replace(row, "| 本年新收政府信息公开申请数量 | ７０５ | ３ | ０ | ０ | ５ | ０ | ７１３ |")
			.replace("| 行政许可 | 517645 |", "| 行政许可 | 517,645 |"));
		assertThat(report.figures().get("applications.new.natural_person").value()).isEqualByComparingTo("705");
		assertThat(report.figures().get("applications.new.total").value()).isEqualByComparingTo("713");
		assertThat(report.figures().get("proactive.licensing.decisions").value()).isEqualByComparingTo("517645");
		assertThat(errorsOf(report, 2025)).isEqualTo(errorsOf(parse(text), 2025));
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
		assertUnplaced(damaged(PageCopies.Shape.MINERU_MARKDOWN, "(<td>规范性文件</td><td>8</td>)<td>0</td>", "$1"),
				2023, "行政规范性文件",
				"proactive.normative_docs.issued", "proactive.normative_docs.repealed",
				"proactive.normative_docs.in_force");
	}

	/**
	 * The page copied one cell per line with 规范性文件's 8 copied twice: the row has four values under three columns,
	 * so it is named as printed but unplaced, not read 8 | 8 | 0.
	 */
	@Test
	void aCellLineRepeatedInTheOneCellPerLineCopyIsNamedNotShifted() throws Exception {
		assertUnplaced(damaged(PageCopies.Shape.CELL_PER_LINE, "规范性文件\n\n8\n\n", "规范性文件\n\n8\n\n8\n\n"),
				2023, "行政规范性文件",
				"proactive.normative_docs.issued", "proactive.normative_docs.repealed",
				"proactive.normative_docs.in_force");
	}

	/** What a damage leaves of the copy: lines moved, lost or joined, or every figure still readable. */
	private enum Kind {

		/** Lines lost, repeated, swapped, joined or split: refused with a finding, or read as transcribed. */
		LINES,

		/**
		 * A figure or label misread in a way that leaves it readable (O for 0, full-width digits, 1,234, 末 for 未),
		 * throughout the tables: read as the copy as printed is, refused only for what it is refused for.
		 */
		READABLE,

		/** A figure made ambiguous (a space inside it, a footnote mark): read as transcribed or refused, never shifted. */
		FIGURE

	}

	/** A figure as a copy prints it: digits between the separators of cells (spaces, pipes, tags), not a row's number. */
	private static final Pattern FIGURE = Pattern.compile("(?<=^|[\\s|>])\\d+(?:\\.\\d+)?(?=$|[\\s|<])");

	/** The page copied in {@code shape}, parsed with the first match of {@code regex} replaced (it must match). */
	private static Report damaged(PageCopies.Shape shape, String regex, String replacement)
			throws UnreadableReportException {
		String copy = page(shape);
		String damaged = copy.replaceFirst(regex, replacement);
		assertThat(damaged).isNotEqualTo(copy);
		return parse(damaged);
	}

	/** The ways a copy is damaged, one line at a time; null when the damage does not apply to the line. */
	private enum Damage {

		LINE_LOST(Kind.LINES, (lines, i) -> join(lines, i, 1, List.of())),
		LINE_REPEATED(Kind.LINES, (lines, i) -> join(lines, i, 1, List.of(lines[i], lines[i]))),
		NUMBER_LOST(Kind.LINES, (lines, i) -> {
			String line = lines[i];
			String lost = line.replaceFirst("\\|\\s*\\d+\\s*(?=\\|)", "");
			lost = lost.equals(line) ? line.replaceFirst("(?<=\\s)\\d+(?=\\s|$)", "") : lost;
			return lost.equals(line) ? null : join(lines, i, 1, List.of(lost));
		}),
		/**
		 * The line and the next in each other's place. Two lines holding only a figure or nothing (two cells of a
		 * copy of one cell per line) are not swapped: the copy then says what another table would, which no reader
		 * can tell.
		 */
		LINES_SWAPPED(Kind.LINES, (lines, i) -> (i + 1 < lines.length && !lines[i + 1].equals(lines[i])
				&& !(isCellOfFigures(lines[i]) && isCellOfFigures(lines[i + 1])))
						? join(lines, i, 2, List.of(lines[i + 1], lines[i])) : null),
		/** The line's end lost: the next line read on from it. */
		LINE_JOINED(Kind.LINES, (lines, i) -> (i + 1 < lines.length && !lines[i + 1].isBlank())
				? join(lines, i, 2, List.of(lines[i] + lines[i + 1])) : null),
		/** A row's label wrapped, its figures on the next line. */
		FIGURES_WRAPPED(Kind.LINES, (lines, i) -> {
			Matcher figure = FIGURE.matcher(lines[i]);
			if (!figure.find()) {
				return null;
			}
			int at = figure.start();
			while (at > 0 && (Character.isWhitespace(lines[i].charAt(at - 1)) || lines[i].charAt(at - 1) == '|')) {
				at--;
			}
			String label = lines[i].substring(0, at);
			return label.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
					? join(lines, i, 1, List.of(label, lines[i].substring(at))) : null;
		}),
		/** A row's label broken in its middle, the rest of the row on the next line. */
		LABEL_WRAPPED(Kind.LINES, (lines, i) -> {
			Matcher label = Pattern.compile("\\p{IsHan}{4,}").matcher(lines[i]);
			if (!label.find() || !FIGURE.matcher(lines[i]).find(label.end())) {
				return null;
			}
			int middle = (label.start() + label.end()) / 2;
			return join(lines, i, 1, List.of(lines[i].substring(0, middle), lines[i].substring(middle)));
		}),
		ZERO_AS_O(Kind.READABLE, figures("0", (figure, n) -> figure.replace('0', (n % 2 == 0) ? 'O' : 'o'))),
		ONE_AS_L(Kind.READABLE, figures("1", (figure, n) -> figure.replace('1', (n % 2 == 0) ? 'l' : 'I'))),
		FIVE_AS_S(Kind.READABLE, figures("5", (figure, n) -> figure.replace('5', 'S'))),
		EIGHT_AS_B(Kind.READABLE, figures("8", (figure, n) -> figure.replace('8', 'B'))),
		FULL_WIDTH(Kind.READABLE, figures("", (figure, n) -> figure.chars()
			.map((c) -> (c >= '0' && c <= '9') ? c - '0' + '０' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString())),
		THOUSANDS_SEPARATED(Kind.READABLE, figures("", (figure, n) -> grouped(figure))),
		SPACE_IN_FIGURE(Kind.FIGURE, figures("", (figure, n) -> (figure.length() >= 2)
				? figure.charAt(0) + " " + figure.substring(1) : figure)),
		FOOTNOTE_MARKED(Kind.FIGURE, figures("", (figure, n) -> (n == 0) ? figure + FOOTNOTE_MARKS.get(figure.length()
				% FOOTNOTE_MARKS.size()) : figure)),
		/** An OCR's confusion in a label: 己 for 已, 末 for 未, 子 for 予, 夏 for 复. */
		LABEL_MISREAD(Kind.READABLE, (lines, i) -> {
			String misread = lines[i].replace('已', '己').replace('未', '末').replace('予', '子').replace('复', '夏');
			return misread.equals(lines[i]) ? null : join(lines, i, 1, List.of(misread));
		});

		private final Kind kind;

		private final BiFunction<String[], Integer, String> damage;

		Damage(Kind kind, BiFunction<String[], Integer, String> damage) {
			this.kind = kind;
			this.damage = damage;
		}

		String apply(String[] lines, int i) {
			return this.damage.apply(lines, i);
		}


		/** {@code count} lines from {@code i} replaced by {@code instead}. */
		private static String join(String[] lines, int i, int count, List<String> instead) {
			List<String> copy = new ArrayList<>(List.of(lines).subList(0, i));
			copy.addAll(instead);
			copy.addAll(List.of(lines).subList(Math.min(i + count, lines.length), lines.length));
			return String.join("\n", copy);
		}

		/**
		 * Each figure of the line holding {@code digit} rewritten (given its place among them); null when none holds
		 * it or none changed.
		 */
		private static BiFunction<String[], Integer, String> figures(String digit,
				BiFunction<String, Integer, String> rewrite) {
			return (lines, i) -> {
				Matcher figure = FIGURE.matcher(lines[i]);
				StringBuilder damaged = new StringBuilder();
				int n = 0;
				while (figure.find()) {
					String printed = figure.group();
					figure.appendReplacement(damaged, Matcher.quoteReplacement(printed.contains(digit)
							? rewrite.apply(printed, n++) : printed));
				}
				figure.appendTail(damaged);
				return damaged.toString().equals(lines[i]) ? null : join(lines, i, 1, List.of(damaged.toString()));
			};
		}

	}

	/** A figure with a comma between each three digits of its whole part (96171.6 → 96,171.6). */
	private static String grouped(String figure) {
		int point = figure.contains(".") ? figure.indexOf('.') : figure.length();
		StringBuilder grouped = new StringBuilder(figure.substring(point));
		for (int i = point; i > 0; i -= 3) {
			grouped.insert(0, figure.substring(Math.max(0, i - 3), i)).insert(0, (i > 3) ? "," : "");
		}
		return grouped.toString();
	}

	/**
	 * A line of no cell's text: blank, or a table's markup alone ({@code <tr>}, {@code </table>}), not damaged (a line
	 * of only {@code |}, a blank cell's in some copies, is damaged).
	 */
	private static boolean isMarkup(String line) {
		return line.replaceAll("</?(tr|table|tbody|thead)[^>]*>", "").isBlank();
	}

	/** A line holding one figure or none, and no label: a cell of a copy of one cell per line. */
	private static boolean isCellOfFigures(String line) {
		return line.replaceAll("</?t[dr][^>]*>|[|\\s]", "").matches("\\d*(\\.\\d+)?");
	}

	/** Marks of a footnote a copy leaves after a figure: an asterisk, a superscript or circled number, a bracketed one. */
	private static final List<String> FOOTNOTE_MARKS = List.of("*", "¹", "①", "[1]", "※", "²");

	/**
	 * Null when the copy reads as the copy as printed does: every figure the same, refused (if at all) for the same
	 * rules on the same figures; else what changed.
	 */
	private static String changed(String copy, Report asPrinted, int year) {
		Report report;
		try {
			report = parse(copy);
		}
		catch (UnreadableReportException refused) {
			return "refused: " + refused.getMessage();
		}
		List<String> changed = new ArrayList<>();
		Set<String> codes = new TreeSet<>(asPrinted.figures().keySet());
		codes.addAll(report.figures().keySet());
		for (String code : codes) {
			Cell was = asPrinted.figures().get(code);
			Cell is = report.figures().get(code);
			if (was == null || is == null || was.state() != is.state()
					|| (was.value() != null) != (is.value() != null)
					|| was.value() != null && was.value().compareTo(is.value()) != 0) {
				changed.add(code + "=" + ((is == null) ? "absent" : is.state() + " " + is.value()) + " for "
						+ ((was == null) ? "absent" : was.state() + " " + was.value()));
			}
		}
		Set<String> errorsAsPrinted = errorsOf(asPrinted, year);
		Set<String> errors = errorsOf(report, year);
		if (!errors.equals(errorsAsPrinted)) {
			changed.add("refused for " + errors + " where the copy as printed is refused for " + errorsAsPrinted);
		}
		return changed.isEmpty() ? null : String.join(", ", changed);
	}

	private static Set<String> errorsOf(Report report, int year) {
		return errors(report, year).stream()
			.map((finding) -> finding.rule() + " " + finding.metric())
			.collect(Collectors.toCollection(TreeSet::new));
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
