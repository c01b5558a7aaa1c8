package org.xxgk.rollup.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The process's one shutdown hook, in place of Spring Boot's and the embedded PostgreSQL's (both disabled): on
 * SIGTERM it asks the running job to stop, then holds the JVM until the main thread has let the job finish its chunk
 * and closed the application, database last. Parallel hooks would shut the database under the running job, leaving
 * it recorded as STARTED.
 */
final class SignalHook implements AutoCloseable {

	/** How long a SIGTERM waits for the job to stop after its current chunk. */
	static final long GRACE_SECONDS = 60;

	private final CountDownLatch closed = new CountDownLatch(1);

	private final Thread hook;

	private final Object lock = new Object();

	/** Guarded by {@link #lock}, with {@link #signalled}: the signal's action runs exactly once. */
	private Runnable onSignal = () -> {
	};

	private boolean signalled;

	private SignalHook() {
		this.hook = new Thread(() -> {
			Runnable action;
			synchronized (this.lock) {
				this.signalled = true;
				action = this.onSignal;
			}
			action.run();
			try {
				this.closed.await(GRACE_SECONDS, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, "xxgk-rollup-stop");
	}

	static SignalHook install() {
		SignalHook signalHook = new SignalHook();
		Runtime.getRuntime().addShutdownHook(signalHook.hook);
		return signalHook;
	}

	/**
	 * What to do first on SIGTERM (stop the running job). A signal that came before (while the application was
	 * starting) is acted on now: it would otherwise be lost, and the job run to its end.
	 */
	void onSignal(Runnable action) {
		boolean late;
		synchronized (this.lock) {
			this.onSignal = action;
			late = this.signalled;
		}
		if (late) {
			action.run();
		}
	}

	/** The application is closed: release a waiting hook, or remove it when no signal came. */
	@Override
	public void close() {
		this.closed.countDown();
		try {
			Runtime.getRuntime().removeShutdownHook(this.hook);
		}
		catch (IllegalStateException shuttingDown) {
			// the JVM is shutting down: the hook is running and has just been released
		}
	}

}
