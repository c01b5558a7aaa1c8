package org.xxgk.rollup.app;

/** The process exit codes schedulers act on (documented in the README). */
public final class ExitCodes {

	/** The job completed; some submissions may have been rejected, which is a normal outcome. */
	public static final int COMPLETED = 0;

	/** The job started but failed; a rerun with the same arguments starts a new run that redoes the work. */
	public static final int JOB_FAILED = 1;

	/** Bad command line: unknown option, missing or invalid value, unknown region, unreadable registry. */
	public static final int BAD_ARGUMENTS = 2;

	/** The database could not be reached or started, or the connection to it was lost during the run. */
	public static final int DATABASE_UNAVAILABLE = 3;

	/** The input folder cannot be read or the output folder cannot be written. */
	public static final int FOLDER_UNUSABLE = 4;

	/** Another run for the same region and year is in progress; this one did not start (try again later). */
	public static final int RUN_IN_PROGRESS = 5;

	/**
	 * Stopped by SIGTERM: the job stopped after its current chunk (or before its first step) and is recorded STOPPED.
	 * What the JVM exits with after a SIGTERM anyway (128 + 15), also returned by the command so the two agree.
	 */
	public static final int STOPPED = 143;

	private ExitCodes() {
	}

}
