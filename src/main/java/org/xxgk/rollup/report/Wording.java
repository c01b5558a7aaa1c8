package org.xxgk.rollup.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xxgk.rollup.ingest.SubmissionProcessor;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.SubmissionStatus;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.report.ReviewData.ReviewFinding;
import org.xxgk.rollup.report.ReviewData.Unit;

/** The Chinese words and number formats every output uses, so the overview, letters and spreadsheet agree. */
public final class Wording {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	private static final String[] TABLE_NAMES = { "", "", "表二", "表三", "表四" };

	private Wording() {
	}

	/**
	 * How the office names the whole of its region: 全市 for a city (雷州市, a county-level city), 全区 for a district,
	 * 全旗 for a banner, 全省 for a province, 全州 for a prefecture, else 全县.
	 */
	public static String whole(String regionName) {
		String name = regionName.strip();
		for (String suffix : List.of("市", "区", "旗", "省", "州", "县")) {
			if (name.endsWith(suffix)) {
				return "全" + suffix;
			}
		}
		return "全县";
	}

	/** A date as Chinese letters write it: {@code 2026年12月1日}. */
	public static String date(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/** A time in Beijing time as the outputs show it: {@code 2022年1月20日 09:30}. */
	public static String dateTime(OffsetDateTime time) {
		ZonedDateTime beijing = time.atZoneSameInstant(BEIJING);
		return date(beijing.toLocalDate()) + " " + CLOCK.format(beijing);
	}

	/** When each of the unit's files arrived, in the order of {@link Unit#fileNames()} (empty when none). */
	public static String arrivals(Unit unit) {
		return String.join("、", unit.files()
			.stream()
			.map((file) -> (file.arrivedAt() == null) ? "时间不详" : dateTime(file.arrivedAt()))
			.toList());
	}

	public static String severity(String severity) {
		return severity.equals("error") ? "错误" : "警告";
	}

	/** A figure as written in the tables: {@code 12}, {@code 0.5}. */
	public static String number(BigDecimal value) {
		return CsvExporter.plainDecimal(value);
	}

	/** {@code 45.5%}. */
	public static String percent(BigDecimal fraction) {
		return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	public static String percentOrDash(Optional<BigDecimal> fraction) {
		return fraction.map(Wording::percent).orElse("—");
	}

	/** Where a finding is, in the form's words: 表三 · 三、本年度办理结果（一）予以公开 · 自然人 (and the file's own location). */
	public static String place(ReviewFinding finding) {
		StringBuilder place = new StringBuilder();
		Optional<Metric> metric = finding.metric().isBlank() ? Optional.empty()
				: MetricCatalog.standard().find(finding.metric());
		metric.ifPresent((found) -> {
			Template template = finding.template().isBlank() ? null : Template.ofCode(finding.template());
			if (template == null || !found.isIn(template)) {
				template = found.isIn(Template.V2021) ? Template.V2021 : Template.V2019;
			}
			place.append(TABLE_NAMES[found.table()])
				.append(" · ")
				.append(found.rowLabel(template))
				.append(" · ")
				.append(found.columnLabel(template));
		});
		if (!finding.location().isBlank()) {
			place.append(place.isEmpty() ? finding.location() : "（" + finding.location() + "）");
		}
		return place.isEmpty() ? "整份报告" : place.toString();
	}

	/** A rule in the clerk's words (the id of {@code rules.md} stays beside it where the detail is shown). */
	public static String ruleName(String rule) {
		return switch (rule) {
			case "FILE-UNREADABLE" -> "文件无法读取";
			case "FILE-NAME-INVALID" -> "文件名不规范";
			case "FILE-TOO-LARGE" -> "文件过大";
			case "UNIT-UNKNOWN" -> "无法确定报送单位";
			case "YEAR-MISMATCH" -> "报告年度不符";
			case "DUPLICATE-SUBMISSION" -> "重复报送";
			case "TABLE-MISSING" -> "缺少表格";
			case "TABLE-INCOMPLETE" -> "表格不完整";
			case "CELL-MISSING" -> "单元格未填写";
			case "CELL-NOT-NUMBER" -> "单元格不是数字";
			case "CELL-COUNT-UNIT" -> "数字带计量单位";
			case "CELL-ANNOTATED" -> "数字带附注";
			case "CELL-NOT-APPLICABLE" -> "填写“不适用”";
			case "VALUE-NEGATIVE" -> "数值为负";
			case "VALUE-FRACTION" -> "件数不是整数";
			case "VALUE-OUT-OF-RANGE" -> "数值超出合理范围";
			case "TEMPLATE-OUTDATED" -> "使用旧版表格";
			case "ROW-OUTDATED" -> "使用旧版表格的行";
			case "LABEL-UNEXPECTED" -> "表格标签无法识别";
			case "UNIT-NAME-CONFLICT" -> "单位名称不一致";
			case "APP-BALANCE" -> "申请数量不平衡（新收＋结转≠办结＋结转下年）";
			case "APP-COLUMN-TOTAL" -> "申请人合计不符";
			case "APP-RESULT-TOTAL" -> "办理结果合计不符";
			case "REVIEW-TOTAL" -> "行政复议、诉讼合计不符";
			case "CARRY-OVER" -> "上年结转与上年报告不符";
			case "TEXT-TABLE-MISMATCH" -> "正文数字与表格不一致";
			case "YEAR-IN-PROSE" -> "正文年份有误";
			case "OUTLINE-INCOMPLETE" -> "报告结构不完整";
			case "AMOUNT-UNIT" -> "金额单位有误";
			case "RULES-NOT-EXPECTED" -> "乡镇不应填报规章";
			case "CUMULATIVE-BELOW-NEW" -> "对外公开总数小于本年新公开数";
			case "SECTION-FIVE-EMPTY" -> "“存在的主要问题及改进情况”为空";
			case "FEE-SECTION-SILENT" -> "未说明信息处理费收取情况";
			case "TEXT-COPIED" -> "正文与其他报告高度相似";
			case "VERSION-CHANGED" -> "截止日期后更换报告";
			case "IN-FORCE-CONTINUITY" -> "现行有效件数不连续";
			case "SUBMISSION-MISSING" -> "未报送";
			case "SUBMISSION-LATE" -> "逾期报送";
			case "YEAR-OVER-YEAR-OUTLIER" -> "申请数量与上年相差悬殊";
			default -> rule;
		};
	}

	/** What the unit should do about a finding. */
	public static String advice(ReviewFinding finding) {
		return switch (finding.rule()) {
			case "SUBMISSION-MISSING" -> "请尽快报送本单位年度报告。";
			case "SUBMISSION-LATE" -> "请今后在规定期限内报送。";
			case "VERSION-CHANGED" -> "截止日期后更换了报告，请说明改动原因；今后请在截止日期前报送定稿。";
			case "CELL-MISSING" -> "请在该栏填写实际数值；没有发生的请填 0，不要留空。";
			case "CELL-NOT-NUMBER" -> "请用阿拉伯数字填写该栏（如 12），不要写汉字或说明文字。";
			case "DUPLICATE-SUBMISSION" -> "本单位报送了两份不同的报告，请确认以哪一份为准，并撤回另一份。";
			case "TEXT-COPIED" -> "报告正文与其他单位高度相似，请按本单位实际情况撰写。";
			case "TEMPLATE-OUTDATED" -> "请改用国办公开办函〔2021〕30号规定的新版表格。";
			case "FILE-UNREADABLE" -> "请改为报送可以复制文字的电子文件（Word .docx、由Word或WPS直接导出的PDF、Excel .xlsx或网页），"
					+ "不要报送扫描件或照片。";
			case "FILE-TOO-LARGE" -> "请删除文档中的大图片或附件，另存后重新报送。";
			default -> finding.isError() ? "请核实该栏数据，按表中的勾稽关系更正后重新报送。" : "请核实该栏数据；如确有误，请更正后重新报送。";
		};
	}

	/** UTF-8 bytes a letter's name may take before its extension: file systems allow 255 bytes a name. */
	static final int MAX_NAME_BYTES = 200;

	/**
	 * A file name for a unit's letter: the name with path and reserved characters replaced; a name too long (an
	 * unmatched file's long name) keeps its start and ends with a hash of the whole, so it stays the same each night.
	 */
	public static String fileName(String name) {
		String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		safe = (safe.isEmpty() || safe.startsWith(".")) ? "_" + safe : safe;
		if (safe.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
			return safe;
		}
		StringBuilder start = new StringBuilder();
		for (int i = 0, bytes = 0; i < safe.length(); i += Character.charCount(safe.codePointAt(i))) {
			String character = new String(Character.toChars(safe.codePointAt(i)));
			bytes += character.getBytes(StandardCharsets.UTF_8).length;
			if (bytes > MAX_NAME_BYTES - 20) {
				break;
			}
			start.append(character);
		}
		return start + "…" + SubmissionProcessor.sha256(name.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
	}

}
