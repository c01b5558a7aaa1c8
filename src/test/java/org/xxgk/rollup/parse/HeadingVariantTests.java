package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;

/**
 * Part headings numbered as real reports number them: 第一部分 总体情况, （二）主动公开政府信息情况, 3.收到和处理…, 四是…,
 * or set in bold without a number. Each style is put on the six headings of two real reports, the 沭阳县发展和改革局
 * page (whose part 一 has its own （一）主动公开政府信息情况 and （二）依申请公开政府信息情况 points, and part 五 its
 * （一）存在的主要问题。) and 淮安市人民政府's PDF as {@code pdftotext -layout} writes it: every figure is still the
 * transcription's, the outline complete, the points inside the parts kept as their prose.
 */
class HeadingVariantTests {

	private static final List<String> PAGE_HEADINGS = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
			"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及整改措施", "六、其他需要报告的事项");

	private static final String NUMERALS = "一二三四五六";

	enum Style {

		SECTION((n, title) -> "第" + NUMERALS.charAt(n) + "部分 " + title),
		BRACKETED((n, title) -> "（" + NUMERALS.charAt(n) + "）" + title),
		ARABIC((n, title) -> (n + 1) + "." + title),
		SPOKEN((n, title) -> NUMERALS.charAt(n) + "是" + title),
		UNNUMBERED((n, title) -> title);

		private final java.util.function.BiFunction<Integer, String, String> heading;

		Style(java.util.function.BiFunction<Integer, String, String> heading) {
			this.heading = heading;
		}

		String heading(int part, String formHeading) {
			return this.heading.apply(part, formHeading.substring(2));
		}

	}

	@ParameterizedTest
	@EnumSource(Style.class)
	void theRealPageReadsAsTranscribedWithItsHeadingsRenumbered(Style style) throws Exception {
		Report report = parse("page.html", page((n) -> style.heading(n, PAGE_HEADINGS.get(n))));
		RealWebPageTests.assertTranscribed(report);
		assertThat(report.outline()).isEqualTo("一二三四五六");
		assertThat(report.section("一")).startsWith("2023年，县发展和改革局认真贯彻执行省、市、县有关文件精神")
			.contains("\n（一）主动公开政府信息情况\n", "\n（二）依申请公开政府信息情况\n");
		assertThat(report.section("五")).startsWith("（一）存在的主要问题。各科室人员信息公开意识有所松懈");
		assertThat(report.section("六")).isEqualTo("2023年度，县发展和改革局政府信息公开未发生收费情况。\n沭阳县发展和改革局\n2024年1月17日");
		assertThat(FormStructureTests.validate(report, 2023)).extracting(Finding::rule).containsOnly("CELL-MISSING");
	}

	@ParameterizedTest
	@EnumSource(Style.class)
	void theRealPdfsColumnTextReadsAsTranscribedWithItsHeadingsRenumbered(Style style) throws Exception {
		String text = huaianLayout();
		List<String> headings = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
				"五、存在的主要问题及改进情况", "六、其他需要报告的事项");
		for (int n = 0; n < headings.size(); n++) {
			// the heading lines alone: 四、结转下年度继续办理 is a row of table 三
			text = text.replaceFirst("(?m)^(\\s*)" + headings.get(n) + "\\s*$", "$1" + style.heading(n, headings.get(n)));
		}
		Report report = parse("report.txt", text.getBytes(StandardCharsets.UTF_8));
		RealTextCopyTests.assertTranscribed(report, "huaian-city-2024.json", 2024, Set.of());
		assertThat(report.outline()).isEqualTo("一二三四五六");
		assertThat(report.section("六")).contains("全年收取政府信息公开信息处理费 3940 元");
		assertThat(report.unexpectedLabels()).isEmpty();
	}

	/** Points of part 一 numbered like parts but titled as its own subjects are not parts. */
	@Test
	void pointsInsidePartOneAreNoParts() {
		assertThat(List.of("（一）主动公开政府信息情况", "（二）依申请公开政府信息情况", "2.主动公开", "（五）及时回应关切，自觉接受监督",
				"（一）存在的主要问题。", "一是完善主动公开信息联动机制", "二、完善公开制度", "主动公开"))
			.allMatch((line) -> Headings.part(line) == null);
		assertThat(List.of("第三部分 收到和处理政府信息公开申请情况", "（四）政府信息公开行政复议、行政诉讼情况", "5.存在的主要问题及改进情况",
				"六是其他需要报告的事项", "其他需要报告的事项", "第二部分：主动公开政府信息"))
			.extracting(Headings::part)
			.containsExactly("三", "四", "五", "六", "六", "二");
	}

	/** A renumbered page that really lost part 五's heading and its table 四 is told so. */
	@Test
	void aRenumberedPageWithoutPartFiveOrTableFourIsIncomplete() throws Exception {
		String page = new String(page((n) -> Style.BRACKETED.heading(n, PAGE_HEADINGS.get(n))), StandardCharsets.UTF_8);
		int four = page.indexOf("（四）政府信息公开行政复议、行政诉讼情况");
		String cut = page.substring(0, four) + page.substring(page.indexOf("（六）其他需要报告的事项"));
		List<Finding> findings = FormStructureTests.validate(parse("page.html", cut.getBytes(StandardCharsets.UTF_8)), 2023);
		assertThat(findings).filteredOn((f) -> !f.rule().equals("CELL-MISSING"))
			.extracting(Finding::rule, Finding::location)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("TABLE-MISSING", "四、政府信息公开行政复议、行政诉讼情况"),
					org.assertj.core.groups.Tuple.tuple("OUTLINE-INCOMPLETE", only(findings, "OUTLINE-INCOMPLETE").location()),
					org.assertj.core.groups.Tuple.tuple("SECTION-FIVE-EMPTY", only(findings, "SECTION-FIVE-EMPTY").location()));
		assertThat(only(findings, "OUTLINE-INCOMPLETE").actual()).isEqualTo("缺少：四、政府信息公开行政复议、行政诉讼情况、五、存在的主要问题及改进情况");
	}

	private static Finding only(List<Finding> findings, String rule) {
		return FormStructureTests.only(findings, rule);
	}

	/** The real page with its six part headings replaced (bold, as a heading without a number is set). */
	private static byte[] page(Function<Integer, String> heading) throws Exception {
		Document page = Jsoup.parse(Files.readString(RealWebPageTests.REAL.resolve("沭阳县发展和改革局2023年政府信息公开年度报告.html")));
		for (int n = 0; n < PAGE_HEADINGS.size(); n++) {
			Element paragraph = null;
			for (Element p : page.select("p")) {
				if (p.text().strip().equals(PAGE_HEADINGS.get(n))) {
					paragraph = p;
					break;
				}
			}
			assertThat(paragraph).as(PAGE_HEADINGS.get(n)).isNotNull();
			paragraph.empty().appendElement("b").text(heading.apply(n));
		}
		return page.outerHtml().getBytes(StandardCharsets.UTF_8);
	}

	private static String huaianLayout() throws Exception {
		try (InputStream in = HeadingVariantTests.class.getResourceAsStream("/real/huaian-city-2024.layout.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Report parse(String name, byte[] bytes) throws Exception {
		return new SubmissionParser().parse(SeedReportTests.source(name, "real"), bytes);
	}

}
