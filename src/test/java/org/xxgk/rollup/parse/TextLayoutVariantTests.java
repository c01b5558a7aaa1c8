package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.MarkdownWriter;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Template;

/**
 * The Markdown and column-text readers where the form's order must not decide: a blank cell keeps its column by its
 * x position, rows whose labels are swapped or missing are read by their labels, not shifted into the form's order.
 */
class TextLayoutVariantTests {

	private static final Template TEMPLATE = Template.V2021;

	private static final Map<String, BigDecimal> FIGURES = SampleFigures.distinct(TEMPLATE);

	private static Report parse(String text) throws UnreadableReportException {
		return new SubmissionParser().parse(SeedReportTests.source("report.md", "乌石镇"),
				text.getBytes(StandardCharsets.UTF_8));
	}

	/** 淮安's 一、本年新收 row with its 法律服务机构 figure (61) blanked: the cells right of it stay in their columns. */
	@Test
	void aBlankCellInColumnTextKeepsTheOthersInTheirColumns() throws Exception {
		String text = huaianLayout();
		String row = NEW_ROW;
		Report report = parse(text.replace(row, row.replace("    61   ", "         ")));
		assertThat(report.figures().get("applications.new.legal_services").state()).isEqualTo(CellState.BLANK);
		assertThat(report.figures().get("applications.new.research").value()).isEqualByComparingTo("0");
		assertThat(report.figures().get("applications.new.public_interest").value()).isEqualByComparingTo("0");
		assertThat(report.figures().get("applications.new.other_org").value()).isEqualByComparingTo("4");
		assertThat(report.figures().get("applications.new.total").value()).isEqualByComparingTo("3119");
		assertThat(report.figures().get("applications.carried_over.total").value()).isEqualByComparingTo("34");
		assertThat(report.figures().get("applications.carried_forward.natural_person").value())
			.isEqualByComparingTo("103");
	}

	/**
	 * 淮安's 一、本年新收 row with its 法律服务机构 figure blanked and its other figures pushed together (a copy that
	 * lost the columns' spacing): two values fall in one column, so which one is blank is not known. The row is named
	 * as printed but unplaced; none of its figures is read, none shifted into another column.
	 */
	@Test
	void aRowWhoseValuesLostTheirColumnsIsRefusedNamingIt() throws Exception {
		String text = huaianLayout();
		String row = NEW_ROW;
		Report report = parse(text.replace(row, "一、本年新收政府信息公开申请数量                3001  53  0  0  4  3119"));
		assertThat(report.figures().keySet()).noneMatch((code) -> code.startsWith("applications.new."));
		assertThat(report.figures().get("applications.carried_over.total").value()).isEqualByComparingTo("34");
		List<org.xxgk.rollup.model.Finding> findings = FormStructureTests.validate(report, 2024);
		assertThat(FormStructureTests.only(findings, "TABLE-INCOMPLETE").actual())
			.isEqualTo("以下行的数字无法对应到列：一、本年新收政府信息公开申请数量");
	}

	/** Two rows of table 三's block （三） printed in each other's place: each is read by its own label. */
	@Test
	void rowsOutOfTheFormsOrderAreReadByTheirLabels() throws Exception {
		List<String> lines = new ArrayList<>(List.of(markdown().split("\n", -1)));
		int first = indexOf(lines, "| 2.其他法律行政法规禁止公开 |");
		int second = indexOf(lines, "| 3.危及“三安全一稳定” |");
		String swap = lines.get(first);
		lines.set(first, lines.get(second));
		lines.set(second, swap);
		Report report = parse(String.join("\n", lines));
		assertEveryPrintedFigure(report, List.of());
		assertThat(report.unexpectedLabels()).isEmpty();
	}

	/** A row of table 三 left out: the rows after it are not shifted up into its place. */
	@Test
	void aMissingRowDoesNotShiftTheRowsAfterIt() throws Exception {
		List<String> lines = new ArrayList<>(List.of(markdown().split("\n", -1)));
		lines.remove(indexOf(lines, "| 3.危及“三安全一稳定” |"));
		Report report = parse(String.join("\n", lines));
		assertEveryPrintedFigure(report, List.of("applications.result.withheld.security_stability."));
		assertThat(report.figures().keySet())
			.noneMatch((code) -> code.startsWith("applications.result.withheld.security_stability."));
	}

	/** 淮安's 一、本年新收 row as pdftotext -layout writes it. */
	private static final String NEW_ROW = "一、本年新收政府信息公开申请数量                3001        53       0        0    61       4   3119";

	/** 淮安's PDF as pdftotext -layout writes it (real/huaian-city-2024.layout.txt), with its 一、本年新收 row. */
	private static String huaianLayout() throws Exception {
		try (InputStream in = TextLayoutVariantTests.class.getResourceAsStream("/real/huaian-city-2024.layout.txt")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(text).contains(NEW_ROW);
			return text;
		}
	}

	/** Table 三 as the form prints it, merged cells left empty. */
	private static String markdown() {
		return MarkdownWriter.write(GeneratedReport.of("雷州市乌石镇人民政府", 2021, TEMPLATE, FIGURES),
				MarkdownWriter.Shape.TABLES);
	}

	private static int indexOf(List<String> lines, String part) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(part)) {
				return i;
			}
		}
		throw new AssertionError("no line with " + part);
	}

	private static void assertEveryPrintedFigure(Report report, List<String> absentPrefixes) {
		for (Metric metric : MetricCatalog.standard().of(TEMPLATE)) {
			String code = metric.code();
			// the 2021 form's （六）其他处理 totals are derived, not printed
			if (absentPrefixes.stream().anyMatch(code::startsWith)
					|| code.matches("applications\\.result\\.other\\.[a-z_]+")) {
				continue;
			}
			assertThat(report.figures().get(code)).as(code).isNotNull();
			assertThat(report.figures().get(code).value()).as(code).isEqualByComparingTo(FIGURES.get(code));
		}
	}

}
