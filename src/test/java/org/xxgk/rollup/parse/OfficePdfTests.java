package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Template;

/**
 * PDFs written by other producers than WPS, from the project's generated forms (src/test/resources/pdf, README there):
 * LibreOffice's export of the .docx, rows cut by page breaks, a block continued with fewer columns; Chromium's print
 * of the web page, borders as filled rectangles, a first row on a new page without its top border, navigation and
 * metadata before the title. Every figure, the title, unit, year, template and the prose come back.
 */
class OfficePdfTests {

	private final SubmissionParser parser = new SubmissionParser();

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "libreoffice-2019.pdf, V2019", "libreoffice-2021.pdf, V2021", "libreoffice-2019-split.pdf, V2019",
			"libreoffice-2021-split.pdf, V2021", "chromium-2021.pdf, V2021" })
	void everyFigureIsRead(String file, Template template) throws Exception {
		Map<String, BigDecimal> figures = SampleFigures.distinct(template);
		GeneratedReport generated = GeneratedReport.of("雷州市乌石镇人民政府", 2021, template, figures);
		Report report = this.parser.parse(SeedReportTests.source(file, "乌石镇"), fixture(file));
		RoundTripTests.assertSameReport(report, generated, figures, false);
		// a printed web page ends in the site's footer (分享到, 主办), which the PDF cannot tell from prose
		assertThat(report.section("六")).startsWith(generated.prose().get("六"));
		assertThat(report.section("一")).startsWith(generated.prose().get("一").substring(0, 40));
	}

	static byte[] fixture(String file) throws Exception {
		try (InputStream in = OfficePdfTests.class.getResourceAsStream("/pdf/" + file)) {
			assertThat(in).as(file).isNotNull();
			return in.readAllBytes();
		}
	}

}
