package org.xxgk.rollup.validate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Rule;

/**
 * VERSION-CHANGED (warning): a unit's current submission is a different file (SHA-256) from the version it had sent by
 * the deadline, and the new one arrived after it. The finding shows both versions and the figures that changed.
 *
 * @param path the current file
 * @param earlier the latest version that had arrived by the deadline
 * @param current the version now submitted
 */
public record VersionChange(String path, Version earlier, Version current) {

	public static final String ID = Rule.VERSION_CHANGED.id();

	/** Changed figures named one by one in the message; the rest are counted. */
	static final int SHOWN_CHANGES = 5;

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	/** One version of a submission: its content hash, arrival and figures (metric code to value, null when blank). */
	public record Version(String sha256, Instant arrivedAt, Map<String, BigDecimal> figures) {

		/** The version as a clerk recognises it, by its arrival: {@code 2022年1月10日 09:00 收到的版本}. */
		String shown() {
			return arrival() + " 收到的版本";
		}

		String arrival() {
			return (this.arrivedAt != null) ? SHOWN.format(this.arrivedAt.atZone(BEIJING)) : "时间不详";
		}

	}

	/** The metrics whose value differs between the two versions, in the form's order. */
	public List<Metric> changedMetrics() {
		List<Metric> changed = new ArrayList<>();
		for (Metric metric : MetricCatalog.standard().all()) {
			BigDecimal before = this.earlier.figures().get(metric.code());
			BigDecimal after = this.current.figures().get(metric.code());
			boolean same = (before == null || after == null) ? Objects.equals(before, after)
					: before.compareTo(after) == 0;
			if (!same) {
				changed.add(metric);
			}
		}
		return changed;
	}

	public Finding finding() {
		List<Metric> changed = changedMetrics();
		List<String> lines = changed.stream()
			.limit(SHOWN_CHANGES)
			.map((metric) -> metric.displayLabel() + "：" + shown(this.earlier.figures().get(metric.code())) + " → "
					+ shown(this.current.figures().get(metric.code())))
			.toList();
		String what = changed.isEmpty() ? "表格数据未变（文字或格式有改动）"
				: "改动了" + changed.size() + "项数据：" + String.join("；", lines)
						+ ((changed.size() > SHOWN_CHANGES) ? "等" + changed.size() + "项" : "");
		return Findings.of(Rule.VERSION_CHANGED, null, this.path, this.earlier.shown(), this.current.shown(),
				"截止日期后（" + this.current.arrival() + "）报送的更正稿替换了截止前（" + this.earlier.arrival()
						+ "）按时报送的版本，" + what + "。请核实改动原因。");
	}

	private static String shown(BigDecimal value) {
		return (value != null) ? Findings.plain(value) : "空";
	}

}
