package org.xxgk.rollup.parse;

/**
 * Thrown when a file cannot be read as a report at all (corrupt, unknown encoding, not a report). The message is
 * Chinese and says why; it becomes the FILE-UNREADABLE finding shown to the township.
 */
public class UnreadableReportException extends Exception {

	public UnreadableReportException(String chineseReason) {
		super(chineseReason);
	}

	public UnreadableReportException(String chineseReason, Throwable cause) {
		super(chineseReason, cause);
	}

}
