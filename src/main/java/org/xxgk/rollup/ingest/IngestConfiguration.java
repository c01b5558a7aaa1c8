package org.xxgk.rollup.ingest;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import org.xxgk.rollup.run.ConsolidationRun;
import org.xxgk.rollup.run.RollupProperties;
import org.xxgk.rollup.parse.SubmissionParser;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.review.ReviewDesk;
import org.xxgk.rollup.run.WorkerJobScope;
import org.xxgk.rollup.validate.SubmissionValidator;
import org.xxgk.rollup.validate.ValidationSettings;

/**
 * The quick check ({@link QuickCheckTasklet}: the files unchanged since the last run, settled in one transaction), and
 * the ingest step: each file the quick check left is read, parsed, checked and stored, a chunk of files per
 * transaction. The files are split into partitions ({@link FileHashPartitioner}) worked on by
 * {@code xxgk.ingest-threads} threads, each partition a chunk step of its own ({@value #WORKER_STEP_NAME}). With {@code xxgk.ingest-mode=remote} the partitions
 * go to worker processes instead (org.xxgk.rollup.ingest.remote), which run this same chunk step. The run's
 * registry and unit matcher come from the job-scoped {@link ConsolidationRun}, which {@link WorkerJobScope} makes
 * reachable from the partitions' threads.
 */
@Configuration(proxyBeanMethods = false)
public class IngestConfiguration {

	public static final String STEP_NAME = "ingest";

	public static final String WORKER_STEP_NAME = "ingestFiles";

	public static final String QUICK_CHECK_STEP_NAME = "quickCheck";

	@Bean
	SubmissionRepository submissionRepository(DataSource dataSource) {
		return new SubmissionRepository(new JdbcTemplate(dataSource));
	}

	/** One progress line for the whole ingest, fed by every partition's writes. */
	@Bean
	IngestProgress ingestProgress() {
		return new IngestProgress();
	}

	/** Before the ingest: the files unchanged since the last run, settled in one transaction ({@link QuickCheckTasklet}). */
	@Bean
	Step quickCheckStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RollupProperties properties, SubmissionRepository repository, ReviewDesk reviewDesk,
			ObjectProvider<ConsolidationRun> runs) {
		QuickCheckTasklet tasklet = new QuickCheckTasklet(repository, runs::getObject,
				() -> checkKeys(runs.getObject(), properties, repository, reviewDesk, unitCodes(runs.getObject())));
		return new StepBuilder(QUICK_CHECK_STEP_NAME, jobRepository).tasklet(tasklet, transactionManager).build();
	}

	@Bean
	FilesToReadDecider filesToReadDecider() {
		return new FilesToReadDecider();
	}

	@Bean
	@ConditionalOnExpression("'${xxgk.ingest-mode:local}' != 'remote'")
	Step ingestStep(JobRepository jobRepository, RollupProperties properties,
			@Qualifier("ingestFilesStep") Step ingestFilesStep, IngestProgress ingestProgress) {
		SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("ingest-");
		threads.setConcurrencyLimit(properties.ingestThreadCount());
		TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
		handler.setStep(ingestFilesStep);
		handler.setTaskExecutor(threads);
		handler.setGridSize(properties.ingestThreadCount());
		return new StepBuilder(STEP_NAME, jobRepository).partitioner(WORKER_STEP_NAME, new FileHashPartitioner())
			.partitionHandler(handler)
			.listener(ingestProgress)
			.build();
	}

	/**
	 * One partition's files: the chunk step proper. Its sessions keep {@code synchronous_commit} on: a commit costs
	 * about 0.3 ms on a local server, so 1,600 chunks of 25 files (40,000 files) would gain a fraction of a second from turning it
	 * off, not worth a server crash forgetting commits it had acknowledged (Batch metadata included).
	 */
	@Bean
	Step ingestFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RollupProperties properties, SubmissionFileReader submissionFileReader,
			SubmissionProcessor submissionProcessor, SubmissionWriter submissionWriter, IngestProgress ingestProgress,
			ObjectProvider<RemotePartitioningWorkerStepBuilder> remoteWorker) {
		// a worker process builds it with the remote partitioning builder, which also takes requests from the broker
		StepBuilder worker = remoteWorker.getIfAvailable();
		StepBuilder builder = (worker != null) ? worker : new StepBuilder(WORKER_STEP_NAME, jobRepository);
		return builder.<SubmissionFile, CheckedSubmission>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(submissionFileReader)
			.processor(submissionProcessor)
			.writer(submissionWriter)
			.listener(ingestProgress.writes())
			.listener(new WorkerJobScope())
			.build();
	}

	@Bean
	@StepScope
	SubmissionFileReader submissionFileReader(@Value("#{stepExecution}") StepExecution stepExecution,
			RollupProperties properties, SubmissionRepository repository, ObjectProvider<ConsolidationRun> runs) {
		var partition = stepExecution.getExecutionContext();
		ConsolidationRun run = runs.getObject();
		// a page per chunk: one look-up of the stored state for each chunk's files; the files the quick check settled
		// are left out
		return new SubmissionFileReader(run.input(), partition.getInt(FileHashPartitioner.INDEX, 0),
				partition.getInt(FileHashPartitioner.COUNT, 1), properties.chunkSize(),
				(paths) -> repository.storedFiles(run.year(), run.scopeCode(), paths),
				() -> repository.seenBy(run.year(), run.scopeCode(), run.runId()));
	}

	@Bean
	@StepScope
	SubmissionProcessor submissionProcessor(RollupProperties properties, SubmissionRepository repository,
			ReviewDesk reviewDesk, ObjectProvider<ConsolidationRun> runs) {
		ConsolidationRun run = runs.getObject();
		List<String> units = unitCodes(run);
		CheckKeys keys = checkKeys(run, properties, repository, reviewDesk, units);
		return new SubmissionProcessor(keys.batch(), new SubmissionParser(properties.maxFileBytes()),
				run::unitMatcher,
				SubmissionValidator.standard(), repository.historyOf(run.year() - 1, units), ValidationSettings.defaults(),
				keys.corrections());
	}

	/**
	 * What a file's check key depends on besides its content: the registry, the previous year's reports the rules
	 * compare with, and the county's corrections.
	 */
	private static CheckKeys checkKeys(ConsolidationRun run, RollupProperties properties,
			SubmissionRepository repository, ReviewDesk reviewDesk, List<String> units) {
		String inputs = run.registryFingerprint() + "|" + repository.acceptedFingerprint(run.year() - 1, units);
		SubmissionProcessor.Batch batch = new SubmissionProcessor.Batch(run.year(), run.scopeCode(), run.input(),
				properties.maxFileBytes(), inputs);
		return new CheckKeys(batch, reviewDesk.corrections(run.year(), run.scopeCode()));
	}

	private static List<String> unitCodes(ConsolidationRun run) {
		return run.registry().unitsUnder(run.scopeCode()).stream().map(Region::code).toList();
	}

	@Bean
	@StepScope
	SubmissionWriter submissionWriter(SubmissionRepository repository,
			PlatformTransactionManager transactionManager, ObjectProvider<ConsolidationRun> runs) {
		ConsolidationRun run = runs.getObject();
		return new SubmissionWriter(repository, run.year(), run.scopeCode(), run.runId(), transactionManager);
	}

}
