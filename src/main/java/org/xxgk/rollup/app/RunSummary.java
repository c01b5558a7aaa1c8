package org.xxgk.rollup.app;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.ReviewGroup;
import org.xxgk.rollup.model.SubmissionStatus;
import org.xxgk.rollup.run.RunParameters;

/**
 * The closing numbers of a run: files received, how they ended, the units that sent nothing, and the county total of
 * new applications (一、本年新收 总计), as printed at the end and kept in {@code run_summary}. Every file received is
 * in exactly one of accepted, accepted with warnings, rejected, pending (read again next run: the machine could not
 * read it) and identical copies (of a file counted once).
 */
public record RunSummary(int received, int parsed, int withdrawn, int accepted, int acceptedWithWarnings,
		int rejected, int pending, int identicalCopies, int missing, BigDecimal newApplications) {

	static final String NEW_APPLICATIONS = FormLayout.NEW_TOTAL;

	/** The figures whose totals every run keeps in run_summary.key_totals: received, answered, carried, licensed, reviewed. */
	static final List<String> KEY_METRICS = List.of(NEW_APPLICATIONS, FormLayout.CARRIED_OVER_TOTAL,
			FormLayout.RESULTS_TOTAL, FormLayout.CARRIED_FORWARD_TOTAL, "proactive.licensing.decisions",
			ReviewGroup.RECONSIDERATION.total());

	public static RunSummary of(JdbcTemplate jdbc, RunParameters run, int parsed, int withdrawn) {
		return jdbc.queryForObject("""
				select count(*) filter (where status <> ?) as received,
					count(*) filter (where status = ?) as accepted,
					count(*) filter (where status = ?) as accepted_with_warnings,
					count(*) filter (where status = ? and check_key is not null) as rejected,
					count(*) filter (where status = ? and check_key is null) as pending,
					count(*) filter (where status = ?) as identical_copies,
					(select count(*) from (select unit_code from submission
						where year = ? and scope_code = ? and unit_code is not null group by unit_code
						having count(*) filter (where status = ? or status = ?) = 0) as without) as missing,
					(select value from region_total where year = ? and region_code = ? and metric = ?) as new_total
				from submission where year = ? and scope_code = ?""",
				(row, i) -> new RunSummary(row.getInt("received"), parsed, withdrawn, row.getInt("accepted"),
						row.getInt("accepted_with_warnings"), row.getInt("rejected"), row.getInt("pending"),
						row.getInt("identical_copies"), row.getInt("missing"),
						row.getBigDecimal("new_total")),
				SubmissionStatus.MISSING.sql(), SubmissionStatus.ACCEPTED.sql(),
				SubmissionStatus.ACCEPTED_WITH_WARNINGS.sql(), SubmissionStatus.REJECTED.sql(),
				SubmissionStatus.REJECTED.sql(), SubmissionStatus.IDENTICAL_COPY.sql(), run.year(),
				run.scopeCode(), SubmissionStatus.ACCEPTED.sql(), SubmissionStatus.ACCEPTED_WITH_WARNINGS.sql(),
				run.year(), run.scopeCode(), NEW_APPLICATIONS, run.year(), run.scopeCode());
	}

	void store(JdbcTemplate jdbc, RunParameters run, Instant startedAt) {
		jdbc.update("""
				insert into run_summary (run_id, year, scope_code, started_at, finished_at, files_seen, files_parsed,
					files_withdrawn, accepted, accepted_with_warnings, rejected, missing, new_applications_total)
				values (?, ?, ?, ?, now(), ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (run_id) do update set finished_at = now(), files_seen = excluded.files_seen,
					files_parsed = excluded.files_parsed, files_withdrawn = excluded.files_withdrawn, accepted = excluded.accepted,
					accepted_with_warnings = excluded.accepted_with_warnings, rejected = excluded.rejected,
					missing = excluded.missing, new_applications_total = excluded.new_applications_total""",
				run.runId(), run.year(), run.scopeCode(), Timestamp.from(startedAt), this.received,
				this.parsed, this.withdrawn, this.accepted, this.acceptedWithWarnings, this.rejected, this.missing,
				this.newApplications);
		jdbc.update("""
				update run_summary set key_totals = coalesce((select jsonb_object_agg(metric, value) from region_total
					where year = ? and region_code = ? and metric = any (?)), '{}')
				where run_id = ?""", run.year(), run.scopeCode(), KEY_METRICS.toArray(String[]::new), run.runId());
	}

}
