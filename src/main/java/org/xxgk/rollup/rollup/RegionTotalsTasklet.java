package org.xxgk.rollup.rollup;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import org.xxgk.rollup.run.ConsolidationRun;
import org.xxgk.rollup.registry.Region;

/**
 * Recomputes the totals of every roll-up region of the run in one set-based statement ({@code sql/rollup/}); the old
 * totals are replaced in the same transaction, so readers see either last night's totals or tonight's, never half.
 * The job runs it only when {@link QuietNightDecider} found the scope's submissions changed since the last roll-up.
 */
public class RegionTotalsTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(RegionTotalsTasklet.class);

	private static final SqlScript REGION_TOTALS = SqlScript.load("rollup/region_totals.sql");

	private final NamedParameterJdbcTemplate jdbc;

	private final Supplier<ConsolidationRun> run;

	public RegionTotalsTasklet(NamedParameterJdbcTemplate jdbc, Supplier<ConsolidationRun> run) {
		this.jdbc = jdbc;
		this.run = run;
	}

	/**
	 * The script's one statement over every figure row, the county sums, with a year and a run scope written in (for
	 * EXPLAIN: its plan is the one a run's statement gets).
	 */
	public static String countySums(int year, String scopeCode) {
		return REGION_TOTALS.statements()
			.stream()
			.filter((statement) -> statement.startsWith("create temp table county_sum"))
			.findFirst()
			.orElseThrow()
			.replace(":year", String.valueOf(year))
			.replace(":scope", "'" + scopeCode.replace("'", "''") + "'");
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ConsolidationRun run = this.run.get();
		JobExecution job = contribution.getStepExecution().getJobExecution();
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
