package org.xxgk.rollup.check;

import java.nio.file.Path;
import java.util.List;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.SubmissionStatus;

/**
 * One file checked: the report read from it (null when it could not be read), the unit it was checked as, the year
 * it was checked for, and its findings.
 */
record CheckedFile(Path file, Report report, String unit, int year, List<Finding> findings) {

	SubmissionStatus status() {
		return SubmissionStatus.of(this.findings);
	}

	boolean passes() {
		return SubmissionStatus.COUNTED.contains(status());
	}

}
