package org.xxgk.rollup.report;

import javax.sql.DataSource;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.run.ConsolidationRun;
import org.xxgk.rollup.run.WorkerJobScope;

/**
 * The output steps: the run's results as CSV files and the review outputs, side by side in the output folder, then
 * the folder's manifest.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OfficeSettings.class)
public class ExportConfiguration {

	public static final String STEP_NAME = "export";

	public static final String REVIEW_STEP_NAME = "review";

	public static final String RECORD_STEP_NAME = "recordOutputs";

	/** The font of the charts: located once, and part of what the outputs are made from. */
	@Bean
	ChineseFont chineseFont() {
		return ChineseFont.locate();
	}

	@Bean
	Step exportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource, ObjectProvider<ConsolidationRun> run) {
		// rows are fetched a thousand at a time (the step's transaction keeps the cursor open), not all into memory
		JdbcTemplate streaming = new JdbcTemplate(dataSource);
		streaming.setFetchSize(1000);
		ExportTasklet tasklet = new ExportTasklet(new CsvExporter(new NamedParameterJdbcTemplate(streaming)),
				run::getObject);
		// a thread of the job's split flow: the job scope is reached through the step's job execution
		return new StepBuilder(STEP_NAME, jobRepository).tasklet(tasklet, transactionManager)
			.listener(new WorkerJobScope())
			.build();
	}

	@Bean
	OutputsDecider outputsDecider(DataSource dataSource, ChineseFont font, OfficeSettings office,
			ObjectProvider<ConsolidationRun> run) {
		return new OutputsDecider(new JdbcTemplate(dataSource), font, office, run::getObject);
	}

	/** The county office's overview, charts, spreadsheet, county report and feedback letters. */
	@Bean
	Step reviewStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource, ChineseFont font, OfficeSettings office, ObjectProvider<ConsolidationRun> run) {
		ReviewTasklet tasklet = new ReviewTasklet(new ReviewDataRepository(new NamedParameterJdbcTemplate(dataSource)),
				new ReviewOutputs(MetricCatalog.standard(), font, office), run::getObject);
		return new StepBuilder(REVIEW_STEP_NAME, jobRepository).tasklet(tasklet, transactionManager)
			.listener(new WorkerJobScope())
			.build();
	}

	/** After the export and the review: the folder's manifest, which says its outputs are complete and current. */
	@Bean
	Step recordOutputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ObjectProvider<ConsolidationRun> run) {
		return new StepBuilder(RECORD_STEP_NAME, jobRepository).tasklet((contribution, chunkContext) -> {
			String key = contribution.getStepExecution().getJobExecution().getExecutionContext()
				.getString(OutputState.WRITTEN_KEY, null);
			if (key != null) {
				OutputManifest.write(run.getObject().output(), key);
			}
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

}
