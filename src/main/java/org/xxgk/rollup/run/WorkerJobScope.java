package org.xxgk.rollup.run;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;

/**
 * Makes the job scope (and so the run's {@link ConsolidationRun}) reachable from a partition's step: Spring Batch
 * registers the job execution only on the thread that runs the job, and the ingest's partitions run on threads of
 * their own or in worker processes. Registered before the step opens its reader, released (without closing the job's
 * context, which the job's own thread still holds) when the step ends. A worker process has no job thread: there the
 * context goes with the partition's step, and the next partition makes the run's objects anew.
 */
public final class WorkerJobScope implements StepExecutionListener {

	@Override
	public void beforeStep(StepExecution stepExecution) {
		JobSynchronizationManager.register(stepExecution.getJobExecution());
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		JobSynchronizationManager.close();
		return null;
	}

}
