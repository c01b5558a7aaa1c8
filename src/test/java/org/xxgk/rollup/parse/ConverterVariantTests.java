package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;

/**
 * Markdown as other PDF/OCR converters write real reports, each made from a real file by what that converter does
 * ({@link ConverterCopies} from 沭阳县人民政府's OCR Markdown, {@link PageCopies} from 沭阳县发展和改革局's saved page;
 * src/test/resources/real/web/README.md says how): tables as MinerU's HTML with rowspan/colspan, Docling's pipe
 * tables repeating a merged cell in each place it spans, numbers as LaTeX, full-width digits and punctuation, OCR's
 * letters for digits, a table broken at a page. Every figure is the transcription's; a copy that lost a cell or
 * carries a table as an image is refused naming what cannot be read.
 */
class ConverterVariantTests {

	private static final String TRANSCRIPTION = "shuyang-county-2025.json";

	@ParameterizedTest
	@EnumSource(value = PageCopies.Shape.class, names = { "MINERU_MARKDOWN", "DOCLING_MARKDOWN" })
	void thePageAsAConverterWritesItReadsAsTranscribed(PageCopies.Shape shape) throws Exception {
		String copy = PageCopies.copy(shape);
		assertThat(new SubmissionParser().detect(copy.getBytes(StandardCharsets.UTF_8))).isEqualTo(InputFormat.MARKDOWN);
		Report report = RealWebPageTests.parseText(copy);
		RealWebPageTests.assertTranscribed(report);
		assertThat(report.outline()).isEqualTo("一二三四五六");
		assertThat(report.section("六")).startsWith("2023年度，县发展和改革局政府信息公开未发生收费情况。");
		assertThat(rules(report, 2023)).containsExactly(Map.entry("CELL-MISSING", 125L));
	}

	/** The same copies without table 三's row 2.重复申请 (a converter that lost it): refused naming that row alone. */
	@ParameterizedTest
	@EnumSource(value = PageCopies.Shape.class, names = { "MINERU_MARKDOWN", "DOCLING_MARKDOWN" })
	void aConvertersCopyThatLostARowIsRefusedNamingIt(PageCopies.Shape shape) throws Exception {
		String copy = PageCopies.copy(shape);
		String damaged = (shape == PageCopies.Shape.MINERU_MARKDOWN)
				? copy.replaceFirst("<tr><td>2.重复申请</td>.*?</tr>", "")
				: copy.replaceFirst("\\| 三、本年度办理结果 \\| （五）不予处理 \\| 2.重复申请 \\|[^\\n]*\\n", "");
		assertThat(damaged).isNotEqualTo(copy);
		Finding incomplete = FormStructureTests.only(FormStructureTests.validate(RealWebPageTests.parseText(damaged), 2023),
				"TABLE-INCOMPLETE");
		assertThat(incomplete.actual()).isEqualTo("缺少以下行：（五）不予处理 2.重复申请");
	}

	@Test
	void tablesAsMinerUsHtmlReadAsTranscribed() throws Exception {
		assertReadsAsTranscribed(ConverterCopies.pipeTablesAsHtml(ConverterCopies.shuyangOcr()));
	}

	@Test
	void numbersAsLatexReadAsTranscribed() throws Exception {
		String copy = ConverterCopies.numbersAsLatex(ConverterCopies.shuyangOcr());
		assertThat(copy).contains("| 行政事业性收费 | $4068.208$ |");
		assertReadsAsTranscribed(copy);
	}

	@Test
	void fullWidthDigitsAndPunctuationReadAsTranscribed() throws Exception {
		String copy = ConverterCopies.fullWidth(ConverterCopies.shuyangOcr());
		assertThat(copy).contains("| 行政事业性收费 | ４０６８．２０８ |", "| １． 属于国家秘密 |");
		assertReadsAsTranscribed(copy);
	}

	/** Letters an OCR engine reads for digits: each cell is read as the number printed, its location saying so. */
	@Test
	void lettersReadForDigitsAreTheNumbersPrinted() throws Exception {
		String copy = ConverterCopies.shuyangOcr();
		copy = ConverterCopies.withCell(copy, "本年新收政府信息公开申请数量", 0, "7O5");
		copy = ConverterCopies.withCell(copy, "本年新收政府信息公开申请数量", 4, "S");
		copy = ConverterCopies.withCell(copy, "本年新收政府信息公开申请数量", 6, "7l3");
		copy = ConverterCopies.withCell(copy, "2. 重复申请", 1, "I");
		copy = ConverterCopies.withCell(copy, "（七）总计", 6, "7lB");
		copy = ConverterCopies.withCell(copy, "行政事业性收费", 0, "4068。208");
		Report report = parse(copy);
		RealTextCopyTests.assertTranscribed(report, TRANSCRIPTION, 2025, Set.of());
		assertThat(report.figures().get("applications.result.total.total").location()).endsWith("（原文写作“7lB”，读作718）");
		assertThat(report.figures().get("applications.new.legal_services").location()).endsWith("（原文写作“S”，读作5）");
		assertThat(findings(report)).filteredOn(Finding::isError).isEmpty();
	}

	/**
	 * Table 三's block （五） broken at a page before its 3rd row: the page number (in the forms converters give it)
	 * and the running header between, the new page's table with the block's header repeated or with its first row
	 * taken for a header.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "— 7 —", "- 7 -", "7", "第 7 页 共 9 页" })
	void aTableBrokenAtAPageReadsAsTranscribed(String pageNumber) throws Exception {
		for (boolean repeatHeader : new boolean[] { true, false }) {
			String copy = ConverterCopies.splitAtPage(ConverterCopies.shuyangOcr(), "3. 要求提供公开出版物",
					pageNumber + "\n\n沐阳县人民政府2025年政府信息公开工作年度报告", repeatHeader);
			assertReadsAsTranscribed(copy);
		}
	}

	/**
	 * A row whose cells an OCR shifted: it missed a 0 (the cells after it move left) or split 142 into 1 | 42 (they
	 * move right). None of the row's values is placed; the row is named as printed but unplaced.
	 */
	@ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
			"2. 重复申请;3;;applications.result.not_processed.duplicate.;（五）不予处理 2.重复申请",
			"3. 其他;0;1 | 42;applications.result.other.other.;（六）其他处理 3.其他" })
	void aRowWhoseCellsShiftedIsRefusedNamingIt(String label, int cell, String text, String codes, String row)
			throws Exception {
		Report report = parse(ConverterCopies.withCell(ConverterCopies.shuyangOcr(), label, cell, text));
		assertThat(report.figures().keySet()).noneMatch((code) -> code.startsWith(codes));
		Finding incomplete = FormStructureTests.only(findings(report), "TABLE-INCOMPLETE");
		assertThat(incomplete.actual()).isEqualTo("以下行的数字无法对应到列：" + row);
	}

	/**
	 * The page as a converter that keeps a merged cell once and drops its span (Marker, pdfplumber) writes it: each
	 * table a pipe table, its first row the header (行政复议 | 行政诉讼), rows as wide as their cells.
	 */
	@Test
	void thePageWithItsMergedCellsKeptOnceReadsAsTranscribed() throws Exception {
		StringBuilder markdown = new StringBuilder();
		boolean header = true;
		for (String line : PageCopies.copy(PageCopies.Shape.PIPE_ROWS).split("\n", -1)) {
			boolean row = line.contains(" | ") || line.endsWith(" |");
			if (!row) {
				header = true;
				markdown.append(Headings.part(line) != null ? "## " : "").append(line).append('\n');
				continue;
			}
			String cells = line.endsWith(" |") ? line.substring(0, line.length() - 2) : line;
			markdown.append("| ").append(cells).append(" |\n");
			if (header) {
				markdown.append("|").append("---|".repeat(cells.split(" \\| ", -1).length)).append('\n');
				header = false;
			}
		}
		Report report = parse(markdown.toString());
		RealWebPageTests.assertTranscribed(report);
		assertThat(rules(report, 2023)).containsExactly(Map.entry("CELL-MISSING", 125L));
	}

	/** Table 三 published as an image: the converter leaves its link; the report is refused saying so. */
	@Test
	void aTableLeftAsAnImageIsRefusedSayingSo() throws Exception {
		String copy = ConverterCopies.shuyangOcr();
		int start = copy.indexOf("(本列数据的勾稽关系为");
		int end = copy.indexOf("## 四、政府信息公开行政复议");
		copy = copy.substring(0, start) + "![](images/8f3c2a9d1e.jpg)\n\n" + copy.substring(end);
		List<Finding> errors = findings(parse(copy)).stream().filter(Finding::isError).toList();
		assertThat(errors).extracting(Finding::rule, Finding::location)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("TABLE-MISSING", "三、收到和处理政府信息公开申请情况"));
		assertThat(errors.get(0).actual()).isEqualTo("未找到（该部分是图片）");
		assertThat(errors.get(0).message()).startsWith("报告中找不到表三（三、收到和处理政府信息公开申请情况）：该部分只有一张图片（images/8f3c2a9d1e.jpg），图片中的数字无法读取。");
	}

	private static void assertReadsAsTranscribed(String copy) throws Exception {
		Report report = parse(copy);
		assertThat(report.title()).isEqualTo("沐阳县人民政府2025年政府信息公开工作年度报告");
		RealTextCopyTests.assertTranscribed(report, TRANSCRIPTION, 2025, Set.of());
		assertThat(report.unexpectedLabels()).isEmpty();
		assertThat(findings(report)).filteredOn(Finding::isError).isEmpty();
	}

	private static Report parse(String text) throws Exception {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		assertThat(new SubmissionParser().detect(bytes)).isEqualTo(InputFormat.MARKDOWN);
		return new SubmissionParser().parse(SeedReportTests.source("report.md", "real"), bytes);
	}

	private static List<Finding> findings(Report report) {
		return FormStructureTests.validate(report, report.year());
	}

	private static Map<String, Long> rules(Report report, int year) {
		Map<String, Long> byRule = new TreeMap<>();
		FormStructureTests.validate(report, year).forEach((finding) -> byRule.merge(finding.rule(), 1L, Long::sum));
		return byRule;
	}

}
