package org.xxgk.rollup.rollup;

import javax.sql.DataSource;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import org.xxgk.rollup.ingest.SubmissionRepository;
import org.xxgk.rollup.review.ReviewDesk;
import org.xxgk.rollup.review.ReviewSheetTasklet;
import org.xxgk.rollup.review.ReviewSheets;
import org.xxgk.rollup.run.ConsolidationRun;
import org.xxgk.rollup.validate.ValidationSettings;

/**
 * The steps around the ingest: load the registry before it; after it, apply the filled review sheets, then, unless
 * the night is quiet ({@link QuietNightDecider}), check completeness across submissions and sum the accepted figures
 * up the region hierarchy. Each step is one transaction.
 */
@Configuration(proxyBeanMethods = false)
public class RollupConfiguration {

	public static final String REGIONS_STEP = "loadRegions";

	public static final String COMPLETENESS_STEP = "checkCompleteness";

	public static final String ROLLUP_STEP = "rollUp";

	public static final String REVIEW_SHEETS_STEP = "applyReviewSheets";

	@Bean
	Step loadRegionsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource, ObjectProvider<ConsolidationRun> run) {
		return new StepBuilder(REGIONS_STEP, jobRepository)
			.tasklet(new RegionTableTasklet(new JdbcTemplate(dataSource), run::getObject), transactionManager)
			.build();
	}

	/** The filled offline review sheets, applied after the ingest and before the checks across submissions. */
	@Bean
	Step applyReviewSheetsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource, ReviewDesk reviewDesk) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		return new StepBuilder(REVIEW_SHEETS_STEP, jobRepository)
			.tasklet(new ReviewSheetTasklet(jdbc, new ReviewSheets(jdbc, reviewDesk)), transactionManager)
			.build();
	}

	@Bean
	QuietNightDecider quietNightDecider(DataSource dataSource, ObjectProvider<ConsolidationRun> run) {
		return new QuietNightDecider(new JdbcTemplate(dataSource), run::getObject);
	}

	@Bean
	Step checkCompletenessStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource, SubmissionRepository submissionRepository, ObjectProvider<ConsolidationRun> run) {
		CompletenessTasklet tasklet = new CompletenessTasklet(new JdbcTemplate(dataSource), submissionRepository,
				ValidationSettings.defaults(), run::getObject);
		return new StepBuilder(COMPLETENESS_STEP, jobRepository).tasklet(tasklet, transactionManager).build();
	}

	@Bean
	Step rollUpStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource, ObjectProvider<ConsolidationRun> run) {
		return new StepBuilder(ROLLUP_STEP, jobRepository)
			.tasklet(new RegionTotalsTasklet(new NamedParameterJdbcTemplate(dataSource), run::getObject),
					transactionManager)
			.build();
	}

}
