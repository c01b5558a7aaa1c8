package org.xxgk.rollup.parse;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.registry.RegionLevel;
import org.xxgk.rollup.validate.History;
import org.xxgk.rollup.validate.RuleContext;
import org.xxgk.rollup.validate.SubmissionValidator;
import org.xxgk.rollup.validate.ValidationSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prose checks on the three real reports as read end to end (Markdown of 上海 and 沭阳, 淮安's PDF as column text):
 * their prose states figures in every way TEXT-TABLE-MISMATCH reads (受理 749 = 新收 713 + 上年结转 36, 答复, 顺延,
 * 行政诉讼 = both kinds) and agrees with their tables, as the transcriptions' {@code extra_checks} say; they speak of
 * 信息处理费 in part 六 and of their own year in part 一. 上海's .pdf.md lost the heading of part 五 (its text follows
 * table 四), which OUTLINE-INCOMPLETE says.
 */
class RealProseChecksTests {

	private static final Path REAL = Path.of("..", "shared", "real");

	private static final Set<String> PROSE_RULES = Set.of("TEXT-TABLE-MISMATCH", "YEAR-IN-PROSE", "OUTLINE-INCOMPLETE",
			"FEE-SECTION-SILENT");

	private static Report read(String file) throws Exception {
		byte[] bytes;
		if (file.endsWith(".layout.txt")) {
			try (InputStream in = RealProseChecksTests.class.getResourceAsStream("/real/" + file)) {
				bytes = in.readAllBytes();
			}
		}
		else {
			bytes = Files.readAllBytes(REAL.resolve(file));
		}
		return new SubmissionParser().parse(SeedReportTests.source("report.txt", "real"), bytes);
	}

	private static List<Finding> proseFindings(Report report) {
		RuleContext context = new RuleContext(report.year(), new Region("320800", "单位", RegionLevel.UNIT, "320000",
				List.of()), Instant.parse((report.year() + 1) + "-01-20T02:00:00Z"), History.NONE,
				ValidationSettings.defaults());
		return SubmissionValidator.standard()
			.validate(report, context)
			.stream()
			.filter((finding) -> PROSE_RULES.contains(finding.rule()))
			.toList();
	}

	/** The report with some of its table figures replaced. */
	private static Report withFigures(Report report, Map<String, String> replaced) {
		Map<String, Cell> figures = new LinkedHashMap<>(report.figures());
		replaced.forEach((code, value) -> figures.put(code, Cell.number(value, new BigDecimal(value), "test")));
		return new Report(report.source(), report.title(), report.statedUnit(), report.year(), report.template(),
				figures, report.tablesFound(), report.unexpectedLabels(), report.yuanHeadedMetrics(), report.sections());
	}

	@Test
	void huaiansProseAgreesWithItsTablesAndSaysWhenItDoesNot() throws Exception {
		Report huaian = read("huaian-city-2024.layout.txt");
		assertThat(huaian.outline()).isEqualTo("一二三四五六");
		assertThat(proseFindings(huaian)).isEmpty();
		// 顺延 103 and 行政诉讼 46 (26 + 20) as the prose states them, against other tables
		assertThat(proseFindings(withFigures(huaian, Map.of("applications.carried_forward.total", "104",
				"review.litigation_direct.total", "27"))))
			.extracting(Finding::metric, Finding::actual)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("applications.carried_forward.total", "103"),
					org.assertj.core.groups.Tuple.tuple("review.litigation_direct.total", "46"));
	}

	@Test
	void shuyangsReceivedIncludesTheCarriedOver() throws Exception {
		Report shuyang = read("沭阳县人民政府2025年政府信息公开工作年度报告.ocr.md");
		assertThat(shuyang.outline()).isEqualTo("一二三四五六");
		assertThat(proseFindings(shuyang)).isEmpty();
		assertThat(proseFindings(withFigures(shuyang, Map.of("applications.carried_over.total", "30"))))
			.extracting(Finding::expected, Finding::actual)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("713 或 743", "749"));
	}

	@Test
	void shanghaisMarkdownLostTheHeadingOfPartFive() throws Exception {
		Report shanghai = read("上海市人民政府办公厅2025年政府信息公开工作年度报告.pdf.md");
		assertThat(shanghai.outline()).isEqualTo("一二三四六");
		assertThat(proseFindings(shanghai)).extracting(Finding::rule, Finding::actual)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("OUTLINE-INCOMPLETE", "缺少：五、存在的主要问题及改进情况"));
		// sent as its report on 2026, part 一's 2025 figures are last year's
		Report nextYear = new Report(shanghai.source(), shanghai.title(), shanghai.statedUnit(), 2026,
				shanghai.template(), shanghai.figures(), shanghai.tablesFound(), shanghai.unexpectedLabels(),
				shanghai.yuanHeadedMetrics(), shanghai.sections());
		assertThat(proseFindings(nextYear)).extracting(Finding::rule).contains("YEAR-IN-PROSE");
	}

}
