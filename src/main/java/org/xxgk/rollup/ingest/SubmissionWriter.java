package org.xxgk.rollup.ingest;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.xxgk.rollup.model.SourceFile;
import org.xxgk.rollup.validate.Findings;

/**
 * Stores newly checked submissions with their figures and findings, replacing earlier results for the same file; for
 * a file unchanged since the last run it only notes that the file is still there (files not seen are withdrawn) and
 * its size and modification time as seen now.
 * <p>
 * One file never fails the chunk: the chunk is written in a savepoint, and when the database refuses it, each file
 * is written in a savepoint of its own; a file refused alone is stored as rejected with FILE-UNREADABLE (without its
 * figures and text) and no check key, so the next run tries it again. A lost connection still fails the step.
 */
public class SubmissionWriter implements ItemWriter<CheckedSubmission> {

	private static final Log logger = LogFactory.getLog(SubmissionWriter.class);

	private final SubmissionRepository repository;

	private final int year;

	private final String scopeCode;

	private final long runId;

	private final TransactionTemplate savepoint;

	public SubmissionWriter(SubmissionRepository repository, int year, String scopeCode, long runId,
			PlatformTransactionManager transactionManager) {
		this.repository = repository;
		this.year = year;
		this.scopeCode = scopeCode;
		this.runId = runId;
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@Override
	public void write(Chunk<? extends CheckedSubmission> chunk) {
		List<SourceFile> unchanged = new ArrayList<>();
		List<CheckedSubmission.NewResult> checked = new ArrayList<>();
		for (CheckedSubmission submission : chunk) {
			if (submission instanceof CheckedSubmission.NewResult result) {
				checked.add(result);
			}
			else {
				unchanged.add(submission.source());
			}
		}
		this.repository.markSeen(this.year, this.scopeCode, this.runId, unchanged);
		try {
			replace(checked);
		}
		catch (DataAccessException ex) {
			rethrowConnectionLoss(ex);
			for (CheckedSubmission.NewResult one : checked) {
				try {
					replace(List.of(one));
				}
				catch (DataAccessException refused) {
					rethrowConnectionLoss(refused);
					logger.error("Could not store " + one.source().path() + "; stored as FILE-UNREADABLE", refused);
					replace(List.of(CheckedSubmission.retried(one.source(), one.arrivedAt(),
							Findings.fileNotRead(one.source().path(), "汇总程序无法保存该文件的内容（含有无法识别的字符或数值）"))
						.withUnit(one.unit())));
				}
			}
		}
	}

	private void replace(List<? extends CheckedSubmission.NewResult> checked) {
		this.savepoint.executeWithoutResult(
				(status) -> this.repository.replace(this.year, this.scopeCode, this.runId, checked));
	}

	/** The database gone is not the file's fault: the step fails, and the command says so (exit 3). */
	private static void rethrowConnectionLoss(DataAccessException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessResourceException
					|| (cause instanceof SQLException sql && sql.getSQLState() != null
							&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))) {
				throw ex;
			}
		}
	}

}
