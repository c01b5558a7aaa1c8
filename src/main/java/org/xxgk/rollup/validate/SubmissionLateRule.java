package org.xxgk.rollup.validate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/**
 * SUBMISSION-LATE (warning): the submission arrived after the end of the deadline day
 * ({@link ValidationSettings#deadlineFor(int)}) in Beijing time (Asia/Shanghai). Nothing when the arrival time is
 * unknown.
 */
public final class SubmissionLateRule extends BaseRule {

	public static final String ID = Rule.SUBMISSION_LATE.id();

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	public SubmissionLateRule() {
		super(Rule.SUBMISSION_LATE, false, Set.of());
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		Instant arrived = context.arrivedAt();
		LocalDate deadline = context.settings().deadlineFor(context.year());
		Instant end = context.settings().lateFrom(context.year());
		if (arrived == null || arrived.isBefore(end)) {
			return List.of();
		}
		String when = SHOWN.format(arrived.atZone(BEIJING));
		return List.of(Findings.of(rule(), null, report.source().path(), "不晚于 " + DAY.format(deadline), when,
				"报告于" + when + "（北京时间）收到，晚于报送截止日期" + DAY.format(deadline) + "。请今后按时报送。"));
	}

}
