package org.xxgk.rollup.app;

/** The command line cannot be run as given; the message is the one line shown on stderr. */
public class UsageException extends Exception {

	private final int exitCode;

	public UsageException(int exitCode, String message) {
		super(message);
		this.exitCode = exitCode;
	}

	public int exitCode() {
		return this.exitCode;
	}

}
