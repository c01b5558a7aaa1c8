package org.xxgk.rollup.app;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

import org.xxgk.rollup.ingest.FilesToReadDecider;
import org.xxgk.rollup.report.OutputsDecider;
import org.xxgk.rollup.rollup.QuietNightDecider;
import org.xxgk.rollup.run.ConsolidationRun;
import org.xxgk.rollup.run.RunParameters;
import org.xxgk.rollup.run.RunParametersValidator;

/**
 * The consolidation job, its whole flow here: load the registry; settle the files unchanged since the last run in one
 * transaction (the quick check) and, unless that left none ({@link FilesToReadDecider}), ingest the others; apply the
 * filled offline review sheets; then, unless the night is quiet (no file new, changed or withdrawn since the last roll-up:
 * {@link QuietNightDecider}), check completeness across submissions and roll the accepted figures up the region
 * hierarchy; then, unless the output folder still holds what this state produced ({@link OutputsDecider}), export the
 * CSV files and write the review outputs side by side (a split flow), and record the folder's manifest. The parameters are
 * validated once ({@link RunParametersValidator}); what the steps share is the job-scoped {@link ConsolidationRun}.
 * Each run is its own job instance (the run.id parameter) and is never restarted: the next run is a new instance
 * that reuses every file result a failed one stored (each chunk's files commit together) and recomputes the checks,
 * totals and outputs from the stored rows.
 */
@Configuration(proxyBeanMethods = false)
public class ConsolidateJobConfiguration {

	public static final String JOB_NAME = "consolidate";

	@Bean
	Job consolidateJob(JobRepository jobRepository, @Qualifier("loadRegionsStep") Step loadRegions,
			@Qualifier("quickCheckStep") Step quickCheck, FilesToReadDecider filesToRead,
			@Qualifier("ingestStep") Step ingest, @Qualifier("applyReviewSheetsStep") Step applyReviewSheets,
			QuietNightDecider quietNight,
			@Qualifier("checkCompletenessStep") Step checkCompleteness, @Qualifier("rollUpStep") Step rollUp,
			OutputsDecider outputs, @Qualifier("exportStep") Step export, @Qualifier("reviewStep") Step review,
			@Qualifier("recordOutputsStep") Step recordOutputs, StopRequest stopRequest) {
		// the CSV files and the review outputs are read from the same stored totals and write different files: side
		// by side, each on a core of its own; the manifest is recorded when both are written
		Flow exportAndReview = new FlowBuilder<SimpleFlow>("exportAndReview")
			.split(new SimpleAsyncTaskExecutor("outputs-"))
			.add(new FlowBuilder<SimpleFlow>("exportFlow").start(export).build(),
					new FlowBuilder<SimpleFlow>("reviewFlow").start(review).build())
			.build();
		return new JobBuilder(JOB_NAME, jobRepository).validator(new RunParametersValidator())
			.listener(stopRequest)
			.start(loadRegions)
			.next(quickCheck)
			.next(filesToRead)
			.on(FilesToReadDecider.READ).to(ingest).next(applyReviewSheets)
			.next(quietNight)
			.on(QuietNightDecider.CHANGED).to(checkCompleteness).next(rollUp).next(outputs)
			.on(OutputsDecider.STALE).to(exportAndReview).next(recordOutputs)
			.from(outputs).on(OutputsDecider.CURRENT).end()
			.from(quietNight).on(QuietNightDecider.UNCHANGED).to(outputs)
			.from(filesToRead).on(FilesToReadDecider.NONE).to(applyReviewSheets)
			.end()
			.preventRestart()
			.build();
	}

	/**
	 * The run's parameters, registry and unit matcher, made once per job execution. Not proxied (a record cannot be):
	 * the steps ask their {@code ObjectProvider} for it while they run.
	 */
	@Bean
	@Scope(scopeName = "job", proxyMode = ScopedProxyMode.NO)
	ConsolidationRun consolidationRun() {
		return ConsolidationRun.of(RunParameters.of(JobSynchronizationManager.getContext().getJobExecution()
			.getJobParameters()));
	}

}
