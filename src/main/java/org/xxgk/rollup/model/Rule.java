package org.xxgk.rollup.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every rule of spec/rules.md, and ROW-OUTDATED, FORM-BLANK and CELL-RUN-TOGETHER, which this project adds: its
 * stable id, its severity, its name in the clerk's words and what the unit should do about a finding of it. The one description of a rule: the checks raise
 * findings under its id and with its severity, and every output names it and gives its advice from here (the id stays
 * beside the name where details are shown).
 */
public enum Rule {

	FILE_UNREADABLE("FILE-UNREADABLE", Severity.ERROR, "文件无法读取",
			"请改为报送可以复制文字的电子文件（Word .docx、由Word或WPS直接导出的PDF、Excel .xlsx或网页），" + "不要报送扫描件或照片。"),
	FILE_NAME_INVALID("FILE-NAME-INVALID", Severity.WARNING, "文件名不规范", null),
	FILE_TOO_LARGE("FILE-TOO-LARGE", Severity.ERROR, "文件过大", "请删除文档中的大图片或附件，另存后重新报送。"),
	UNIT_UNKNOWN("UNIT-UNKNOWN", Severity.ERROR, "无法确定报送单位", "请在报告标题中写明单位全称（或以单位名称命名文件）后重新报送。"),
	YEAR_MISMATCH("YEAR-MISMATCH", Severity.ERROR, "报告年度不符", "请报送本次汇总年度的年度报告，并核对报告标题和正文中的年度。"),
	DUPLICATE_SUBMISSION("DUPLICATE-SUBMISSION", Severity.ERROR, "重复报送", "本单位报送了两份不同的报告，请确认以哪一份为准，并撤回另一份。"),
	TABLE_MISSING("TABLE-MISSING", Severity.ERROR, "缺少表格", "请按规定格式补上缺少的表格后重新报送。"),
	TABLE_INCOMPLETE("TABLE-INCOMPLETE", Severity.ERROR, "表格不完整", "请按规定格式补齐表格中缺少的行或列后重新报送。"),
	CELL_MISSING("CELL-MISSING", Severity.WARNING, "单元格未填写", "请在该栏填写实际数值；没有发生的请填 0，不要留空。"),
	CELL_NOT_NUMBER("CELL-NOT-NUMBER", Severity.ERROR, "单元格不是数字", "请用阿拉伯数字填写该栏（如 12），不要写汉字或说明文字。"),
	CELL_COUNT_UNIT("CELL-COUNT-UNIT", Severity.WARNING, "数字带计量单位", null),
	CELL_ANNOTATED("CELL-ANNOTATED", Severity.WARNING, "数字带附注", null),
	CELL_RUN_TOGETHER("CELL-RUN-TOGETHER", Severity.WARNING, "两栏数字连在一起",
			"请对照原件核对这两栏的数字；如读错，请报送原文件（Word或PDF）或更正稿。"),
	CELL_NOT_APPLICABLE("CELL-NOT-APPLICABLE", Severity.WARNING, "填写“不适用”", null),
	VALUE_NEGATIVE("VALUE-NEGATIVE", Severity.ERROR, "数值为负", Rule.CORRECT_CELL),
	VALUE_FRACTION("VALUE-FRACTION", Severity.ERROR, "件数不是整数", Rule.CORRECT_CELL),
	VALUE_OUT_OF_RANGE("VALUE-OUT-OF-RANGE", Severity.ERROR, "数值超出合理范围", Rule.CORRECT_CELL),
	TEMPLATE_OUTDATED("TEMPLATE-OUTDATED", Severity.WARNING, "使用旧版表格", "请改用国办公开办函〔2021〕30号规定的新版表格。"),
	ROW_OUTDATED("ROW-OUTDATED", Severity.WARNING, "使用旧版表格的行", null),
	FORM_BLANK("FORM-BLANK", Severity.ERROR, "表格未填写", "请在表二、表三、表四中填写本单位的实际数字（没有发生的填 0）后重新报送。"),
	LABEL_UNEXPECTED("LABEL-UNEXPECTED", Severity.WARNING, "表格标签无法识别", null),
	UNIT_NAME_CONFLICT("UNIT-NAME-CONFLICT", Severity.WARNING, "单位名称不一致", null),
	APP_BALANCE("APP-BALANCE", Severity.ERROR, "申请数量不平衡（新收＋结转≠办结＋结转下年）", null),
	APP_COLUMN_TOTAL("APP-COLUMN-TOTAL", Severity.ERROR, "申请人合计不符", null),
	APP_RESULT_TOTAL("APP-RESULT-TOTAL", Severity.ERROR, "办理结果合计不符", null),
	REVIEW_TOTAL("REVIEW-TOTAL", Severity.ERROR, "行政复议、诉讼合计不符", null),
	CARRY_OVER("CARRY-OVER", Severity.WARNING, "上年结转与上年报告不符", null),
	TEXT_TABLE_MISMATCH("TEXT-TABLE-MISMATCH", Severity.WARNING, "正文数字与表格不一致", null),
	YEAR_IN_PROSE("YEAR-IN-PROSE", Severity.WARNING, "正文年份有误", null),
	OUTLINE_INCOMPLETE("OUTLINE-INCOMPLETE", Severity.WARNING, "报告结构不完整", null),
	AMOUNT_UNIT("AMOUNT-UNIT", Severity.WARNING, "金额单位有误", null),
	RULES_NOT_EXPECTED("RULES-NOT-EXPECTED", Severity.WARNING, "乡镇不应填报规章", null),
	CUMULATIVE_BELOW_NEW("CUMULATIVE-BELOW-NEW", Severity.WARNING, "对外公开总数小于本年新公开数", null),
	SECTION_FIVE_EMPTY("SECTION-FIVE-EMPTY", Severity.WARNING, "“存在的主要问题及改进情况”为空", null),
	FEE_SECTION_SILENT("FEE-SECTION-SILENT", Severity.WARNING, "未说明信息处理费收取情况", null),
	TEXT_COPIED("TEXT-COPIED", Severity.WARNING, "正文与其他报告高度相似", "报告正文与其他单位高度相似，请按本单位实际情况撰写。"),
	VERSION_CHANGED("VERSION-CHANGED", Severity.WARNING, "截止日期后更换报告", "截止日期后更换了报告，请说明改动原因；今后请在截止日期前报送定稿。"),
	IN_FORCE_CONTINUITY("IN-FORCE-CONTINUITY", Severity.WARNING, "现行有效件数不连续", null),
	SUBMISSION_MISSING("SUBMISSION-MISSING", Severity.WARNING, "未报送", "请尽快报送本单位年度报告。"),
	SUBMISSION_LATE("SUBMISSION-LATE", Severity.WARNING, "逾期报送", "请今后在规定期限内报送。"),
	YEAR_OVER_YEAR_OUTLIER("YEAR-OVER-YEAR-OUTLIER", Severity.WARNING, "申请数量与上年相差悬殊", null);

	/**
	 * What to do about a finding of a rule with no advice of its own: an error (a cross-check of the form's figures)
	 * must be corrected to be counted; a warning leaves the report counted, so a correction is the unit's to offer.
	 */
	private static final String CHECK_AND_CORRECT = "请核实该栏数据，按表中的勾稽关系更正后重新报送。";

	private static final String CHECK = "请核实；如确有误，可报送更正稿。";

	/** A figure that no form allows (negative, a fraction of a case, beyond reason): there is no cross-check to it. */
	private static final String CORRECT_CELL = "请核实该栏数据，更正后重新报送。";

	private static final Map<String, Rule> BY_ID = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));

	private final String id;

	private final Severity severity;

	private final String chineseName;

	/** Null for the general advice by severity. */
	private final String advice;

	Rule(String id, Severity severity, String chineseName, String advice) {
		this.id = id;
		this.severity = severity;
		this.chineseName = chineseName;
		this.advice = advice;
	}

	/** The stable id of spec/rules.md, e.g. {@code APP-BALANCE}, as findings carry it. */
	public String id() {
		return this.id;
	}

	/** The severity spec/rules.md gives the rule: every finding of it has this one. */
	public Severity severity() {
		return this.severity;
	}

	/** The rule in the clerk's words, e.g. 单元格未填写. */
	public String chineseName() {
		return this.chineseName;
	}

	/** What the unit should do about a finding of this rule of that severity. */
	public String advice(Severity severity) {
		if (this.advice != null) {
			return this.advice;
		}
		return (severity == Severity.ERROR) ? CHECK_AND_CORRECT : CHECK;
	}

	public static Optional<Rule> of(String id) {
		return Optional.ofNullable(BY_ID.get(id));
	}

	/** The clerk's name of a rule id, or the id itself for one this version does not know (an older run's). */
	public static String chineseNameOf(String id) {
		return of(id).map(Rule::chineseName).orElse(id);
	}

	/** The advice on a finding of a rule id; for one this version does not know, the general advice by severity. */
	public static String adviceOn(String id, Severity severity) {
		return of(id).map((rule) -> rule.advice(severity))
			.orElse((severity == Severity.ERROR) ? CHECK_AND_CORRECT : CHECK);
	}

}
