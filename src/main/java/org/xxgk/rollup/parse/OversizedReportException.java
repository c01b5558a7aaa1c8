package org.xxgk.rollup.parse;

/**
 * Thrown when a compressed submission (.docx, .xlsx) expands past the size limit: a zip bomb, or a document stuffed
 * with pictures. It becomes FILE-TOO-LARGE rather than FILE-UNREADABLE.
 */
public class OversizedReportException extends UnreadableReportException {

	private final long expandedBytes;

	private final long limitBytes;

	public OversizedReportException(long expandedBytes, long limitBytes) {
		super("文件解压后超过 " + limitBytes + " 字节");
		this.expandedBytes = expandedBytes;
		this.limitBytes = limitBytes;
	}

	/** How far the expansion got before it was stopped (at least the limit). */
	public long expandedBytes() {
		return this.expandedBytes;
	}

	public long limitBytes() {
		return this.limitBytes;
	}

}
