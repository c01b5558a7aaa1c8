package org.xxgk.rollup.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.xxgk.rollup.validate.SubmissionValidator;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of the spec has one description, which the checks and the outputs share. */
class RuleTests {

	private static final Pattern SPEC_ROW = Pattern.compile("^\\| ([A-Z]+(?:-[A-Z]+)+) \\| (error|warning) \\|");

	@Test
	void everyRuleOfTheSpecIsDescribedAndOnlyRowOutdatedFormBlankAndCellRunTogetherAreAdded() throws IOException {
		Set<String> spec = Files.readAllLines(Path.of("../shared/spec/rules.md"))
			.stream()
			.map(SPEC_ROW::matcher)
			.filter(Matcher::find)
			.map((row) -> row.group(1))
			.collect(Collectors.toSet());
		Set<String> described = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toSet());
		assertThat(spec).hasSize(38);
		assertThat(described).containsAll(spec);
		assertThat(described).hasSize(spec.size() + 3).contains("ROW-OUTDATED", "FORM-BLANK", "CELL-RUN-TOGETHER");
	}

	@Test
	void eachRulesSeverityIsTheSpecsAndRowOutdatedIsAWarning() throws IOException {
		Map<String, Severity> spec = Files.readAllLines(Path.of("../shared/spec/rules.md"))
			.stream()
			.map(SPEC_ROW::matcher)
			.filter(Matcher::find)
			.collect(Collectors.toMap((row) -> row.group(1), (row) -> Severity.ofCode(row.group(2))));
		assertThat(spec.get("APP-BALANCE")).isEqualTo(Severity.ERROR);
		assertThat(spec.get("CELL-MISSING")).isEqualTo(Severity.WARNING);
		spec.forEach((id, severity) -> assertThat(Rule.of(id).orElseThrow().severity()).as(id).isEqualTo(severity));
		assertThat(Rule.ROW_OUTDATED.severity()).isEqualTo(Severity.WARNING);
		assertThat(Rule.CELL_RUN_TOGETHER.severity()).isEqualTo(Severity.WARNING);
		assertThat(Rule.FORM_BLANK.severity()).isEqualTo(Severity.ERROR);
	}

	@Test
	void everyRuleTheValidatorRunsIsDescribed() {
		assertThat(SubmissionValidator.standard().rules())
			.allSatisfy((rule) -> assertThat(Rule.of(rule.id())).as(rule.id()).isPresent());
	}

	@Test
	void aRuleWithAdviceOfItsOwnGivesItWhateverTheSeverity() {
		assertThat(Rule.CELL_MISSING.advice(Severity.WARNING)).isEqualTo("请在该栏填写实际数值；没有发生的请填 0，不要留空。");
		assertThat(Rule.adviceOn("CELL-MISSING", Severity.ERROR)).isEqualTo(Rule.CELL_MISSING.advice(Severity.WARNING));
		assertThat(Rule.FILE_UNREADABLE.advice(Severity.ERROR)).startsWith("请改为报送可以复制文字的电子文件").endsWith("不要报送扫描件或照片。");
	}

	@Test
	void aRuleWithoutAdviceOfItsOwnAsksForACorrectionOfAnErrorAndACheckOfAWarning() {
		assertThat(Rule.APP_BALANCE.advice(Severity.ERROR)).isEqualTo("请核实该栏数据，按表中的勾稽关系更正后重新报送。");
		assertThat(Rule.YEAR_OVER_YEAR_OUTLIER.advice(Severity.WARNING)).isEqualTo("请核实；如确有误，可报送更正稿。");
	}

	/**
	 * An error that is not about a cell is not answered with the cross-check's advice: a report of another year, of no
	 * unit the registry knows, or without a table of the form has no 栏 and no 勾稽关系 to correct.
	 */
	@Test
	void anErrorOfTheWholeReportSaysWhatToSendInstead() {
		assertThat(Rule.YEAR_MISMATCH.advice(Severity.ERROR)).isEqualTo("请报送本次汇总年度的年度报告，并核对报告标题和正文中的年度。");
		assertThat(Rule.UNIT_UNKNOWN.advice(Severity.ERROR)).isEqualTo("请在报告标题中写明单位全称（或以单位名称命名文件）后重新报送。");
		assertThat(Rule.TABLE_MISSING.advice(Severity.ERROR)).isEqualTo("请按规定格式补上缺少的表格后重新报送。");
		assertThat(Rule.TABLE_INCOMPLETE.advice(Severity.ERROR)).isEqualTo("请按规定格式补齐表格中缺少的行或列后重新报送。");
		assertThat(Rule.VALUE_NEGATIVE.advice(Severity.ERROR)).isEqualTo("请核实该栏数据，更正后重新报送。");
	}

	@Test
	void anIdThisVersionDoesNotKnowIsNamedByItselfWithTheGeneralAdvice() {
		assertThat(Rule.of("OLD-RULE")).isEmpty();
		assertThat(Rule.chineseNameOf("OLD-RULE")).isEqualTo("OLD-RULE");
		assertThat(Rule.chineseNameOf("APP-COLUMN-TOTAL")).isEqualTo("申请人合计不符");
		assertThat(Rule.adviceOn("OLD-RULE", Severity.WARNING)).isEqualTo("请核实；如确有误，可报送更正稿。");
	}

}
