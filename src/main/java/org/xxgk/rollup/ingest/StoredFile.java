package org.xxgk.rollup.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the last run stored about a file: its content's fingerprint, its size and modification time as seen then, and
 * the check key its result was computed with.
 */
public record StoredFile(String sha256, long size, Instant modified, String checkKey) {

	/**
	 * Whether the file on disk still looks the same: same size and modification time. The content is then assumed
	 * unchanged without reading it, as rsync and make assume; a tool that rewrites a file keeping both would go
	 * unnoticed (until the file changes again, or CHECK_VERSION or the registry does).
	 */
	public boolean looksLike(long size, Instant modified) {
		return this.modified != null && this.size == size && this.modified.equals(asStored(modified));
	}

	/** A modification time as the database keeps it: to the microsecond, cut rather than rounded by the driver. */
	public static Instant asStored(Instant modified) {
		return modified.truncatedTo(ChronoUnit.MICROS);
	}

}
