package org.xxgk.rollup.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.xxgk.rollup.review.Corrections;

/**
 * The check key of a file's content in a run, and the quick check built on it; shared by the processor, which checks
 * a file at a time, and {@link QuickCheckTasklet}, which checks the whole folder's listing before the ingest.
 *
 * @param batch what every file of the run is checked against
 * @param corrections the county's corrections of the scope
 */
record CheckKeys(SubmissionProcessor.Batch batch, Corrections corrections) {

	/**
	 * What a file's result depends on: its content, the checking inputs and the county's corrections of it. Not its
	 * modification time: a file saved again unchanged keeps the arrival of its content (as its stored versions do),
	 * so copying the input folder does not make every report late.
	 */
	String of(String sha256) {
		String inputs = String.join("|", sha256, SubmissionProcessor.CHECK_VERSION, this.batch.inputsFingerprint(),
				String.valueOf(this.batch.year()), this.batch.scopeCode()) + this.corrections.fingerprint(sha256);
		return SubmissionProcessor.sha256(inputs.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The quick check: the file on disk has the size and modification time stored for it, and its stored result was
	 * computed with the check key its content has now. The file is then not read.
	 */
	boolean unchanged(StoredFile stored, long size, Instant modified) {
		return stored != null && stored.looksLike(size, modified) && of(stored.sha256()).equals(stored.checkKey());
	}

}
