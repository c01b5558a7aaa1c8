package org.xxgk.rollup.rollup;

import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.run.ConsolidationRun;

/**
 * After the ingest: whether the scope's submissions are those the last roll-up was computed from ({@link ScopeState}).
 * {@value #CHANGED} leads to the checks across submissions and the roll-up, with the new fingerprint kept in the job
 * execution context for the roll-up to store; {@value #UNCHANGED} (a quiet night) goes straight on, since they would
 * write the same rows.
 */
public class QuietNightDecider implements JobExecutionDecider {

	public static final String CHANGED = "CHANGED";

	public static final String UNCHANGED = "UNCHANGED";

	private static final Log logger = LogFactory.getLog(QuietNightDecider.class);

	private final JdbcTemplate jdbc;

	private final Supplier<ConsolidationRun> run;

	public QuietNightDecider(JdbcTemplate jdbc, Supplier<ConsolidationRun> run) {
		this.jdbc = jdbc;
		this.run = run;
	}

	@Override
	public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
		ConsolidationRun run = this.run.get();
		String fingerprint = ScopeState.changedFingerprint(this.jdbc, run);
		if (fingerprint == null) {
			logger.info(run.year() + "年度（" + run.scopeCode() + "）自上次汇总以来没有新增、更改或撤回的报告：检查结果和汇总数不变，不重新汇总");
			return new FlowExecutionStatus(UNCHANGED);
		}
		jobExecution.getExecutionContext().put(ScopeState.FINGERPRINT_KEY, fingerprint);
		return new FlowExecutionStatus(CHANGED);
	}

}
