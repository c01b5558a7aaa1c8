package org.xxgk.rollup.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.locks.LockSupport;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Test-only: sends its own JVM SIGTERM at a named point and goes on only once the process's shutdown hook has acted
 * on the signal and holds the JVM for the job ({@link SignalHook}): a condition, no timing. A child JVM gets it with
 * {@code -Dspring.main.sources=org.xxgk.rollup.app.SignalAt} and the point with {@code -Dxxgk.test.signal-at=startup}
 * (while the application starts, before any job exists) or {@code =<step>} (as the step begins). Not annotated, so
 * the application's component scan never picks it up.
 */
public class SignalAt implements BeanPostProcessor {

	static final String PROPERTY = "xxgk.test.signal-at";

	/** The line the child prints once the signal has been taken. */
	static final String MARKER = "xxgk-test: SIGTERM at ";

	private final String point = System.getProperty(PROPERTY, "startup");

	public SignalAt() {
		if (this.point.equals("startup")) {
			signal();
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractStep step && step.getName().equals(this.point)) {
			step.registerStepExecutionListener(new StepExecutionListener() {

				@Override
				public void beforeStep(StepExecution stepExecution) {
					signal();
				}

			});
		}
		return bean;
	}

	private void signal() {
		try {
			new ProcessBuilder("kill", "-TERM", Long.toString(ProcessHandle.current().pid())).inheritIO()
				.start()
				.waitFor();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		while (!hookWaiting()) {
			LockSupport.parkNanos(1_000_000);
		}
		System.err.println(MARKER + this.point);
	}

	/** The shutdown hook has run its action and holds the JVM for the job. */
	private static boolean hookWaiting() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.anyMatch((thread) -> thread.getName().equals("xxgk-rollup-stop")
					&& thread.getState() == Thread.State.TIMED_WAITING);
	}

}
