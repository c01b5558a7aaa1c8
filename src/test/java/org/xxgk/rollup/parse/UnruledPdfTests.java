package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.parse.TemplatePdfFixtures.Real;

/**
 * Real figures in a table 三 drawn without any line whose labels wrap inside their cells. The real form with every
 * border removed (LibreOffice, 上海 2025's figures) is read figure by figure ({@link FilledFormPdfTests}' fixture
 * shanghai-2025-no-lines.pdf). The real 沭阳县发改局 page printed by Chromium under a style sheet that draws no
 * borders leaves nothing of its blank cells, so no row prints all seven figures, and its header, cut by a page break,
 * spaces its words out letter by letter (社 会 / 公 益 / 组织), so its columns cannot be told from the header either:
 * it is refused with TABLE-INCOMPLETE naming the rows not found, and no figure that is read differs from the
 * transcription (a wrong number is never accepted in their place).
 */
class UnruledPdfTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "chromium-shuyang-fgj-2023-no-borders.pdf, SHUYANG_FGJ, 2023, （一）予以公开" })
	void anUnruledTableWithWrappedLabelsIsRefusedNamingTheRowsNotFound(String file, Real real, int year, String row)
			throws Exception {
		byte[] pdf;
		try (InputStream in = getClass().getResourceAsStream("/pdf/" + file)) {
			pdf = in.readAllBytes();
		}
		Report report = new SubmissionParser().parse(SeedReportTests.source("report.pdf", real.unit), pdf);
		List<Finding> errors = FormStructureTests.validate(report, year).stream().filter(Finding::isError).toList();
		assertThat(errors).filteredOn((finding) -> finding.rule().equals("TABLE-INCOMPLETE"))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.message()).startsWith("表三缺少以下行：").contains(row));
		JsonNode metrics = real.metrics();
		int read = 0;
		for (Map.Entry<String, JsonNode> metric : (Iterable<Map.Entry<String, JsonNode>>) metrics::fields) {
			Cell cell = report.figures().get(metric.getKey());
			if (cell != null && cell.state() == CellState.NUMBER) {
				read++;
				assertThat(metric.getValue().isNull()).as(metric.getKey() + " is blank in the report").isFalse();
				assertThat(cell.value()).as(metric.getKey()).isEqualByComparingTo(metric.getValue().decimalValue());
			}
		}
		assertThat(read).isGreaterThan(20);
	}

}
