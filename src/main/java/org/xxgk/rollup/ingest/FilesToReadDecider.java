package org.xxgk.rollup.ingest;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;

/**
 * After the quick check ({@link QuickCheckTasklet}): {@value #READ} when it left files to read, which the ingest
 * reads, checks and stores; {@value #NONE} when every file in the folder is as the last run stored it, and the
 * ingest is skipped (its partitions would read nothing). An empty folder, where the quick check listed nothing, is
 * {@value #NONE} too: there is nothing to read, and the checks after the ingest withdraw what was stored.
 */
public class FilesToReadDecider implements JobExecutionDecider {

	public static final String READ = "READ";

	public static final String NONE = "NONE";

	@Override
	public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
		int toRead = jobExecution.getExecutionContext().getInt(QuickCheckTasklet.FILES_TO_READ, Integer.MAX_VALUE);
		return new FlowExecutionStatus((toRead > 0) ? READ : NONE);
	}

}
