package org.xxgk.rollup.app;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A SIGTERM's request to stop, kept for a job that is not running yet: a signal during start-up (the embedded
 * database starting, Flyway), or in the moment before the job's execution is stored, finds no execution to stop, and
 * without this the job would then run to its end (or be cut off when the signal's grace ran out). The job starts
 * stopping instead: its first step is not begun and it is recorded {@code STOPPED}.
 */
@Component
class StopRequest implements JobExecutionListener {

	private static final Log logger = LogFactory.getLog(StopRequest.class);

	private volatile boolean requested;

	void request() {
		this.requested = true;
	}

	boolean requested() {
		return this.requested;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		if (this.requested) {
			logger.warn("收到停止信号：汇总作业（作业执行号 " + execution.getId() + "）不再开始任何步骤");
			execution.setStatus(BatchStatus.STOPPING);
		}
	}

}
