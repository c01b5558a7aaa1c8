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

	private Wording() {
	}

	/**
	 * How the office names the whole of its region: 全市 for a city (雷州市, a county-level city), 全区 for a district,
	 * 全旗 for a banner, 全盟 for a league, 全省 for a province, 全州 for a prefecture, 全县, 全国 for a country root
	 * (全国 itself, or a name ending in 国); a name without any of these (淮安市本级) is 本地区, never a county it is not.
	 */
	public static String whole(String regionName) {
		String name = regionName.strip();
		if (name.equals("全国")) {
			return name;
		}
		for (String suffix : List.of("市", "区", "旗", "盟", "省", "州", "县", "国")) {
			if (name.endsWith(suffix)) {
				return "全" + suffix;
			}
		}
		return "本地区";
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
		metric.ifPresent((found) -> place
			.append(found.place(finding.template().isBlank() ? null : Template.ofCode(finding.template()))));
		if (!finding.location().isBlank()) {
			place.append(place.isEmpty() ? finding.location() : "（" + finding.location() + "）");
		}
		return place.isEmpty() ? "整份报告" : place.toString();
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
