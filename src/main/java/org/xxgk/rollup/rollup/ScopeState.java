package org.xxgk.rollup.rollup;

import java.nio.charset.StandardCharsets;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.run.ConsolidationRun;
import org.xxgk.rollup.ingest.SubmissionProcessor;
import org.xxgk.rollup.review.ReviewDesk;

/**
 * Whether a run scope's cross-submission checks and roll-up can be skipped: they depend only on the scope's stored
 * submissions, the registry and the county's review decisions, so when the files this run saw have the same check
 * keys as those the last completed roll-up was computed from, no decision was added and none was withdrawn, they
 * would rewrite the same rows. The fingerprint is stored in
 * the roll-up's own transaction, so a run killed between the two steps is redone in full by the next one.
 */
public final class ScopeState {

	/** Job execution context key: the fingerprint this run's roll-up stores, or absent when nothing changed. */
	static final String FINGERPRINT_KEY = "xxgk.inputsFingerprint";

	private ScopeState() {
	}

	/**
	 * The fingerprint of the scope's submissions as this run leaves them, or null when it equals the stored one and no
	 * file was withdrawn (nothing to recompute).
	 */
	static String changedFingerprint(JdbcTemplate jdbc, ConsolidationRun run) {
		Integer withdrawn = jdbc.queryForObject("""
				select count(*) from submission where year = ? and scope_code = ? and source_file is not null
					and seen_run_id is distinct from ?""", Integer.class, run.year(), run.scopeCode(), run.runId());
		StringBuilder inputs = new StringBuilder(run.registryFingerprint());
		inputs.append('\n').append(ReviewDesk.fingerprint(jdbc, run.year(), run.scopeCode()));
		jdbc.query("""
				select source_file, check_key from submission
				where year = ? and scope_code = ? and seen_run_id = ? order by source_file""", (row) -> {
			inputs.append('\n').append(row.getString(1)).append('\t').append(row.getString(2));
		}, run.year(), run.scopeCode(), run.runId());
		String fingerprint = SubmissionProcessor.sha256(inputs.toString().getBytes(StandardCharsets.UTF_8));
		String stored = jdbc.query("select inputs_fingerprint from scope_state where year = ? and scope_code = ?",
				(rows) -> rows.next() ? rows.getString(1) : null, run.year(), run.scopeCode());
		return (withdrawn != null && withdrawn == 0 && fingerprint.equals(stored)) ? null : fingerprint;
	}

	/** Stores the fingerprint the run's roll-up was computed from (call inside the roll-up's transaction). */
	static void store(JdbcTemplate jdbc, ConsolidationRun run, String fingerprint) {
		jdbc.update("""
				insert into scope_state (year, scope_code, inputs_fingerprint) values (?, ?, ?)
				on conflict (year, scope_code) do update
					set inputs_fingerprint = excluded.inputs_fingerprint, rolled_up_at = now()""", run.year(),
				run.scopeCode(), fingerprint);
	}

	/** Whether this run found nothing changed ({@link QuietNightDecider}), so its checks and roll-up were skipped. */
	public static boolean unchanged(JobExecution execution) {
		return !execution.getExecutionContext().containsKey(FINGERPRINT_KEY);
	}

}
