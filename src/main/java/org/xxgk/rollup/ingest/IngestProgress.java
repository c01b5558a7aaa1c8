package org.xxgk.rollup.ingest;

import java.io.Console;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import org.xxgk.rollup.run.RunParameters;

/**
 * Tells the operator how far the ingest is: files done of the total, files per second and the time left. On a
 * terminal it rewrites one line; otherwise (cron, systemd, a log file) it logs a plain line at most every
 * {@link #LOG_INTERVAL}, so logs stay readable.
 */
public class IngestProgress implements StepExecutionListener {

	static final Duration LOG_INTERVAL = Duration.ofSeconds(10);

	private static final Log logger = LogFactory.getLog(IngestProgress.class);

	private final Console console = System.console();

	private long total;

	/** Written by every partition's thread. */
	private final AtomicInteger done = new AtomicInteger();

	private long startedNanos;

	/** False in a remote worker, whose JVM runs partitions but not the manager step this listener starts with. */
	private volatile boolean started;

	private long lastLogNanos;

	@Override
	public void beforeStep(StepExecution stepExecution) {
		// the files the quick check left, or (the ingest run on its own) every file in the folder
		var job = stepExecution.getJobExecution().getExecutionContext();
		this.total = job.containsKey(QuickCheckTasklet.FILES_TO_READ) ? job.getInt(QuickCheckTasklet.FILES_TO_READ)
				: SubmissionFileReader.countSubmissions(RunParameters.of(stepExecution.getJobParameters()).input());
		this.done.set(0);
		this.startedNanos = System.nanoTime();
		this.started = true;
		this.lastLogNanos = this.startedNanos;
	}

	/** The listener of the partitions' chunk steps (the whole ingest's start and end are this one's). */
	public ItemWriteListener<CheckedSubmission> writes() {
		return new ItemWriteListener<>() {

			@Override
			public void afterWrite(Chunk<? extends CheckedSubmission> items) {
				written(items.size());
			}

		};
	}

	private synchronized void written(int files) {
		if (!this.started) {
			return; // a remote worker's partition: the progress line is the manager's, which this JVM is not
		}
		int doneNow = this.done.addAndGet(files);
		long now = System.nanoTime();
		if (this.console != null) {
			this.console.writer().print("\r" + line(now));
			this.console.writer().flush();
		}
		else if (now - this.lastLogNanos >= LOG_INTERVAL.toNanos() || doneNow == this.total) {
			this.lastLogNanos = now;
			logger.info(line(now));
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (this.console != null && this.done.get() > 0) {
			this.console.writer().println();
		}
		return null;
	}

	/** e.g. "读取报告 120/2000（6%），每秒 35.2 个，预计还需 53 秒". */
	String line(long nowNanos) {
		double seconds = Math.max((nowNanos - this.startedNanos) / 1e9, 0.001);
		int doneNow = this.done.get();
		double rate = doneNow / seconds;
		long left = (rate > 0) ? Math.round((this.total - doneNow) / rate) : 0;
		int percent = (this.total > 0) ? (int) (100L * doneNow / this.total) : 100;
		return "读取报告 %d/%d（%d%%），每秒 %.1f 个，预计还需 %d 秒".formatted(doneNow, this.total, percent, rate, left);
	}

}
