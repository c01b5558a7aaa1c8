package org.xxgk.rollup.ingest;

import java.time.Instant;
import java.util.List;

import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.SourceFile;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.SubmissionStatus;

/**
 * A submitted file after parsing and checking: its report (null when the file could not be read), the unit it was
 * matched to (null when none), and its findings. {@code unchanged} marks a file whose content and checking inputs are
 * the same as at the last run, so its stored result stands and it was not parsed again.
 */
public record CheckedSubmission(SourceFile source, String checkKey, Instant arrivedAt, Report report, Region unit,
		List<Finding> findings, boolean unchanged) {

	public static CheckedSubmission unchanged(SourceFile source, String checkKey) {
		return new CheckedSubmission(source, checkKey, null, null, null, List.of(), true);
	}

	public static CheckedSubmission rejected(SourceFile source, String checkKey, Instant arrivedAt, Finding finding) {
		return new CheckedSubmission(source, checkKey, arrivedAt, null, null, List.of(finding), false);
	}

	/**
	 * Rejected for a reason of this run rather than of the file's content (it could not be read now, the JVM ran out
	 * of memory): stored without a check key, so the next run reads the file again instead of trusting this result.
	 */
	public static CheckedSubmission retried(SourceFile source, Instant arrivedAt, Finding finding) {
		return new CheckedSubmission(source, null, arrivedAt, null, null, List.of(finding), false);
	}

	/** The same result with one finding more. */
	public CheckedSubmission with(Finding finding) {
		List<Finding> more = new java.util.ArrayList<>(this.findings);
		more.add(finding);
		return new CheckedSubmission(this.source, this.checkKey, this.arrivedAt, this.report, this.unit, List.copyOf(more),
				this.unchanged);
	}

	/** The same result matched to {@code unit} (a file that yielded no report, matched by its name or folder). */
	public CheckedSubmission withUnit(Region unit) {
		return new CheckedSubmission(this.source, this.checkKey, this.arrivedAt, this.report, unit, this.findings,
				this.unchanged);
	}

	/** Not a result of the file's content: stored without a check key, so the next run reads it again. */
	public boolean retried() {
		return this.checkKey == null;
	}

	/** Accepted, accepted with warnings or rejected, from this file's own findings. */
	public SubmissionStatus fileStatus() {
		return SubmissionStatus.of(this.findings);
	}

}
