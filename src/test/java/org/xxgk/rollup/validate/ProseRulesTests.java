package org.xxgk.rollup.validate;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Severity;
import org.xxgk.rollup.model.Template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.xxgk.rollup.validate.ReportFixture.context;
import static org.xxgk.rollup.validate.ReportFixture.correct;

/**
 * The prose checks (TEXT-TABLE-MISMATCH anywhere in the prose, YEAR-IN-PROSE, OUTLINE-INCOMPLETE, FEE-SECTION-SILENT),
 * each firing and staying silent, on the prose of the three real reports in ../shared/real as published (sentences
 * copied from the files; 淮安's from its PDF's text layer) with the figures of their tables, and on made-up prose.
 */
class ProseRulesTests {

	/** 淮安市人民政府2024年政府信息公开工作年度报告.pdf, part 一 （二）依申请公开情况 (line breaks as in the PDF). */
	static final String HUAIAN_ONE = """
			（二）依申请公开情况。定期对政府信息公开申请集中的领域和热点问题进行研判，探索从源头上解决实际问题。着力强化
			与申请人的直接沟通，准确了解申请人诉求，提高答复的及时性和针对性。2024 年，全市共受理政府信息公开申请 3119 件，答
			复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复），均在法定期限内予以答复。政府信息公开行政复议 351
			件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚未审结 37 件；政府信息公开行政诉讼 46 件，其中结果维持 25
			件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。""";

	static final String HUAIAN_SIX = "2024 年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 3940 元。";

	/** 上海市人民政府办公厅2025年政府信息公开工作年度报告.pdf.md, part 一 （二）依申请公开方面. */
	static final String SHANGHAI_ONE = """
			（二）依申请公开方面
			市政府共受理政府信息公开申请 1295 件，办结 1191 件（含
			上年结转 189 件），均在法定期限内答复。其中，予以公开及部
			分公开 208 件（17.46%），不予公开 20 件（1.68%），因本机关
			不掌握等原因无法提供 564 件（47.36%），属信访、重复申请等
			不予处理 80 件（6.72%），其他处理 319 件（26.78%，含申请人
			主动撤回 157 件）。全年未发生因依申请公开被行政复议纠错或
			行政诉讼败诉情形。""";

	static final String SHANGHAI_SIX = "2025 年度本机关未收取信息公开处理费。";

	/** 沭阳县人民政府2025年政府信息公开工作年度报告.ocr.md, part 一 （二）规范化办理依申请公开. */
	static final String SHUYANG_ONE = "2025 年，我县严格遵循《条例》规定，规范依申请公开办理流程，优化服务方式，提升办理质效，依法妥善回应各类"
			+ "信息公开申请，全年申请办理工作规范有序、闭环高效。全县全年共受理政府信息公开申请 749 件，其中自然人申请 741 件，"
			+ "法人或其他组织申请 8 件；共办理 718 件，结转下一年 31 件。依法做好相关行政复议、行政诉讼案件的应诉工作，全县共办理"
			+ "相关案件 74 件，有力维护了群众合法权益与政府公信力。";

	static final String SHUYANG_SIX = "我县认真落实《政府信息公开信息处理费管理办法》要求，指导推动全县行政机关按规定收取费用。全县行政机关在办理"
			+ "2025年度信息公开申请中收取信息处理费共计380元，其中民政局1件，收取380元。";

	/** A 2021-form report with the figures of 淮安's tables that the prose states, and its prose. */
	static ReportFixture huaian() {
		return correct(Template.V2021).year(2024)
			.set("applications.new.total", "3119")
			.set("applications.carried_over.total", "34")
			.set("applications.result.total.total", "3050")
			.set("applications.carried_forward.total", "103")
			.set("review.reconsideration.total", "351")
			.set("review.litigation_direct.total", "26")
			.set("review.litigation_after_reconsideration.total", "20")
			.set("applications.result.other.unpaid_fee.total", "6")
			.section("一", "2024 年，市政府坚持以习近平新时代中国特色社会主义思想为指导。\n" + HUAIAN_ONE)
			.section("六", HUAIAN_SIX);
	}

	static ReportFixture shanghai() {
		return correct(Template.V2021).year(2025)
			.set("applications.new.total", "1295")
			.set("applications.carried_over.total", "189")
			.set("applications.result.total.total", "1191")
			.set("applications.carried_forward.total", "293")
			.set("review.reconsideration.total", "55")
			.set("proactive.normative_docs.issued", "34")
			.section("一", "2025 年，上海市人民政府办公厅坚持以习近平新时代中国特色社会主义思想为指导。\n"
					+ "全年主动公开市政府规章 22 件、市政府及市政府办公厅行政规范性文件 34 件、人事任免文件 196 件。\n" + SHANGHAI_ONE)
			.section("六", SHANGHAI_SIX);
	}

	static ReportFixture shuyang() {
		return correct(Template.V2021).year(2025)
			.set("applications.new.total", "713")
			.set("applications.carried_over.total", "36")
			.set("applications.result.total.total", "718")
			.set("applications.carried_forward.total", "31")
			.set("review.reconsideration.total", "61")
			.set("review.litigation_direct.total", "3")
			.set("review.litigation_after_reconsideration.total", "10")
			.set("applications.result.other.unpaid_fee.total", "7")
			.section("一", SHUYANG_ONE)
			.section("六", SHUYANG_SIX);
	}

	private static List<Finding> check(BaseRule rule, ReportFixture fixture) {
		Report report = fixture.build();
		return rule.check(report, context());
	}

	@Nested
	class TextTableMismatch {

		private final TextTableMismatchRule rule = new TextTableMismatchRule();

		@Test
		void theRealReportsProseAgreesWithTheirTables() {
			assertThat(check(this.rule, huaian())).isEmpty();
			assertThat(check(this.rule, shanghai())).isEmpty();
			assertThat(check(this.rule, shuyang())).isEmpty();
		}

		@Test
		void huaiansProseAgainstOtherTablesNamesEveryFigureItStates() {
			ReportFixture fixture = huaian().set("applications.new.total", "3000")
				.set("applications.result.total.total", "3049")
				.set("applications.carried_over.total", "35")
				.set("applications.carried_forward.total", "100")
				.set("review.reconsideration.total", "350")
				.set("review.litigation_after_reconsideration.total", "21");
			assertThat(check(this.rule, fixture)).extracting(Finding::metric, Finding::expected, Finding::actual)
				.containsExactly(tuple("applications.new.total", "3000 或 3035", "3119"),
						tuple("applications.carried_over.total", "35", "34"),
						tuple("applications.result.total.total", "3049", "3050"),
						tuple("applications.carried_forward.total", "100", "103"),
						tuple("review.reconsideration.total", "350", "351"),
						tuple("review.litigation_direct.total", "47", "46"));
		}

		@Test
		void receivedMayMeanNewAloneOrNewWithCarriedOverButNothingElse() {
			// 沭阳 writes 受理 749 for 新收 713 + 上年结转 36
			assertThat(check(this.rule, shuyang().set("applications.carried_over.total", "35")))
				.extracting(Finding::metric, Finding::expected, Finding::actual)
				.containsExactly(tuple("applications.new.total", "713 或 748", "749"));
		}

		@Test
		void answeredIsTheResultTotalAndReviewCasesAreNotIt() {
			// 沭阳's 共办理相关案件74件 is about review cases: not read as 办理结果
			Finding finding = check(this.rule, shuyang().set("applications.result.total.total", "74")).get(0);
			assertThat(finding.metric()).isEqualTo("applications.result.total.total");
			assertThat(finding.actual()).isEqualTo("718");
			assertThat(finding.location()).isEqualTo("一、总体情况");
			assertThat(finding.message()).isEqualTo("“一、总体情况”中写的“办理718件”与表三“（七）总计 / 总计”的74不一致，请核对正文或表格。");
		}

		@Test
		void aFigureStatedInAnotherPartIsComparedToo() {
			ReportFixture fixture = correct(Template.V2021).section("一", "本年度政府信息公开工作稳步推进。")
				.section("四", "本年度发生政府信息公开行政诉讼 9 件。")
				.set("review.litigation_direct.total", "2")
				.set("review.litigation_after_reconsideration.total", "3");
			Finding finding = check(this.rule, fixture).get(0);
			assertThat(finding.location()).isEqualTo("四、政府信息公开行政复议、行政诉讼情况");
			assertThat(finding.expected()).isEqualTo("5");
			assertThat(finding.actual()).isEqualTo("9");
		}

	}

	@Nested
	class YearInProse {

		private final YearInProseRule rule = new YearInProseRule();

		@Test
		void figuresOfLastYearInPartOneAreAWarning() {
			Finding finding = check(this.rule, correct(Template.V2021)
				.section("一", "2021年，我镇认真贯彻条例。2020年，我镇共收到政府信息公开申请5件，均按时答复。")).get(0);
			assertThat(finding.rule()).isEqualTo("YEAR-IN-PROSE");
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.expected()).isEqualTo("2021年");
			assertThat(finding.actual()).isEqualTo("2020年");
			assertThat(finding.message()).isEqualTo("“一、总体情况”写的是2020年的数据（“2020年，我镇共收到政府信息公开申请5件，均按时答复”），"
					+ "本报告是2021年度的。是否沿用了往年报告的文字？请核对年份和数字。");
		}

		@Test
		void theReportsOwnYearComparisonsAndPartFiveAreFine() {
			assertThat(check(this.rule, correct(Template.V2021).section("一", "2021年，我镇共收到申请5件，比2020年增加2件。"
					+ "自2019年以来累计公开信息300条。").section("五", "2020年存在的问题已整改3项。"))).isEmpty();
			assertThat(check(this.rule, huaian())).isEmpty();
			assertThat(check(this.rule, shanghai())).isEmpty();
			assertThat(check(this.rule, shuyang())).isEmpty();
		}

		@Test
		void aRealReportOnTheWrongYearIsCaught() {
			// 沭阳's 2025 prose sent again as its report on 2026
			assertThat(check(this.rule, shuyang().year(2026))).extracting(Finding::actual).containsExactly("2025年");
		}

	}

	@Nested
	class OutlineIncomplete {

		private final OutlineIncompleteRule rule = new OutlineIncompleteRule();

		@Test
		void allSixPartsInOrderAreFine() {
			assertThat(check(this.rule, correct(Template.V2021).section(Report.OUTLINE, "一二三四五六"))).isEmpty();
			// the structured form (.xlsx/.csv): sheets 表二, 表三, 表四, then the prose sheet
			assertThat(check(this.rule, correct(Template.V2021).section(Report.OUTLINE, "二三四一五六"))).isEmpty();
		}

		@Test
		void aMissingPartIsNamed() {
			// 上海's .pdf.md lost the heading of part 五 (its text runs on after table 四)
			Finding finding = check(this.rule, correct(Template.V2021).section(Report.OUTLINE, "一二三四六")).get(0);
			assertThat(finding.rule()).isEqualTo("OUTLINE-INCOMPLETE");
			assertThat(finding.actual()).isEqualTo("缺少：五、存在的主要问题及改进情况");
			assertThat(finding.message()).startsWith("报告缺少“五、存在的主要问题及改进情况”部分");
		}

		/** rules.md counts the parts by their titles: tables found without their headings leave three parts untitled. */
		@Test
		void tablesFoundWithoutTheirHeadingsLeaveTheirPartsUntitled() {
			Finding finding = check(this.rule, correct(Template.V2021).section(Report.OUTLINE, "一五六")).get(0);
			assertThat(finding.actual()).isEqualTo("缺少：二、主动公开政府信息情况（表格已找到，缺少标题）、三、收到和处理政府信息公开申请情况（表格已找到，缺少标题）、"
					+ "四、政府信息公开行政复议、行政诉讼情况（表格已找到，缺少标题）");
			assertThat(finding.message()).contains("表二、表三、表四已找到，但前面没有该部分的标题。");
		}

		@Test
		void aTablePartWithoutItsTableOrHeadingIsMissing() {
			Finding finding = check(this.rule, correct(Template.V2021).withoutTable(4).section(Report.OUTLINE, "一二三五六"))
				.get(0);
			assertThat(finding.actual()).isEqualTo("缺少：四、政府信息公开行政复议、行政诉讼情况");
		}

		@Test
		void partsOutOfOrderAreAWarning() {
			Finding finding = check(this.rule, correct(Template.V2021).section(Report.OUTLINE, "一三二四五六")).get(0);
			assertThat(finding.actual()).isEqualTo("顺序：一三二四五六");
		}

	}

	@Nested
	class FeeSectionSilent {

		private final FeeSectionSilentRule rule = new FeeSectionSilentRule();

		@Test
		void aPartSixSilentOnTheFeeIsAWarning() {
			Finding finding = check(this.rule, correct(Template.V2021).set(FeeSectionSilentRule.UNPAID_FEE, "0")
				.section("六", "无其他需要报告的事项。")).get(0);
			assertThat(finding.rule()).isEqualTo("FEE-SECTION-SILENT");
			assertThat(finding.metric()).isNull();
			assertThat(finding.location()).isEqualTo("六、其他需要报告的事项");
			assertThat(finding.message()).contains("没有说明信息处理费的收取情况");
		}

		@Test
		void unpaidFeeNoticesMakeItStronger() {
			Finding finding = check(this.rule, shuyang().section("六", "无。")).get(0);
			assertThat(finding.metric()).isEqualTo("applications.result.other.unpaid_fee.total");
			assertThat(finding.message()).startsWith("表三“").contains("2.申请人逾期未按收费通知要求缴纳费用")
				.contains("”为7，说明本年度发出过收费通知，但“六、其他需要报告的事项”没有说明信息处理费的收取情况");
		}

		@Test
		void tableTwosAdministrativeFeesAreUnrelated() {
			// 行政事业性收费 of table 二 neither triggers it nor answers it
			ReportFixture charged = correct(Template.V2021).set("proactive.fees.amount", "96171.6")
				.set(FeeSectionSilentRule.UNPAID_FEE, "0");
			assertThat(check(this.rule, charged)).isEmpty();
			assertThat(check(this.rule, charged.section("六", "本年度行政事业性收费96171.6万元。"))).extracting(Finding::metric)
				.containsExactly((String) null);
		}

		@Test
		void theRealReportsSayWhatTheyCharged() {
			assertThat(check(this.rule, huaian())).isEmpty();
			assertThat(check(this.rule, shanghai())).isEmpty();
			assertThat(check(this.rule, shuyang())).isEmpty();
		}

		@Test
		void the2019FormDidNotAsk() {
			assertThat(check(this.rule, correct(Template.V2019).section("六", "无。"))).isEmpty();
		}

	}

}
