package org.xxgk.rollup.rollup;

import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import org.xxgk.rollup.run.RunParameters;
import org.xxgk.rollup.registry.Region;

/**
 * Recomputes the totals of every roll-up region of the run in one set-based statement ({@code sql/rollup/}); the old
 * totals are replaced in the same transaction, so readers see either last night's totals or tonight's, never half.
 * Skipped when the completeness step found the scope's submissions unchanged since the last roll-up.
 */
public class RegionTotalsTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(RegionTotalsTasklet.class);

	private static final SqlScript REGION_TOTALS = SqlScript.load("rollup/region_totals.sql");

	private final NamedParameterJdbcTemplate jdbc;

	public RegionTotalsTasklet(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunParameters run = RunParameters.of(contribution.getStepExecution().getJobParameters());
		JobExecution job = contribution.getStepExecution().getJobExecution();
		if (ScopeState.unchanged(job)) {
			logger.info(run.year() + "年度（" + run.scopeCode() + "）汇总数不变，不重新汇总");
			return RepeatStatus.FINISHED;
		}
		List<String> regions = run.registry().rollupRegionsOf(run.scopeCode()).stream().map(Region::code).toList();
		int[] counts = REGION_TOTALS.execute(this.jdbc, Map.of("year", run.year(), "scope", run.scopeCode(), "regions", regions));
		ScopeState.store(this.jdbc.getJdbcTemplate(), run,
				job.getExecutionContext().getString(ScopeState.FINGERPRINT_KEY));
		contribution.incrementWriteCount(counts[counts.length - 1]);
		logger.info("已汇总 " + run.year() + "年度，地区 " + ((regions.size() <= 10) ? regions : regions.size() + " 个")
				+ "：合计数 " + counts[counts.length - 1] + " 项");
		return RepeatStatus.FINISHED;
	}

}
