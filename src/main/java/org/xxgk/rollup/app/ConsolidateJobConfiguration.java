package org.xxgk.rollup.app;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The consolidation job: load the registry, ingest every submission, apply the filled offline review sheets, check
 * completeness across submissions, roll the
 * accepted figures up the region hierarchy, export, review. Each run is its own job instance (the run.id parameter)
 * and is never restarted: the next run is a new instance that reuses every file result a failed one stored (each
 * chunk's files commit together) and recomputes the checks, totals and outputs from the stored rows.
 */
@Configuration(proxyBeanMethods = false)
public class ConsolidateJobConfiguration {

	public static final String JOB_NAME = "consolidate";

	@Bean
	Job consolidateJob(JobRepository jobRepository, @Qualifier("loadRegionsStep") Step loadRegions,
			@Qualifier("ingestStep") Step ingest, @Qualifier("applyReviewSheetsStep") Step applyReviewSheets,
			@Qualifier("checkCompletenessStep") Step checkCompleteness,
			@Qualifier("rollUpStep") Step rollUp, @Qualifier("exportStep") Step export,
			@Qualifier("reviewStep") Step review) {
		return new JobBuilder(JOB_NAME, jobRepository).start(loadRegions)
			.next(ingest)
			.next(applyReviewSheets)
			.next(checkCompleteness)
			.next(rollUp)
			.next(export)
			.next(review)
			.preventRestart()
			.build();
	}

}
