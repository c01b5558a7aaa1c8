package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.registry.RegionLevel;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.validate.History;
import org.xxgk.rollup.validate.RuleContext;
import org.xxgk.rollup.validate.SubmissionValidator;
import org.xxgk.rollup.validate.ValidationSettings;

/**
 * 淮安市人民政府's 2024 report as published, a PDF written by WPS (../shared/real): table 三's vertical labels one
 * character per line, wrapped labels, the page break (and -4-) inside table 三 that cuts （四）无法提供 in two,
 * （六）'s sub-rows numbered 1、2、3、. Every figure of the hand transcription beside it is read, and its cross-checks
 * hold, so the validator raises no error.
 */
class RealPdfTests {

	private static final Path REAL = Path.of("..", "shared", "real");

	private static final String HUAIAN = "淮安市人民政府2024年政府信息公开工作年度报告.pdf";

	private final Report report;

	RealPdfTests() throws Exception {
		byte[] pdf = Files.readAllBytes(REAL.resolve(HUAIAN));
		SubmissionParser parser = new SubmissionParser();
		assertThat(parser.detect(pdf)).isEqualTo(InputFormat.PDF);
		this.report = parser.parse(SeedReportTests.source(HUAIAN, "淮安市"), pdf);
	}

	@Test
	void titleUnitYearAndForm() {
		assertThat(this.report.title()).isEqualTo("淮安市人民政府2024年政府信息公开工作年度报告");
		assertThat(this.report.statedUnit()).isEqualTo("淮安市人民政府");
		assertThat(this.report.year()).isEqualTo(2024);
		assertThat(this.report.template()).isEqualTo(Template.V2021);
		assertThat(this.report.tablesFound()).containsExactly(2, 3, 4);
		assertThat(this.report.unexpectedLabels()).isEmpty();
	}

	@Test
	void everyTranscribedFigureIsRead() throws Exception {
		Map<String, Object> metrics = JsonPath.read(Files.readString(REAL.resolve("huaian-city-2024.json")),
				"$.metrics");
		assertThat(metrics).hasSize(200).doesNotContainValue(null);
		SoftAssertions figures = new SoftAssertions();
		metrics.forEach((code, value) -> {
			Cell cell = this.report.figures().get(code);
			figures.assertThat(cell).as(code).isNotNull();
			if (cell != null) {
				figures.assertThat(cell.state()).as(code).isEqualTo(CellState.NUMBER);
				figures.assertThat(cell.value()).as(code).isEqualByComparingTo(new BigDecimal(value.toString()));
			}
		});
		figures.assertAll();
		// nothing else but the 2021 form's （六）其他处理 totals, the sums of its three sub-rows
		assertThat(this.report.figures().entrySet()).filteredOn((figure) -> figure.getValue().state() != CellState.DERIVED)
			.extracting(Map.Entry::getKey)
			.containsExactlyInAnyOrderElementsOf(metrics.keySet());
		assertThat(this.report.figures().get("applications.result.other.total").value()).isEqualByComparingTo("187");
	}

	/** Where a clerk finds a figure in the printed file: the row after the page break is on page 5. */
	@Test
	void figuresAreLocatedByPageAndLine() {
		assertThat(this.report.figures().get("proactive.fees.amount").location()).isEqualTo("表二 第14行第2列（原文第4页第6行）");
		assertThat(this.report.figures().get("applications.result.unavailable.not_held.total").location())
			.isEqualTo("表三 第16行第10列（原文第4页第23行）");
		assertThat(this.report.figures().get("applications.result.unavailable.needs_creation.total").location())
			.isEqualTo("表三 第17行第10列（原文第5页第1行）");
	}

	@Test
	void proseSectionsAreReadAcrossPages() {
		assertThat(this.report.section("一")).startsWith("2024年，我市坚持以习近平新时代中国特色社会主义思想为指导")
			.contains("全市共受理政府信息公开申请3119件，答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复）")
			.contains("将栏目不更新、政策解读不通俗易懂")
			.doesNotContain("-2-");
		assertThat(this.report.section("五")).startsWith("对照上级新要求和公众新期待，还有一些需要加强和改进的地方。")
			.endsWith("增强队伍凝聚力。");
		assertThat(this.report.section("六")).isEqualTo("2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。");
	}

	/**
	 * Its cross-checks all hold (the transcription's checks_failed is empty): no error. The only warning is
	 * RULES-NOT-EXPECTED on its 规章 row while the registry does not know a city government from a township.
	 */
	@Test
	void theValidatorRaisesNoError() {
		Region huaian = new Region("320800", "淮安市", RegionLevel.UNIT, "320000", List.of("淮安市人民政府"));
		List<Finding> findings = SubmissionValidator.standard()
			.validate(this.report, new RuleContext(2024, huaian, Instant.parse("2025-01-20T02:00:00Z"), History.NONE,
					ValidationSettings.defaults()));
		assertThat(findings).noneMatch(Finding::isError);
		assertThat(findings).extracting(Finding::rule).allMatch("RULES-NOT-EXPECTED"::equals);
	}

	/**
	 * 沭阳县发展和改革局's real saved page (../shared/real) printed to PDF by Chromium with its default header and footer
	 * (date and page title above, the file's address and 1/9 below; src/test/resources/pdf/README.md): the five blank
	 * 法人或其他组织 columns stay blank cells beside their neighbours, every cell of the transcription is read, and
	 * the page's metadata table before the title is not the title.
	 */
	@Test
	void theRealWebPagePrintedByChromiumReadsEveryTranscribedCell() throws Exception {
		Report page = new SubmissionParser().parse(SeedReportTests.source("page.pdf", "沭阳县"),
				OfficePdfTests.fixture("chromium-shuyang-fgj-2023.pdf"));
		assertThat(page.title()).isEqualTo("沭阳县发展和改革局2023年政府信息公开年度报告");
		assertThat(page.statedUnit()).isEqualTo("沭阳县发展和改革局");
		assertThat(page.year()).isEqualTo(2023);
		RealWebPageTests.assertTranscribed(page);
		assertThat(page.section("六")).startsWith("2023年度，县发展和改革局政府信息公开未发生收费情况。");
	}

}
