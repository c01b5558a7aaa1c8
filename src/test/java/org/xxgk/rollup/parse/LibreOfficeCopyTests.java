package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;

/**
 * The real 沭阳县发改局 page saved by LibreOffice as a Word file and exported as a PDF (fixtures and how they were made:
 * src/test/resources/real/libreoffice/README.md).
 */
class LibreOfficeCopyTests {

	@ParameterizedTest
	@ValueSource(strings = { "shuyang-fgj-2023.docx", "shuyang-fgj-2023.doc" })
	void thePageSavedAsWordReadsEveryTranscribedCell(String fixture) throws Exception {
		Report report = parse(fixture);
		assertThat(report.title()).isEqualTo("沭阳县发展和改革局2023年政府信息公开年度报告");
		assertThat(report.year()).isEqualTo(2023);
		RealWebPageTests.assertTranscribed(report);
		assertThat(FormStructureTests.validate(report, 2023)).noneMatch(Finding::isError);
	}

	/**
	 * The PDF export cuts table 四 at the page's edge: three cells of 复议后起诉 are not on the page, which is not a
	 * blank cell to count as 0 with a warning but a part of the table the report lacks.
	 */
	@Test
	void thePdfExportThatCutTableFourAtThePageEdgeNamesTheCellsItLacks() throws Exception {
		Report report = parse("shuyang-fgj-2023.web-export.pdf");
		assertThat(report.figures()).doesNotContainKeys("review.litigation_after_reconsideration.other",
				"review.litigation_after_reconsideration.pending", "review.litigation_after_reconsideration.total");
		List<Finding> errors = FormStructureTests.validate(report, 2023).stream().filter(Finding::isError).toList();
		// the row of values is shorter than the form's fifteen columns: it is refused, its groups named
		assertThat(errors).extracting(Finding::rule).containsExactly("TABLE-INCOMPLETE");
		assertThat(errors.get(0).actual()).contains("行政诉讼 复议后起诉");
	}

	private static Report parse(String fixture) throws IOException, UnreadableReportException {
		byte[] bytes;
		try (InputStream in = LibreOfficeCopyTests.class.getResourceAsStream("/real/libreoffice/" + fixture)) {
			bytes = in.readAllBytes();
		}
		return new SubmissionParser().parse(SeedReportTests.source(fixture, "real"), bytes);
	}

}
