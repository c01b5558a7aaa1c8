package org.xxgk.rollup.ingest;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import org.xxgk.rollup.app.ConsolidationRun;
import org.xxgk.rollup.app.RollupProperties;
import org.xxgk.rollup.parse.SubmissionParser;
import org.xxgk.rollup.registry.UnitMatcher;
import org.xxgk.rollup.validate.SubmissionValidator;
import org.xxgk.rollup.validate.ValidationSettings;

/** The ingest step: each submitted file is read, parsed, checked and stored, a chunk of files per transaction. */
@Configuration(proxyBeanMethods = false)
public class IngestConfiguration {

	public static final String STEP_NAME = "ingest";

	@Bean
	SubmissionRepository submissionRepository(DataSource dataSource) {
		return new SubmissionRepository(new JdbcTemplate(dataSource));
	}

	@Bean
	Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RollupProperties properties, SubmissionFileReader submissionFileReader,
			SubmissionProcessor submissionProcessor, SubmissionWriter submissionWriter) {
		return new StepBuilder(STEP_NAME, jobRepository).<Path, CheckedSubmission>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(submissionFileReader)
			.processor(submissionProcessor)
			.writer(submissionWriter)
			.listener(new IngestProgress())
			.build();
	}

	@Bean
	@StepScope
	SubmissionFileReader submissionFileReader(@Value("#{stepExecution}") StepExecution stepExecution) {
		return new SubmissionFileReader(run(stepExecution).input());
	}

	@Bean
	@StepScope
	SubmissionProcessor submissionProcessor(@Value("#{stepExecution}") StepExecution stepExecution,
			RollupProperties properties, SubmissionRepository repository) {
		ConsolidationRun run = run(stepExecution);
		SubmissionProcessor.Batch batch = new SubmissionProcessor.Batch(run.year(), run.scopeCode(), run.input(),
				properties.maxFileBytes(), run.registryFingerprint());
		return new SubmissionProcessor(batch, new SubmissionParser(properties.maxFileBytes()),
				new UnitMatcher(run.registry(), run.scopeCode()),
				SubmissionValidator.standard(), repository, ValidationSettings.defaults(), repository);
	}

	@Bean
	@StepScope
	SubmissionWriter submissionWriter(@Value("#{stepExecution}") StepExecution stepExecution,
			SubmissionRepository repository) {
		ConsolidationRun run = run(stepExecution);
		return new SubmissionWriter(repository, run.year(), run.scopeCode(), run.runId());
	}

	private static ConsolidationRun run(StepExecution stepExecution) {
		return ConsolidationRun.of(stepExecution.getJobParameters());
	}

}
