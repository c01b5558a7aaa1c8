package org.xxgk.rollup.report;

import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.rollup.ScopeState;
import org.xxgk.rollup.run.ConsolidationRun;

/**
 * Before the export: {@value #CURRENT} when the night is quiet and the output folder still holds what the same state
 * produced ({@link OutputState}, {@link OutputManifest}), so neither the export nor the review writes anything;
 * otherwise {@value #STALE}, with the key the manifest is to record kept in the job execution context, and the
 * folder's old manifest deleted.
 */
public class OutputsDecider implements JobExecutionDecider {

	public static final String CURRENT = "CURRENT";

	public static final String STALE = "STALE";

	private static final Log logger = LogFactory.getLog(OutputsDecider.class);

	private final JdbcTemplate jdbc;

	private final ChineseFont font;

	private final OfficeSettings office;

	private final Supplier<ConsolidationRun> run;

	public OutputsDecider(JdbcTemplate jdbc, ChineseFont font, OfficeSettings office, Supplier<ConsolidationRun> run) {
		this.jdbc = jdbc;
		this.font = font;
		this.office = office;
		this.run = run;
	}

	@Override
	public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
		ConsolidationRun run = this.run.get();
		String key = OutputState.key(this.jdbc, run, this.font, this.office);
		if (ScopeState.unchanged(jobExecution) && OutputManifest.isCurrent(run.output(), key)) {
			logger.info(run.output() + " 中的输出文件与不变的汇总数一致，不重新生成");
			return new FlowExecutionStatus(CURRENT);
		}
		jobExecution.getExecutionContext().putString(OutputState.WRITTEN_KEY, key);
		// before any output is rewritten: a run that dies halfway leaves no manifest behind
		OutputManifest.delete(run.output());
		return new FlowExecutionStatus(STALE);
	}

}
