package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Severity;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.registry.RegionLevel;
import org.xxgk.rollup.validate.History;
import org.xxgk.rollup.validate.RuleContext;
import org.xxgk.rollup.validate.SubmissionValidator;
import org.xxgk.rollup.validate.ValidationSettings;

/**
 * Real reports as converters copied them from their published PDFs, read in that form and compared with the hand
 * transcription beside them in {@code ../shared/real} ({@code <slug>.json}): every metric of its {@code metrics}
 * ({@code null} = a blank cell), the year, the title as printed, and the validator raising no error (their
 * cross-checks hold, as the transcriptions' {@code checks} say).
 */
class RealTextCopyTests {

	private static final Path REAL = Path.of("..", "shared", "real");

	/** 上海市人民政府办公厅: Markdown extracted from the PDF, notes split out of table 二, labels apart from values. */
	@Test
	void shanghaiOfficeMarkdownReadsAsTranscribed() throws Exception {
		Report report = parse(Files.readAllBytes(REAL.resolve("上海市人民政府办公厅2025年政府信息公开工作年度报告.pdf.md")),
				InputFormat.MARKDOWN);
		assertThat(report.title()).isEqualTo("2025年上海市人民政府办公厅政府信息公开工作年度报告");
		assertThat(report.statedUnit()).isEqualTo("上海市人民政府办公厅");
		// the two cells whose notes the converter pushed out of table 二 are back in their cells, read as the number
		// with its note kept (CELL-ANNOTATED, a warning)
		assertThat(report.figures().get("proactive.rules.repealed"))
			.extracting(Cell::raw, Cell::value, Cell::note)
			.containsExactly("22（其中修订 16 件）", new BigDecimal("22"), "其中修订16件");
		assertThat(report.figures().get("proactive.normative_docs.repealed"))
			.extracting(Cell::raw, Cell::value, Cell::note)
			.containsExactly("55（含自然失效 29 件）", new BigDecimal("55"), "含自然失效29件");
		assertTranscribed(report, "shanghai-szfb-2025.json", 2025, Set.of());
		assertNoErrors(report, region("310000", "上海市人民政府办公厅"), 2025, Set.of());
	}

	/**
	 * 上海's Markdown damaged as a converter damages it: a row of table 三 lost, a row that lost a cell (its figures
	 * shifted left), table 四's value row that lost a cell under its garbled header. Each is refused, naming the row
	 * missing or the rows printed whose figures cannot be placed.
	 */
	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
			"| 3.补正后申请内容仍不明确 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |;;三、收到和处理政府信息公开申请情况;缺少以下行：（四）无法提供 3.补正后申请内容仍不明确",
			"| 行政机关不再处理其政府信息公 | 40 | 1 | 0 | 0 | 2 | 0 | 43 |;| 行政机关不再处理其政府信息公 | 40 | 1 | 0 | 2 | 0 | 43 |;三、收到和处理政府信息公开申请情况;"
					+ "以下行的数字无法对应到列：（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
			"| 40 | 0 | 10 | 5 | 55 | 2 | 0 | 4 | 6 | 12 | 6 | 0 | 9 | 7 | 22 |;| 40 | 0 | 10 | 5 | 55 | 2 | 0 | 4 | 6 | 12 | 6 | 0 | 9 | 22 |;"
					+ "四、政府信息公开行政复议、行政诉讼情况;以下行的数字无法对应到列：行政复议；行政诉讼 未经复议直接起诉；行政诉讼 复议后起诉" })
	void shanghaisMarkdownDamagedIsRefusedNamingWhatCannotBeRead(String line, String damagedLine, String table,
			String named) throws Exception {
		String markdown = Files.readString(REAL.resolve("上海市人民政府办公厅2025年政府信息公开工作年度报告.pdf.md"));
		assertThat(markdown).contains(line);
		Report report = parse(markdown.replace(line + (damagedLine == null ? "\n" : ""), (damagedLine == null) ? "" : damagedLine)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8), InputFormat.MARKDOWN);
		List<Finding> incomplete = FormStructureTests.validate(report, 2025).stream()
			.filter((finding) -> finding.rule().equals("TABLE-INCOMPLETE"))
			.toList();
		assertThat(incomplete).extracting(Finding::location, Finding::actual)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(table, named));
	}

	/** 沭阳县人民政府 (OCR: 沐阳), table 三 one Markdown table per block under 数据1…数据6, the last rows mis-headed. */
	@Test
	void shuyangCountyOcrMarkdownReadsAsTranscribed() throws Exception {
		Report report = parse(Files.readAllBytes(REAL.resolve("沭阳县人民政府2025年政府信息公开工作年度报告.ocr.md")),
				InputFormat.MARKDOWN);
		// as printed by the OCR: 沭阳 read as 沐阳 (matching it to 沭阳县人民政府 is the unit matcher's part)
		assertThat(report.title()).isEqualTo("沐阳县人民政府2025年政府信息公开工作年度报告");
		assertThat(report.statedUnit()).isEqualTo("沐阳县人民政府");
		assertTranscribed(report, "shuyang-county-2025.json", 2025, Set.of());
		assertNoErrors(report, region("321322", "沐阳县人民政府"), 2025, Set.of());
	}

	/**
	 * 淮安市人民政府, the PDF as {@code pdftotext -layout} (poppler 22.12) writes it: the fixture
	 * {@code real/huaian-city-2024.layout.txt} was made with {@code pdftotext -layout
	 * ../shared/real/淮安市人民政府2024年政府信息公开工作年度报告.pdf huaian-city-2024.layout.txt} and is committed as it
	 * came out.
	 */
	@Test
	void huaianCityColumnTextReadsAsTranscribed() throws Exception {
		byte[] bytes;
		try (InputStream in = getClass().getResourceAsStream("/real/huaian-city-2024.layout.txt")) {
			bytes = in.readAllBytes();
		}
		Report report = parse(bytes, InputFormat.COLUMN_TEXT);
		assertThat(report.title()).isEqualTo("淮安市人民政府2024年政府信息公开工作年度报告");
		assertThat(report.statedUnit()).isEqualTo("淮安市人民政府");
		assertTranscribed(report, "huaian-city-2024.json", 2024, Set.of());
		assertThat(report.section("六")).contains("全年收取政府信息公开信息处理费 3940 元");
		assertNoErrors(report, region("320800", "淮安市人民政府"), 2024, Set.of());
	}

	private static Report parse(byte[] bytes, InputFormat format) throws UnreadableReportException {
		SubmissionParser parser = new SubmissionParser();
		assertThat(parser.detect(bytes)).isEqualTo(format);
		return parser.parse(SeedReportTests.source("report.txt", "real"), bytes);
	}

	/** Every metric of the transcription, the year, the 2021 form and all three tables. */
	static void assertTranscribed(Report report, String transcription, int year, Set<String> notYet)
			throws IOException {
		Map<String, Object> metrics = JsonPath.read(Files.readString(REAL.resolve(transcription)), "$.metrics");
		assertThat(report.year()).isEqualTo(year);
		assertThat(report.template()).isEqualTo(Template.V2021);
		assertThat(report.tablesFound()).containsExactly(2, 3, 4);
		assertThat(metrics).hasSize(200);
		SoftAssertions figures = new SoftAssertions();
		for (Map.Entry<String, Object> metric : metrics.entrySet()) {
			Cell cell = report.figures().get(metric.getKey());
			if (notYet.contains(metric.getKey())) {
				continue;
			}
			if (metric.getValue() == null) {
				figures.assertThat(cell == null || cell.state() == CellState.BLANK).as(metric.getKey()).isTrue();
			}
			else {
				figures.assertThat(cell).as(metric.getKey()).isNotNull();
				figures.assertThat((cell != null) ? cell.value() : null)
					.as(metric.getKey() + " " + cell)
					.isEqualByComparingTo(new BigDecimal(metric.getValue().toString()));
			}
		}
		figures.assertAll();
		// besides them only the 2021 form's （六）其他处理 totals, derived from its three sub-rows
		assertThat(report.figures().entrySet())
			.filteredOn((figure) -> figure.getValue().state() != CellState.DERIVED)
			.extracting(Map.Entry::getKey)
			.containsExactlyInAnyOrderElementsOf(metrics.keySet());
	}

	private static void assertNoErrors(Report report, Region unit, int year, Set<String> notYet) {
		Instant onTime = Instant.parse(year + 1 + "-01-20T02:00:00Z");
		List<Finding> findings = SubmissionValidator.standard()
			.validate(report, new RuleContext(year, unit, onTime, History.NONE, ValidationSettings.defaults()));
		assertThat(findings).filteredOn((finding) -> finding.severity() == Severity.ERROR)
			.filteredOn((finding) -> !notYet.contains(finding.metric()))
			.isEmpty();
		assertThat(report.unexpectedLabels()).isEmpty();
	}

	private static Region region(String code, String name) {
		return new Region(code, name.replace("人民政府", "").replace("办公厅", ""), RegionLevel.UNIT,
				code.substring(0, 4) + "00", List.of(name));
	}

}
