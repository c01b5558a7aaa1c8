package org.xxgk.rollup.app;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Test-only: kills its own JVM with SIGKILL at a named point of the job, so a test can crash a run in each step
 * without timing. A child JVM gets it with {@code -Dspring.main.sources=org.xxgk.rollup.app.HaltAtStep} and the
 * point with {@code -Dxxgk.test.kill-at=<step>:start}, {@code <step>:end} (the step's work committed, its end not
 * yet recorded) or {@code ingest:chunk} (a partition's second chunk begins: its first is committed, the other
 * partitions may be in the middle of one). Not annotated, so the application's component scan never picks it up.
 */
public class HaltAtStep implements BeanPostProcessor {

	static final String PROPERTY = "xxgk.test.kill-at";

	/** The line the child prints just before it dies, so a test knows it died where it was told to. */
	static final String MARKER = "xxgk-test: SIGKILL at ";

	private final String step;

	private final String when;

	private static final AtomicBoolean KILLING = new AtomicBoolean();

	private final ThreadLocal<Integer> chunks = ThreadLocal.withInitial(() -> 0);

	public HaltAtStep() {
		String point = System.getProperty(PROPERTY, "");
		int colon = point.indexOf(':');
		this.step = (colon < 0) ? point : point.substring(0, colon);
		this.when = (colon < 0) ? "start" : point.substring(colon + 1);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (this.when.equals("chunk") && bean instanceof ChunkOrientedStep<?, ?> worker
				&& worker.getName().equals(this.step + "Files")) {
			register(worker);
		}
		else if (bean instanceof AbstractStep step && step.getName().equals(this.step)) {
			step.registerStepExecutionListener(new StepExecutionListener() {

				@Override
				public void beforeStep(StepExecution stepExecution) {
					if (HaltAtStep.this.when.equals("start")) {
						kill();
					}
				}

				@Override
				public ExitStatus afterStep(StepExecution stepExecution) {
					if (HaltAtStep.this.when.equals("end")) {
						kill();
					}
					return null;
				}

			});
		}
		return bean;
	}

	private <I, O> void register(ChunkOrientedStep<I, O> worker) {
		worker.registerChunkListener(new ChunkListener<I, O>() {

			@Override
			public void beforeChunk(Chunk<I> chunk) {
				int begun = HaltAtStep.this.chunks.get() + 1;
				HaltAtStep.this.chunks.set(begun);
				if (begun == 2) {
					kill();
				}
			}

		});
	}

	private void kill() {
		if (!KILLING.compareAndSet(false, true)) {
			// another thread (a partition) got there first: wait for the end with it
			while (true) {
				LockSupport.park();
			}
		}
		System.err.println(MARKER + this.step + ":" + this.when);
		System.err.flush();
		try {
			new ProcessBuilder("kill", "-KILL", Long.toString(ProcessHandle.current().pid())).inheritIO()
				.start()
				.waitFor();
		}
		catch (IOException ex) {
			// no kill command: halt below, which skips every shutdown hook just the same
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		Runtime.getRuntime().halt(137);
	}

}
