package org.xxgk.rollup.report;

import java.time.OffsetDateTime;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.xxgk.rollup.run.ConsolidationRun;

import java.util.function.Supplier;

/**
 * Reads the run's results once and writes the county office's review outputs (beside the export; the job records the
 * folder's manifest after both). The job skips this step when the folder's outputs are current ({@link OutputsDecider}).
 */
public class ReviewTasklet implements Tasklet {

	private final ReviewDataRepository repository;

	private final ReviewOutputs outputs;

	private final Supplier<ConsolidationRun> run;

	public ReviewTasklet(ReviewDataRepository repository, ReviewOutputs outputs, Supplier<ConsolidationRun> run) {
		this.repository = repository;
		this.outputs = outputs;
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ConsolidationRun run = this.run.get();
		// the time shown is that of the totals, so outputs of unchanged totals stay the same bytes
		OffsetDateTime rolledUpAt = this.repository.rolledUpAt(run.scopeCode(), run.year()).orElseGet(OffsetDateTime::now);
		ReviewData data = this.repository.load(run.registry(), run.scopeCode(), run.year(), rolledUpAt);
		this.outputs.write(data, run.output());
		return RepeatStatus.FINISHED;
	}

}
