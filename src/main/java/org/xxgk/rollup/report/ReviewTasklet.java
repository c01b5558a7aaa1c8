package org.xxgk.rollup.report;

import java.time.OffsetDateTime;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.xxgk.rollup.app.ConsolidationRun;

/** Reads the run's results once and writes the county office's review outputs. */
public class ReviewTasklet implements Tasklet {

	private final ReviewDataRepository repository;

	private final ReviewOutputs outputs;

	public ReviewTasklet(ReviewDataRepository repository, ReviewOutputs outputs) {
		this.repository = repository;
		this.outputs = outputs;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ConsolidationRun run = ConsolidationRun.of(contribution.getStepExecution().getJobParameters());
		ReviewData data = this.repository.load(run.registry(), run.scopeCode(), run.year(), OffsetDateTime.now());
		this.outputs.write(data, run.output());
		return RepeatStatus.FINISHED;
	}

}
