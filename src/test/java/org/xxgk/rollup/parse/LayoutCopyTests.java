package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.parse.TemplatePdfFixtures.Fixture;

/**
 * The text a county clerk pastes from the committed form PDFs (src/test/resources/pdf/template, README there): each
 * fixture {@code <name>.layout.txt} is {@code pdftotext -layout <name>.pdf} (poppler 22.12) as it came out. The form's
 * wrapped label cells are centred, so a row whose label wraps over three lines prints its 总计 on the first and its
 * other figures on the middle one, the first of them one space after the label's text; merged labels print one
 * space beside the next cell's line (理结果 形，不计其他情形）); a table across pages prints the running title, the
 * page number and the header again inside it. 沭阳县发改局 2023 fills in 自然人 and 总计 only, its 法人 cells blank,
 * so that no line gives the seven columns' places: its values are placed by the header's column labels against each
 * row's 总计. Six copies read every figure as transcribed with no error; the three others are refused with
 * TABLE-INCOMPLETE naming the rows, and no figure they read differs from the transcription: 上海 without borders (its
 * （四）3 carries the merged 三、本 / 法提供 on its line), 沭阳县发改局 with 三、本年度办理结果 in vertical text (its
 * characters print one space before the labels of （三）1 and （三）2, 度 （三）不 1.属于国家秘密) and with the labels
 * turned (pdftotext prints （五）3's label six lines below its figures).
 */
class LayoutCopyTests {

	/** The copies still refused, and why (see the class comment). */
	private static final Set<String> REFUSED = Set.of("shuyang-fgj-2023-shaded-vertical.pdf",
			"shuyang-fgj-2023-rotated-labels.pdf", "shanghai-2025-no-lines.pdf");

	static Stream<Fixture> read() {
		return TemplatePdfFixtures.FIXTURES.stream().filter((fixture) -> !REFUSED.contains(fixture.file()));
	}

	static Stream<Fixture> refused() {
		return TemplatePdfFixtures.FIXTURES.stream().filter((fixture) -> REFUSED.contains(fixture.file()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("read")
	void everyTranscribedFigureIsRead(Fixture fixture) throws Exception {
		Report report = parse(fixture);
		assertThat(FormStructureTests.validate(report, fixture.reportYear())).filteredOn(Finding::isError).isEmpty();
		FilledFormPdfTests.assertTranscribedFigures(report, fixture.real().metrics());
	}

	/**
	 * Each copy's title as the report prints it, its year and its unit read from it: 沭阳县's wraps at the margin
	 * inside its last word (…工作年度报 / 告), read across the wrap; 沭阳县发改局's cover page prints the unit, the rest
	 * of the title and the date on lines of their own.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("read")
	void theTitleIsReadAcrossItsWrap(Fixture fixture) throws Exception {
		Report report = parse(fixture);
		assertThat(report.year()).isEqualTo(fixture.reportYear());
		if (!fixture.file().contains("cover-annex")) {
			assertThat(report.title()).isEqualTo(fixture.real().title);
			assertThat(report.statedUnit()).isEqualTo(fixture.real().unit);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refused")
	void theOthersAreRefusedNamingTheRowsAndReadNoWrongFigure(Fixture fixture) throws Exception {
		Report report = parse(fixture);
		List<Finding> findings = FormStructureTests.validate(report, fixture.reportYear());
		assertThat(findings).filteredOn((finding) -> finding.rule().equals("TABLE-INCOMPLETE"))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.actual()).startsWith("缺少以下行："));
		JsonNode metrics = fixture.real().metrics();
		SoftAssertions figures = new SoftAssertions();
		report.figures().forEach((code, cell) -> {
			if (cell.state() == CellState.NUMBER && metrics.has(code)) {
				figures.assertThat(metrics.get(code).isNull()).as(code + " " + cell).isFalse();
				if (!metrics.get(code).isNull()) {
					figures.assertThat(cell.value()).as(code + " " + cell).isEqualByComparingTo(metrics.get(code).decimalValue());
				}
			}
		});
		figures.assertAll();
	}

	/** 沭阳县发改局's row 一 as pdftotext printed it: 自然人 26 under 自然 / 人, 总计 26 under 总计, 法人 blank. */
	private static final String NEW_ROW = "一、本年新收政府信息公开申请数量            26                               26";

	private static final String NEW_ROW_LABEL = "一、本年新收政府信息公开申请数量";

	/**
	 * The copy placed by its header, its row 一 moved: a value at 商业企业's place is read as 商业企业's (it is what
	 * is printed there); one half-way between 自然人 and 商业企业, or a 总计 that is not the sum of the values
	 * placed, leaves the row unplaced, TABLE-INCOMPLETE naming it, and none of its figures read.
	 */
	@ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
			"at 商业企业;'                    26                       26';enterprise",
			"between 自然人 and 商业企业;'                26                           26';",
			"总计 not the sum;'            26                               27';" })
	void aRowPlacedByTheHeaderIsReadOnlyWhenItsPlacesAndTotalSaySo(String name, String values, String column)
			throws Exception {
		Fixture fixture = TemplatePdfFixtures.FIXTURES.stream()
			.filter((f) -> f.file().equals("shuyang-fgj-2023-cover-annex.pdf"))
			.findFirst()
			.orElseThrow();
		String text = fixture.textCopy(".layout.txt");
		assertThat(text).contains(NEW_ROW);
		assertThat((NEW_ROW_LABEL + values).length()).isEqualTo(NEW_ROW.length());
		Report report = parse(fixture, text.replace(NEW_ROW, NEW_ROW_LABEL + values));
		List<Finding> findings = FormStructureTests.validate(report, fixture.reportYear());
		if (column != null) {
			assertThat(report.figures().get("applications.new." + column).value()).isEqualByComparingTo("26");
			assertThat(report.figures().get("applications.new.natural_person").state()).isEqualTo(CellState.BLANK);
			assertThat(report.figures().get("applications.new.total").value()).isEqualByComparingTo("26");
			assertThat(findings).noneMatch((finding) -> finding.rule().equals("TABLE-INCOMPLETE"));
			return;
		}
		assertThat(report.figures().keySet()).noneMatch((code) -> code.startsWith("applications.new."));
		assertThat(findings).filteredOn((finding) -> finding.rule().equals("TABLE-INCOMPLETE"))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.message()).contains(NEW_ROW_LABEL));
	}


	private static Report parse(Fixture fixture) throws Exception {
		return parse(fixture, fixture.textCopy(".layout.txt"));
	}

	private static Report parse(Fixture fixture, String text) throws Exception {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		SubmissionParser parser = new SubmissionParser();
		assertThat(parser.detect(bytes)).isEqualTo(InputFormat.COLUMN_TEXT);
		return parser.parse(SeedReportTests.source("report.txt", fixture.real().unit), bytes);
	}

}
