package org.xxgk.rollup.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.SourceFile;
import org.xxgk.rollup.model.SubmissionStatus;
import org.xxgk.rollup.registry.Region;

/**
 * A submitted file after the ingest looked at it: {@link Unchanged} (its content and checking inputs are those of the
 * last run: its stored result stands, it was not parsed again), {@link Rejected} (it could not be read, or not as a
 * report: no figures; its unit, if any, from its file or folder name) or {@link Parsed} (its report, the unit it was
 * matched to, its findings). The last two are this run's {@link NewResult}, which replaces what was stored for the
 * file.
 */
public sealed interface CheckedSubmission {

	SourceFile source();

	/**
	 * What the file's result depends on (content, checking inputs, corrections); null for a result of this run's own
	 * trouble ({@link #retried}), which the next run must not trust.
	 */
	String checkKey();

	static Unchanged unchanged(SourceFile source, String checkKey) {
		return new Unchanged(source, checkKey);
	}

	static Rejected rejected(SourceFile source, String checkKey, Instant arrivedAt, Finding finding) {
		return new Rejected(source, checkKey, arrivedAt, null, List.of(finding));
	}

	/**
	 * Rejected for a reason of this run rather than of the file's content (it could not be read now, the JVM ran out
	 * of memory): stored without a check key, so the next run reads the file again instead of trusting this result.
	 */
	static Rejected retried(SourceFile source, Instant arrivedAt, Finding finding) {
		return new Rejected(source, null, arrivedAt, null, List.of(finding));
	}

	/** The file's stored result stands; the run only notes that the file is still there. */
	record Unchanged(SourceFile source, String checkKey) implements CheckedSubmission {

	}

	/** This run's result for the file, stored in place of the last one. */
	sealed interface NewResult extends CheckedSubmission {

		/** When the content arrived (the file's modification time), null when the file could not be looked at. */
		Instant arrivedAt();

		/** The unit the file was matched to, null when none. */
		Region unit();

		List<Finding> findings();

		/** The same result with one finding more. */
		NewResult with(Finding finding);

		/** Accepted, accepted with warnings or rejected, from this file's own findings. */
		default SubmissionStatus fileStatus() {
			return SubmissionStatus.of(findings());
		}

		/** Not a result of the file's content: stored without a check key, so the next run reads it again. */
		default boolean retried() {
			return checkKey() == null;
		}

	}

	/** A file without a report: unreadable, too large, not a report; its findings say why. */
	record Rejected(SourceFile source, String checkKey, Instant arrivedAt, Region unit, List<Finding> findings)
			implements NewResult {

		@Override
		public Rejected with(Finding finding) {
			return new Rejected(this.source, this.checkKey, this.arrivedAt, this.unit, more(this.findings, finding));
		}

		/** The same result matched to {@code unit} (by the file's name or folder: there is no report to say). */
		public Rejected withUnit(Region unit) {
			return new Rejected(this.source, this.checkKey, this.arrivedAt, unit, this.findings);
		}

	}

	/** A file read into a report, matched to its unit (null when none) and validated. */
	record Parsed(SourceFile source, String checkKey, Instant arrivedAt, Report report, Region unit,
			List<Finding> findings) implements NewResult {

		@Override
		public Parsed with(Finding finding) {
			return new Parsed(this.source, this.checkKey, this.arrivedAt, this.report, this.unit,
					more(this.findings, finding));
		}

	}

	private static List<Finding> more(List<Finding> findings, Finding finding) {
		List<Finding> more = new ArrayList<>(findings);
		more.add(finding);
		return List.copyOf(more);
	}

}
