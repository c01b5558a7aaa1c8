package org.xxgk.rollup.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import org.xxgk.rollup.model.SourceFile;

/**
 * Stores newly checked submissions with their figures and findings, replacing earlier results for the same file; for
 * a file unchanged since the last run it only notes that the file is still there (files not seen are withdrawn) and
 * its size and modification time as seen now.
 */
public class SubmissionWriter implements ItemWriter<CheckedSubmission> {

	private final SubmissionRepository repository;

	private final int year;

	private final String scopeCode;

	private final long runId;

	public SubmissionWriter(SubmissionRepository repository, int year, String scopeCode, long runId) {
		this.repository = repository;
		this.year = year;
		this.scopeCode = scopeCode;
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends CheckedSubmission> chunk) {
		List<SourceFile> unchanged = new ArrayList<>();
		List<CheckedSubmission> checked = new ArrayList<>();
		for (CheckedSubmission submission : chunk) {
			if (submission.unchanged()) {
				unchanged.add(submission.source());
			}
			else {
				checked.add(submission);
			}
		}
		this.repository.markSeen(this.year, this.scopeCode, this.runId, unchanged);
		this.repository.replace(this.year, this.scopeCode, this.runId, checked);
	}

}
