package org.xxgk.rollup.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xxgk.rollup.validate.ReportFixture.beijing;
import static org.xxgk.rollup.validate.ReportFixture.context;
import static org.xxgk.rollup.validate.ReportFixture.correct;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Severity;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.model.UnexpectedLabel;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.registry.RegionLevel;
import org.xxgk.rollup.registry.UnitKind;

/**
 * Every per-submission rule: a correct report raises nothing, a report broken in one place raises exactly that
 * finding (with its values), and a near miss stays silent. Where the form's arithmetic makes one broken cell break
 * two cross-checks at once, the rule itself is asserted to give exactly one finding and the validator to give both.
 */
class SubmissionValidatorTests {

	private static final SubmissionValidator VALIDATOR = SubmissionValidator.standard();

	private static List<Finding> validate(ReportFixture fixture) {
		return validate(fixture, context());
	}

	private static List<Finding> validate(ReportFixture fixture, RuleContext context) {
		return VALIDATOR.validate(fixture.build(), context);
	}

	/** A 2019-template report for 2021 always raises TEMPLATE-OUTDATED; the other findings. */
	private static List<Finding> validate2019(ReportFixture fixture) {
		List<Finding> findings = new ArrayList<>(validate(fixture));
		assertThat(findings).extracting(Finding::rule).contains(TemplateOutdatedRule.ID);
		findings.removeIf((finding) -> finding.rule().equals(TemplateOutdatedRule.ID));
		return findings;
	}

	private static Finding only(List<Finding> findings) {
		assertThat(findings).hasSize(1);
		return findings.get(0);
	}

	private static void assertFinding(Finding finding, String rule, Severity severity, String metric,
			String expected, String actual) {
		assertThat(finding.rule()).isEqualTo(rule);
		assertThat(finding.severity()).isEqualTo(severity);
		assertThat(finding.metric()).isEqualTo(metric);
		assertThat(finding.expected()).isEqualTo(expected);
		assertThat(finding.actual()).isEqualTo(actual);
		assertThat(finding.location()).isNotBlank();
		assertThat(finding.message()).isNotBlank();
	}

	private static String plain(BigDecimal value) {
		return Findings.plain(value);
	}

	@Test
	void correct2021ReportHasNoFindings() {
		assertThat(validate(correct(Template.V2021))).isEmpty();
	}

	@Test
	void correct2019ReportForYear2021OnlyUsesTheOldTemplate() {
		Finding finding = only(validate(correct(Template.V2019)));
		assertFinding(finding, "TEMPLATE-OUTDATED", Severity.WARNING, null, "2021年版模板", "2019年版模板");
	}

	@Test
	void standardAppliesTheRulesInTheOrderOfTheSpec() {
		assertThat(VALIDATOR.rules()).extracting(SubmissionRule::id)
			.containsExactly("UNIT-UNKNOWN", "YEAR-MISMATCH", "TABLE-MISSING", "TABLE-INCOMPLETE", "CELL-MISSING", "CELL-NOT-NUMBER",
					"VALUE-NEGATIVE", "VALUE-FRACTION", "VALUE-OUT-OF-RANGE", "TEMPLATE-OUTDATED", "LABEL-UNEXPECTED", "APP-BALANCE",
					"APP-COLUMN-TOTAL", "APP-RESULT-TOTAL", "REVIEW-TOTAL", "CARRY-OVER", "TEXT-TABLE-MISMATCH",
					"YEAR-IN-PROSE", "OUTLINE-INCOMPLETE", "AMOUNT-UNIT", "RULES-NOT-EXPECTED", "CUMULATIVE-BELOW-NEW", "SECTION-FIVE-EMPTY",
					"FEE-SECTION-SILENT", "TEXT-COPIED", "IN-FORCE-CONTINUITY", "SUBMISSION-LATE",
					"YEAR-OVER-YEAR-OUTLIER", "CELL-COUNT-UNIT", "CELL-ANNOTATED", "CELL-RUN-TOGETHER", "CELL-NOT-APPLICABLE", "ROW-OUTDATED", "FORM-BLANK");
	}

	@Nested
	class UnitUnknown {

		@Test
		void noMatchedUnitIsAnErrorNamingWhatWasTried() {
			RuleContext noUnit = new RuleContext(2021, null, ReportFixture.ON_TIME, History.NONE,
					ValidationSettings.defaults());
			Finding finding = only(validate(correct(Template.V2021), noUnit));
			assertFinding(finding, "UNIT-UNKNOWN", Severity.ERROR, null, "登记册中的单位", "企水镇人民政府");
			assertThat(finding.location()).isEqualTo(ReportFixture.PATH);
			assertThat(finding.message()).contains("企水镇人民政府2021年政府信息公开工作年度报告")
				.contains("企水镇2021年政府信息公开工作年度报告.docx")
				.contains("所在文件夹“企水镇”");
		}

		@Test
		void rulesNeedingTheUnitAreSkipped() {
			// 规章 reported and a previous year that would break CARRY-OVER: neither is checked without a unit
			Map<String, BigDecimal> previous = Map.of("applications.carried_forward.total", new BigDecimal("999"));
			RuleContext noUnit = new RuleContext(2021, null, ReportFixture.ON_TIME,
					(unit, year) -> java.util.Optional.of(new PriorReport(2020, Template.V2021, previous, "")),
					ValidationSettings.defaults());
			List<Finding> findings = validate(correct(Template.V2021).set("proactive.rules.issued", "2"), noUnit);
			assertThat(findings).extracting(Finding::rule).containsExactly("UNIT-UNKNOWN");
		}

	}

	@Nested
	class YearMismatch {

		@Test
		void statedYearDiffersFromTheConsolidatedYear() {
			Finding finding = only(validate(correct(Template.V2021).year(2020)));
			assertFinding(finding, "YEAR-MISMATCH", Severity.ERROR, null, "2021", "2020");
		}

		@Test
		void unstatedYearIsNoMismatch() {
			assertThat(validate(correct(Template.V2021).year(null))).isEmpty();
		}

	}

	@Nested
	class TableMissing {

		@Test
		void oneErrorPerMissingTable() {
			List<Finding> findings = validate(correct(Template.V2021).freezeProse().withoutTable(3).withoutTable(4));
			assertThat(findings).hasSize(2);
			assertFinding(findings.get(0), "TABLE-MISSING", Severity.ERROR, null, "表三", "未找到");
			assertThat(findings.get(0).location()).isEqualTo("三、收到和处理政府信息公开申请情况");
			assertFinding(findings.get(1), "TABLE-MISSING", Severity.ERROR, null, "表四", "未找到");
		}

		@Test
		void rulesReadingTheMissingTableAreSkipped() {
			// table 四 not found but a broken 总计 left in the figures: REVIEW-TOTAL does not run
			ReportFixture fixture = correct(Template.V2021).set("review.litigation_direct.total", "99").tableNotFound(4);
			assertThat(validate(fixture)).extracting(Finding::rule).containsExactly("TABLE-MISSING");
		}

	}

	@Nested
	class CellMissing {

		@Test
		void blankCellIsAWarning() {
			ReportFixture fixture = correct(Template.V2021).blank("proactive.licensing.decisions");
			Finding finding = only(validate(fixture));
			assertFinding(finding, "CELL-MISSING", Severity.WARNING, "proactive.licensing.decisions", "数字", "空白");
			assertThat(finding.location()).isEqualTo(fixture.location("proactive.licensing.decisions"));
			assertThat(finding.message()).isEqualTo("表二“行政许可 / 本年处理决定数量”为空，按0计算。如确为0请填写0。");
		}

		@Test
		void dashedCellIsAWarning() {
			Finding finding = only(validate(correct(Template.V2021).dash("proactive.penalty.decisions", "—")));
			assertFinding(finding, "CELL-MISSING", Severity.WARNING, "proactive.penalty.decisions", "数字", "—");
		}

		@Test
		void absentCellOfAFoundTableIsAWarning() {
			// one cell of a found row (a whole row absent is TABLE-INCOMPLETE)
			Finding finding = only(validate(correct(Template.V2021).remove("proactive.rules.repealed")));
			assertFinding(finding, "CELL-MISSING", Severity.WARNING, "proactive.rules.repealed", "数字", "缺少该格");
			assertThat(finding.location()).isEqualTo("表二“规章 / 本年废止件数”");
		}

		@Test
		void aCellAbsentFromAGroupOfTableFourIsAColumnTheTableLacks() {
			// table 四 is one line of values, each group with its own columns: an absent one was not printed at all
			ReportFixture fixture = correct(Template.V2021).freezeProse()
				.remove("review.litigation_after_reconsideration.pending")
				.remove("review.litigation_after_reconsideration.total");
			List<Finding> findings = validate(fixture);
			// (the total read as 0 also breaks REVIEW-TOTAL, as a missing row breaks the cross-checks it is in)
			assertThat(findings).extracting(Finding::rule).containsExactly("TABLE-INCOMPLETE", "REVIEW-TOTAL");
			assertFinding(findings.get(0), "TABLE-INCOMPLETE", Severity.ERROR, null, "模板中的全部行和列",
					"缺少以下栏：行政诉讼 复议后起诉 / 尚未审结；行政诉讼 复议后起诉 / 总计");
		}

		@Test
		void derivedCellsAreNotChecked() {
			// the 2021 （六）其他处理 totals are not printed by the form: absent is fine
			ReportFixture fixture = correct(Template.V2021);
			for (String column : FormLayout.COLUMNS) {
				fixture.remove("applications.result.other." + column);
			}
			assertThat(validate(fixture)).isEmpty();
		}

	}

	@Nested
	class FormBlank {

		@Test
		void aFormWithNoCellFilledIsOneErrorInsteadOfAWarningPerCell() {
			ReportFixture fixture = correct(Template.V2021);
			for (Metric metric : MetricCatalog.standard().of(Template.V2021)) {
				if (!FormLayout.isDerived(metric, Template.V2021)) {
					fixture.blank(metric.code());
				}
			}
			Finding finding = only(validate(fixture));
			assertFinding(finding, "FORM-BLANK", Severity.ERROR, null, "填写的数字", "全部空白（200 格）");
			assertThat(finding.location()).isEqualTo("表二、表三、表四");
		}

		@Test
		void oneCellFilledOrDashedIsAFormFilledIn() {
			ReportFixture filled = correct(Template.V2021);
			ReportFixture dashed = correct(Template.V2021);
			for (Metric metric : MetricCatalog.standard().of(Template.V2021)) {
				if (!FormLayout.isDerived(metric, Template.V2021) && !metric.code().equals("proactive.licensing.decisions")) {
					filled.blank(metric.code());
					dashed.blank(metric.code());
				}
			}
			filled.set("proactive.licensing.decisions", "0");
			dashed.dash("proactive.licensing.decisions", "—");
			assertThat(validate(filled)).extracting(Finding::rule).doesNotContain("FORM-BLANK").contains("CELL-MISSING");
			assertThat(validate(dashed)).extracting(Finding::rule).doesNotContain("FORM-BLANK").contains("CELL-MISSING");
		}

	}

	@Nested
	class CellNotNumber {

		@Test
		void textInACellIsAnError() {
			Finding finding = only(validate(correct(Template.V2021).text("proactive.licensing.decisions", "十二")));
			assertFinding(finding, "CELL-NOT-NUMBER", Severity.ERROR, "proactive.licensing.decisions", "阿拉伯数字",
					"十二");
		}

	}

	@Nested
	class ValueNegative {

		@Test
		void negativeCountIsAnError() {
			Finding finding = only(validate(correct(Template.V2021).set("proactive.licensing.decisions", "-2")));
			assertFinding(finding, "VALUE-NEGATIVE", Severity.ERROR, "proactive.licensing.decisions", "≥ 0", "-2");
		}

		@Test
		void negativeAmountIsAnError() {
			Finding finding = only(validate(correct(Template.V2021).set("proactive.fees.amount", "-1.5")));
			assertFinding(finding, "VALUE-NEGATIVE", Severity.ERROR, "proactive.fees.amount", "≥ 0", "-1.5");
		}

		@Test
		void derivedCellsAreNotChecked() {
			// a negative 2021 （六）其他处理 total can only come from its sub-rows, which are checked themselves
			ReportFixture fixture = correct(Template.V2021)
				.cell("applications.result.other.enterprise", org.xxgk.rollup.model.Cell.derived(new BigDecimal("-1")));
			assertThat(new ValueNegativeRule().check(fixture.build(), context())).isEmpty();
		}

		@Test
		void itemsChangeOf2019MayBeNegative() {
			assertThat(validate2019(correct(Template.V2019).set("proactive.licensing.items_change", "-3"))).isEmpty();
		}

	}

	@Nested
	class ValueFraction {

		@Test
		void countWithDecimalsIsAnError() {
			Finding finding = only(validate(correct(Template.V2021).set("proactive.licensing.decisions", "2.5")));
			assertFinding(finding, "VALUE-FRACTION", Severity.ERROR, "proactive.licensing.decisions", "整数", "2.5");
		}

		@Test
		void signedCountWithDecimalsIsAnError() {
			Finding finding = only(validate2019(correct(Template.V2019).set("proactive.penalty.items_change", "-1.5")));
			assertFinding(finding, "VALUE-FRACTION", Severity.ERROR, "proactive.penalty.items_change", "整数", "-1.5");
		}

		@Test
		void wholeNumberWrittenWithZeroDecimalsIsFine() {
			assertThat(validate(correct(Template.V2021).set("proactive.licensing.decisions", "3.00"))).isEmpty();
		}

	}

	@Nested
	class TemplateOutdated {

		@Test
		void oldTemplateBefore2021IsFine() {
			RuleContext year2020 = new RuleContext(2020, ReportFixture.QISHUI, beijing(2021, 1, 20, 9, 0),
					History.NONE, ValidationSettings.defaults());
			assertThat(validate(correct(Template.V2019).year(2020), year2020)).isEmpty();
		}

	}

	@Nested
	class LabelUnexpected {

		@Test
		void oneWarningPerUnknownLabel() {
			ReportFixture fixture = correct(Template.V2021).unexpectedLabel(new UnexpectedLabel(3, "七、其他申请", "第88行"));
			Finding finding = only(validate(fixture));
			assertFinding(finding, "LABEL-UNEXPECTED", Severity.WARNING, null, "模板中的行或列名称", "七、其他申请");
			assertThat(finding.location()).isEqualTo("第88行");
		}

	}

	@Nested
	class AppBalance {

		private ReportFixture naturalPerson(String received, String carriedOver, String closed, String forward) {
			ReportFixture fixture = correct(Template.V2021).set("applications.new.natural_person", received)
				.set("applications.result.total.natural_person", closed)
				.set("applications.carried_forward.natural_person", forward);
			return (carriedOver == null) ? fixture.blank("applications.carried_over.natural_person")
					: fixture.set("applications.carried_over.natural_person", carriedOver);
		}

		@Test
		void columnOutOfBalanceIsAnError() {
			Report report = naturalPerson("3", "1", "2", "1").build();
			Finding finding = only(new AppBalanceRule().check(report, context()));
			assertFinding(finding, "APP-BALANCE", Severity.ERROR, "applications.new.natural_person",
					"新收 3 + 结转 1 = 4", "办理结果总计 2 + 结转下年 1 = 3");
			assertThat(finding.message())
				.isEqualTo("表三“自然人”列：本年新收(3)加上年结转(1)应等于办理结果总计(2)加结转下年度继续办理(1)，请核对。");
		}

		@Test
		void oneBrokenCellAlsoBreaksItsRowTotal() {
			ReportFixture fixture = correct(Template.V2021);
			fixture.set("applications.carried_forward.enterprise",
					fixture.value("applications.carried_forward.enterprise").add(BigDecimal.ONE));
			assertThat(validate(fixture)).extracting(Finding::rule).containsExactly("APP-BALANCE", "APP-COLUMN-TOTAL");
		}

		@Test
		void totalColumnIsChecked() {
			ReportFixture fixture = correct(Template.V2019);
			BigDecimal forward = fixture.value("applications.carried_forward.total");
			fixture.set("applications.carried_forward.total", forward.add(BigDecimal.ONE));
			Finding finding = only(new AppBalanceRule().check(fixture.build(), context()));
			assertThat(finding.metric()).isEqualTo("applications.new.total");
			assertThat(finding.actual()).endsWith("结转下年 " + plain(forward.add(BigDecimal.ONE)) + " = "
					+ plain(fixture.value("applications.result.total.total").add(forward).add(BigDecimal.ONE)));
		}

		@Test
		void blankCarriedOverCountsAsZero() {
			Report report = naturalPerson("3", null, "2", "1").build();
			assertThat(new AppBalanceRule().check(report, context())).isEmpty();
		}

	}

	@Nested
	class AppColumnTotal {

		@Test
		void rowTotalDifferentFromItsColumnsIsAnError() {
			ReportFixture fixture = correct(Template.V2021).set("applications.new.natural_person", "3")
				.set("applications.new.enterprise", "1")
				.set("applications.new.research", "0")
				.set("applications.new.public_interest", "0")
				.set("applications.new.legal_services", "0")
				.set("applications.new.other_org", "1")
				.set("applications.new.total", "6");
			Finding finding = only(new AppColumnTotalRule().check(fixture.build(), context()));
			assertFinding(finding, "APP-COLUMN-TOTAL", Severity.ERROR, "applications.new.total",
					"自然人 3 + 商业企业 1 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 1 = 5", "总计 6");
			assertThat(finding.message()).startsWith("表三“一、本年新收政府信息公开申请数量”行：总计(6)");
		}

		@Test
		void derivedOtherRowOf2021IsNotChecked() {
			ReportFixture fixture = correct(Template.V2021)
				.cell("applications.result.other.total", org.xxgk.rollup.model.Cell.derived(new BigDecimal("999")));
			assertThat(new AppColumnTotalRule().check(fixture.build(), context())).isEmpty();
		}

	}

	@Nested
	class AppResultTotal {

		private ReportFixture researchColumn(Template template) {
			ReportFixture fixture = correct(template);
			for (String row : FormLayout.resultRows(template)) {
				fixture.set(row + "research", "0");
			}
			return fixture.set("applications.result.disclosed.research", "2");
		}

		@Test
		void totalOfResultsIn2021CountsTheThreeOtherSubRows() {
			ReportFixture fixture = researchColumn(Template.V2021)
				.set("applications.result.other.no_correction.research", "1")
				.set("applications.result.total.research", "4");
			Finding finding = only(new AppResultTotalRule().check(fixture.build(), context()));
			List<String> terms = new ArrayList<>(Collections.nCopies(21, "0"));
			terms.set(0, "2");
			terms.set(18, "1"); // （六）1. comes after （一）（二）, eight （三）, three （四） and five （五）
			assertFinding(finding, "APP-RESULT-TOTAL", Severity.ERROR, "applications.result.total.research",
					String.join(" + ", terms) + " = 3", "（七）总计 4");
			assertThat(finding.message()).startsWith("表三“科研机构”列：（七）总计(4)应等于");
		}

		@Test
		void derivedOtherRowOf2021IsNotAddedTwice() {
			ReportFixture fixture = researchColumn(Template.V2021)
				.set("applications.result.other.unpaid_fee.research", "1")
				.cell("applications.result.other.research", org.xxgk.rollup.model.Cell.derived(BigDecimal.ONE))
				.set("applications.result.total.research", "3");
			assertThat(new AppResultTotalRule().check(fixture.build(), context())).isEmpty();
		}

		@Test
		void otherRowOf2019IsASingleRow() {
			ReportFixture fixture = researchColumn(Template.V2019).set("applications.result.other.research", "1")
				.set("applications.result.total.research", "2");
			Finding finding = only(new AppResultTotalRule().check(fixture.build(), context()));
			List<String> terms = new ArrayList<>(Collections.nCopies(19, "0"));
			terms.set(0, "2");
			terms.set(18, "1");
			assertFinding(finding, "APP-RESULT-TOTAL", Severity.ERROR, "applications.result.total.research",
					String.join(" + ", terms) + " = 3", "（七）总计 2");
		}

	}

	@Nested
	class ReviewTotal {

		@Test
		void groupTotalDifferentFromItsResultsIsAnError() {
			ReportFixture fixture = correct(Template.V2021).set("review.litigation_direct.upheld", "1")
				.set("review.litigation_direct.corrected", "0")
				.set("review.litigation_direct.other", "0")
				.set("review.litigation_direct.pending", "1")
				.set("review.litigation_direct.total", "3");
			Finding finding = only(validate(fixture));
			assertFinding(finding, "REVIEW-TOTAL", Severity.ERROR, "review.litigation_direct.total",
					"结果维持 1 + 结果纠正 0 + 其他结果 0 + 尚未审结 1 = 2", "总计 3");
			assertThat(finding.message()).startsWith("表四“行政诉讼 未经复议直接起诉”：总计(3)");
		}

	}

	@Nested
	class CarryOver {

		private Map<String, BigDecimal> forwardedAsCarriedOver(ReportFixture fixture) {
			Map<String, BigDecimal> previous = new HashMap<>();
			for (String column : FormLayout.COLUMNS) {
				previous.put("applications.carried_forward." + column,
						fixture.value("applications.carried_over." + column));
			}
			return previous;
		}

		@Test
		void carriedOverDifferentFromLastYearsCarriedForwardIsAWarning() {
			ReportFixture fixture = correct(Template.V2021);
			Map<String, BigDecimal> previous = forwardedAsCarriedOver(fixture);
			BigDecimal thisYear = fixture.value("applications.carried_over.natural_person");
			previous.put("applications.carried_forward.natural_person", thisYear.add(new BigDecimal("2")));
			Finding finding = only(validate(fixture, context(ReportFixture.lastYear(Template.V2021, previous, ""))));
			assertFinding(finding, "CARRY-OVER", Severity.WARNING, "applications.carried_over.natural_person",
					plain(thisYear.add(new BigDecimal("2"))), plain(thisYear));
			assertThat(finding.message()).contains("2020年度报告");
		}

		@Test
		void matchingCarryOverIsFine() {
			ReportFixture fixture = correct(Template.V2021);
			History history = ReportFixture.lastYear(Template.V2019, forwardedAsCarriedOver(fixture), "");
			assertThat(validate(fixture, context(history))).isEmpty();
		}

		@Test
		void columnsUnknownLastYearAreNotCompared() {
			Map<String, BigDecimal> onlyTotal = Map.of("applications.carried_forward.total",
					correct(Template.V2021).value("applications.carried_over.total"));
			History history = ReportFixture.lastYear(Template.V2021, onlyTotal, "");
			assertThat(validate(correct(Template.V2021), context(history))).isEmpty();
		}

	}

	@Nested
	class TextTableMismatch {

		@Test
		void applicationsStatedInProseDifferentFromTableIsAWarning() {
			ReportFixture fixture = correct(Template.V2021);
			BigDecimal table = fixture.value("applications.new.total");
			BigDecimal stated = table.add(BigDecimal.ONE);
			fixture.section("一", "本年度共收到政府信息公开申请" + plain(stated) + "件。");
			Finding finding = only(validate(fixture));
			// 收到…申请 may be 新收 alone or with 上年结转: both are offered
			assertFinding(finding, "TEXT-TABLE-MISMATCH", Severity.WARNING, "applications.new.total", plain(table)
					+ " 或 " + plain(table.add(fixture.value("applications.carried_over.total"))), plain(stated));
			assertThat(finding.location()).isEqualTo("一、总体情况");
		}

		@Test
		void everyRecognisedPhrasingIsCompared() {
			String prose = "收到依申请公开申请 7 件，上年结转政府信息公开申请8件，已办结9件，结转下年度10件。"
					+ "被申请行政复议案件11件。制发规范性文件12件。";
			List<Finding> findings = new TextTableMismatchRule()
				.check(correct(Template.V2021).section("一", prose).build(), context());
			assertThat(findings).extracting(Finding::metric, Finding::actual)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("applications.new.total", "7"),
						org.assertj.core.groups.Tuple.tuple("applications.carried_over.total", "8"),
						org.assertj.core.groups.Tuple.tuple("applications.result.total.total", "9"),
						org.assertj.core.groups.Tuple.tuple("applications.carried_forward.total", "10"),
						org.assertj.core.groups.Tuple.tuple("review.reconsideration.total", "11"),
						org.assertj.core.groups.Tuple.tuple("proactive.normative_docs.issued", "12"));
		}

		@Test
		void normativeDocumentsOf2019AreTheNewlyMadeOnes() {
			ReportFixture fixture = correct(Template.V2019);
			BigDecimal made = fixture.value("proactive.normative_docs.new_made");
			fixture.section("一", "本年度新制作规范性文件" + plain(made.add(BigDecimal.TEN)) + "件。");
			Finding finding = only(validate2019(fixture));
			assertFinding(finding, "TEXT-TABLE-MISMATCH", Severity.WARNING, "proactive.normative_docs.new_made",
					plain(made), plain(made.add(BigDecimal.TEN)));
		}

		@Test
		void figuresTheProseDoesNotStateAreNotCompared() {
			String prose = "2021年，我镇现行有效行政规范性文件99件，累计公开信息300条，政府信息公开工作稳步推进。";
			assertThat(validate(correct(Template.V2021).section("一", prose))).isEmpty();
		}

		@Test
		void matchingFiguresWithSpacesAreFine() {
			ReportFixture fixture = correct(Template.V2021);
			String prose = "本年度共收到 政府信息公开申请 " + plain(fixture.value("applications.new.total")) + " 件。";
			assertThat(validate(fixture.section("一", prose))).isEmpty();
		}

	}

	@Nested
	class AmountUnit {

		@Test
		void amountGivenInYuanIsConvertedAndSaid() {
			Finding finding = only(validate(correct(Template.V2021).set("proactive.fees.amount", "12.305")
				.yuanHeaded("proactive.fees.amount")));
			assertFinding(finding, "AMOUNT-UNIT", Severity.WARNING, "proactive.fees.amount", "万元", "元");
			assertThat(finding.message()).contains("已换算为12.305万元");
		}

		@Test
		void amountWithMoreThanFourDecimalsIsSuspicious() {
			Finding finding = only(validate(correct(Template.V2021).set("proactive.fees.amount", "1.234567")));
			assertFinding(finding, "AMOUNT-UNIT", Severity.WARNING, "proactive.fees.amount", "最多4位小数", "1.234567");
		}

		@Test
		void fourDecimalsAreFine() {
			assertThat(validate(correct(Template.V2021).set("proactive.fees.amount", "1.2345"))).isEmpty();
		}

	}

	@Nested
	class RulesNotExpected {

		@Test
		void townshipReportingRulesIsAWarning() {
			Finding finding = only(validate(correct(Template.V2021).set("proactive.rules.issued", "2")));
			assertFinding(finding, "RULES-NOT-EXPECTED", Severity.WARNING, "proactive.rules.issued", "0", "2");
			assertThat(finding.message()).contains("企水镇没有规章制定权");
		}

		@Test
		void aSubdistrictReportingRulesIsAWarning() {
			Region subdistrict = new Region("440882001", "雷城街道", RegionLevel.UNIT, "440882", List.of());
			assertThat(subdistrict.kind()).isEqualTo(UnitKind.SUBDISTRICT);
			Finding finding = only(
					validate(correct(Template.V2021).set("proactive.rules.in_force", "3"), unitContext(subdistrict)));
			assertFinding(finding, "RULES-NOT-EXPECTED", Severity.WARNING, "proactive.rules.in_force", "0", "3");
			assertThat(finding.message()).contains("雷城街道没有规章制定权");
		}

		@Test
		void departmentsAndGovernmentsThatAreUnitsMayReportRules() {
			ReportFixture rules = correct(Template.V2021).set("proactive.rules.issued", "2");
			Region department = new Region("11320000MB1234567X", "淮安市司法局", RegionLevel.UNIT, "320800", List.of());
			Region government = new Region("320800000", "淮安市人民政府", RegionLevel.UNIT, "320800", List.of());
			Region statedTownship = new Region("320813100", "岔河镇", RegionLevel.UNIT, "320813", List.of(),
					UnitKind.DEPARTMENT);
			assertThat(department.kind()).isEqualTo(UnitKind.DEPARTMENT);
			assertThat(government.kind()).isEqualTo(UnitKind.GOVERNMENT);
			assertThat(validate(rules, unitContext(department))).isEmpty();
			assertThat(validate(rules, unitContext(government))).isEmpty();
			// the registry's kind decides, not the name
			assertThat(validate(rules, unitContext(statedTownship))).isEmpty();
		}

		private RuleContext unitContext(Region unit) {
			return new RuleContext(2021, unit, ReportFixture.ON_TIME, History.NONE, ValidationSettings.defaults());
		}

		@Test
		void aCityMayReportRules() {
			Region city = new Region("440800", "湛江市", RegionLevel.PREFECTURE, "440000", List.of());
			RuleContext context = new RuleContext(2021, city, ReportFixture.ON_TIME, History.NONE,
					ValidationSettings.defaults());
			assertThat(validate(correct(Template.V2021).set("proactive.rules.issued", "2"), context)).isEmpty();
		}

	}

	@Nested
	class CumulativeBelowNew {

		@Test
		void totalPublishedBelowNewlyPublishedIsAWarning() {
			ReportFixture fixture = correct(Template.V2019).set("proactive.normative_docs.new_published", "5")
				.set("proactive.normative_docs.total_published", "4");
			Finding finding = only(validate2019(fixture));
			assertFinding(finding, "CUMULATIVE-BELOW-NEW", Severity.WARNING,
					"proactive.normative_docs.total_published", "≥ 5", "4");
		}

		@Test
		void totalEqualToNewlyPublishedIsFine() {
			ReportFixture fixture = correct(Template.V2019).set("proactive.normative_docs.new_published", "5")
				.set("proactive.normative_docs.total_published", "5");
			assertThat(validate2019(fixture)).isEmpty();
		}

	}

	@Nested
	class SectionFiveEmpty {

		@Test
		void onlyNothingIsAWarning() {
			Finding finding = only(validate(correct(Template.V2021).section("五", " 无。\n")));
			assertFinding(finding, "SECTION-FIVE-EMPTY", Severity.WARNING, null, "存在的主要问题及改进情况", "无。");
			assertThat(finding.location()).isEqualTo("五、存在的主要问题及改进情况");
		}

		@Test
		void missingPartIsAWarning() {
			Finding finding = only(validate(correct(Template.V2021).withoutSection("五")));
			assertFinding(finding, "SECTION-FIVE-EMPTY", Severity.WARNING, null, "存在的主要问题及改进情况", "（空）");
		}

		@Test
		void aPartWithoutItsHeadingIsSaidNotFoundNotEmpty() {
			// 上海's Markdown lost the heading 五、: its text is there, under 四's note, so "没有内容" would be false
			List<Finding> findings = validate(correct(Template.V2021).withoutSection("五").section(Report.OUTLINE, "一二三四六"));
			assertThat(findings).extracting(Finding::rule).containsExactly("OUTLINE-INCOMPLETE", "SECTION-FIVE-EMPTY");
			assertFinding(findings.get(1), "SECTION-FIVE-EMPTY", Severity.WARNING, null, "存在的主要问题及改进情况",
					"（未找到这一部分的标题）");
			assertThat(findings.get(1).message()).contains("未找到").doesNotContain("没有内容");
		}

		@Test
		void aShortRealAnswerIsFine() {
			assertThat(validate(correct(Template.V2021).section("五", "无重大问题。下一步将继续加强业务培训。"))).isEmpty();
		}

	}

	@Nested
	class FeeSectionSilent {

		@Test
		void feesWithoutAWordInPartSixIsAWarning() {
			ReportFixture fixture = correct(Template.V2021).set("proactive.fees.amount", "1.5")
				.section("六", "无其他需要报告的事项。");
			// the fixture's table 三 has applications closed for unpaid fee notices: the stronger wording
			Finding finding = only(validate(fixture));
			assertFinding(finding, "FEE-SECTION-SILENT", Severity.WARNING, "applications.result.other.unpaid_fee.total",
					"说明信息处理费收取情况", "未提及信息处理费");
			assertThat(finding.message()).contains("”为" + plain(fixture.value("applications.result.other.unpaid_fee.total")) + "，说明本年度发出过收费通知");
			assertThat(finding.location()).isEqualTo("六、其他需要报告的事项");
		}

		@Test
		void sayingSomethingAboutFeesIsEnough() {
			ReportFixture fixture = correct(Template.V2021).set("proactive.fees.amount", "1.5")
				.section("六", "本年度依法收费1.5万元。");
			assertThat(validate(fixture)).isEmpty();
		}

	}

	@Nested
	class TextCopied {

		@Test
		void proseCopiedFromLastYearIsAWarning() {
			ReportFixture fixture = correct(Template.V2021);
			String lastYear = TextCopiedRule.prose(fixture.build()).replace("2021", "2020");
			Finding finding = only(validate(fixture, context(ReportFixture.lastYear(Template.V2021, Map.of(), lastYear))));
			assertFinding(finding, "TEXT-COPIED", Severity.WARNING, null, "≤ 90.0%", "100.0%");
		}

		@Test
		void rewrittenProseIsFine() {
			String lastYear = "2020年，我镇以群众需求为导向，重点做好疫情防控、复工复产等信息的发布，及时回应社会关切。"
					+ "存在问题：网站栏目更新不够及时。下一步将完善栏目设置。";
			assertThat(validate(correct(Template.V2021),
					context(ReportFixture.lastYear(Template.V2021, Map.of(), lastYear))))
				.isEmpty();
		}

		@Test
		void thresholdIsConfigurable() {
			ReportFixture fixture = correct(Template.V2021);
			String lastYear = TextCopiedRule.prose(fixture.build()).replace("2021", "2020");
			RuleContext strict = new RuleContext(2021, ReportFixture.QISHUI, ReportFixture.ON_TIME,
					ReportFixture.lastYear(Template.V2021, Map.of(), lastYear), new ValidationSettings(null, 5, 10, 1.0));
			assertThat(validate(fixture, strict)).isEmpty();
		}

	}

	@Nested
	class InForceContinuity {

		private ReportFixture documents(String issued, String repealed, String inForce) {
			ReportFixture fixture = correct(Template.V2021).set("proactive.normative_docs.issued", issued)
				.set("proactive.normative_docs.repealed", repealed)
				.set("proactive.normative_docs.in_force", inForce);
			return fixture;
		}

		private static History inForceLastYear(Template template, String inForce) {
			return ReportFixture.lastYear(template, Map.of("proactive.normative_docs.in_force", new BigDecimal(inForce)),
					"");
		}

		@Test
		void inForceNotFollowingFromLastYearIsAWarning() {
			Finding finding = only(validate(documents("2", "1", "7"), context(inForceLastYear(Template.V2021, "5"))));
			assertFinding(finding, "IN-FORCE-CONTINUITY", Severity.WARNING, "proactive.normative_docs.in_force",
					"上年现行有效 5 + 本年制发 2 − 本年废止 1 = 6", "现行有效 7");
		}

		@Test
		void inForceFollowingFromLastYearIsFine() {
			assertThat(validate(documents("2", "1", "6"), context(inForceLastYear(Template.V2021, "5")))).isEmpty();
		}

		@Test
		void lastYearIn2019TemplateIsNotCompared() {
			assertThat(validate(documents("2", "1", "7"), context(inForceLastYear(Template.V2019, "5")))).isEmpty();
		}

	}

	@Nested
	class SubmissionLate {

		@Test
		void arrivingOnFirstFebruaryBeijingTimeIsLate() {
			Finding finding = only(validate(correct(Template.V2021),
					ReportFixture.arrivingAt(beijing(2022, 2, 1, 0, 0))));
			assertFinding(finding, "SUBMISSION-LATE", Severity.WARNING, null, "不晚于 2022年1月31日", "2022年2月1日 00:00");
			assertThat(finding.location()).isEqualTo(ReportFixture.PATH);
		}

		@Test
		void arrivingAt2359OnTheDeadlineIsOnTime() {
			// 15:59 UTC: already 1 February in London, still 31 January in Beijing
			assertThat(validate(correct(Template.V2021), ReportFixture.arrivingAt(beijing(2022, 1, 31, 23, 59))))
				.isEmpty();
		}

		@Test
		void configuredDeadlineIsUsed() {
			RuleContext context = new RuleContext(2021, ReportFixture.QISHUI, beijing(2022, 1, 15, 10, 0),
					History.NONE, new ValidationSettings(LocalDate.of(2022, 1, 10), 5, 10, 0.9));
			Finding finding = only(validate(correct(Template.V2021), context));
			assertFinding(finding, "SUBMISSION-LATE", Severity.WARNING, null, "不晚于 2022年1月10日", "2022年1月15日 10:00");
		}

	}

	@Nested
	class YearOverYearOutlier {

		private static List<Finding> outlier(String thisYear, String lastYear) {
			Report report = correct(Template.V2021).set("applications.new.total", thisYear).build();
			History history = ReportFixture.lastYear(Template.V2021,
					Map.of("applications.new.total", new BigDecimal(lastYear)), "");
			return new YearOverYearOutlierRule().check(report, context(history));
		}

		@Test
		void moreThanFiveTimesLastYearIsAWarning() {
			Finding finding = only(outlier("21", "4"));
			assertFinding(finding, "YEAR-OVER-YEAR-OUTLIER", Severity.WARNING, "applications.new.total", "0.8 ～ 20",
					"21");
		}

		@Test
		void exactlyFiveTimesIsFine() {
			assertThat(outlier("20", "4")).isEmpty();
		}

		@Test
		void lessThanAFifthIsAWarning() {
			assertFinding(only(outlier("2", "11")), "YEAR-OVER-YEAR-OUTLIER", Severity.WARNING,
					"applications.new.total", "2.2 ～ 55", "2");
		}

		@Test
		void fromZeroToTheMinimumIsAWarning() {
			assertFinding(only(outlier("10", "0")), "YEAR-OVER-YEAR-OUTLIER", Severity.WARNING,
					"applications.new.total", "0 ～ 0", "10");
		}

		@Test
		void smallNumbersAreNotOutliers() {
			assertThat(outlier("9", "0")).isEmpty();
			assertThat(outlier("9", "1")).isEmpty();
		}

		@Test
		void throughTheValidatorWithTheFixturesFigures() {
			ReportFixture fixture = correct(Template.V2021);
			BigDecimal received = fixture.value("applications.new.total");
			BigDecimal fiveTimes = received.multiply(new BigDecimal("5"));
			History exactlyFiveTimes = ReportFixture.lastYear(Template.V2021,
					Map.of("applications.new.total", fiveTimes), "");
			assertThat(validate(fixture, context(exactlyFiveTimes))).isEmpty();
			History moreThanFiveTimes = ReportFixture.lastYear(Template.V2021,
					Map.of("applications.new.total", fiveTimes.add(BigDecimal.ONE)), "");
			Finding finding = only(validate(fixture, context(moreThanFiveTimes)));
			assertThat(finding.rule()).isEqualTo("YEAR-OVER-YEAR-OUTLIER");
			assertThat(finding.actual()).isEqualTo(plain(received));
		}

	}

}
