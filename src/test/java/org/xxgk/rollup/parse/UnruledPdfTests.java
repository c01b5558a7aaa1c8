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
 * borders leaves nothing of its blank cells, so no row prints all seven figures (each prints 自然人 and 总计 alone), and
 * its header spaces its words out letter by letter (社 会 / 公 益 / 组织), so its columns cannot be told from the
 * header either: it is refused with TABLE-INCOMPLETE naming each of table 三's rows, in the form's words, as printed
 * but its figures not placeable in their columns — not as rows or columns missing (they are printed), and with no
 * figure of table 三 read in another column (no CELL-NOT-NUMBER or cross-check of a misread table beside it). A row at
 * the top or foot of a page (5.属于三类内部事务 / 信息) is a row, not a page number.
 */
class UnruledPdfTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "chromium-shuyang-fgj-2023-no-borders.pdf, SHUYANG_FGJ, 2023" })
	void anUnruledTableWithoutItsBlankCellsIsRefusedNamingEachRowAsUnplaced(String file, Real real, int year)
			throws Exception {
		byte[] pdf;
		try (InputStream in = getClass().getResourceAsStream("/pdf/" + file)) {
			pdf = in.readAllBytes();
		}
		Report report = new SubmissionParser().parse(SeedReportTests.source("report.pdf", real.unit), pdf);
		List<Finding> errors = FormStructureTests.validate(report, year).stream().filter(Finding::isError).toList();
		assertThat(errors).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo("TABLE-INCOMPLETE");
			assertThat(finding.actual()).isEqualTo("以下行的数字无法对应到列：" + String.join("；", ROWS));
			assertThat(finding.message()).startsWith("表三中以下行的数字无法对应到列：一、本年新收政府信息公开申请数量；")
				.doesNotContain("缺少");
		});
		assertThat(report.figures().keySet()).noneMatch((code) -> code.startsWith("applications."));
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

	/** Table 三's rows as TABLE-INCOMPLETE names them, in the form's words and order. */
	private static final List<String> ROWS = List.of("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
			"三、本年度办理结果（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开 1.属于国家秘密",
			"（三）不予公开 2.其他法律行政法规禁止公开", "（三）不予公开 3.危及“三安全一稳定”", "（三）不予公开 4.保护第三方合法权益",
			"（三）不予公开 5.属于三类内部事务信息", "（三）不予公开 6.属于四类过程性信息", "（三）不予公开 7.属于行政执法案卷",
			"（三）不予公开 8.属于行政查询事项", "（四）无法提供 1.本机关不掌握相关政府信息", "（四）无法提供 2.没有现成信息需要另行制作",
			"（四）无法提供 3.补正后申请内容仍不明确", "（五）不予处理 1.信访举报投诉类申请", "（五）不予处理 2.重复申请",
			"（五）不予处理 3.要求提供公开出版物", "（五）不予处理 4.无正当理由大量反复申请",
			"（五）不予处理 5.要求行政机关确认或重新出具已获取信息",
			"（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
			"（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "（六）其他处理 3.其他", "（七）总计",
			"四、结转下年度继续办理");

}
