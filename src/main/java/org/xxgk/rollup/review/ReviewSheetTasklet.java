package org.xxgk.rollup.review;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.review.ReviewSheets.Outcome;
import org.xxgk.rollup.review.ReviewSheets.SheetRow;
import org.xxgk.rollup.run.RunParameters;

/**
 * The run's step between the ingest and the checks across submissions: applies the filled review sheets of
 * {@code <input>/复核意见/} ({@link ReviewSheets}), so tonight's statuses and totals follow them, and stores each row's
 * outcome in {@code review_sheet_row} for the outputs (in the step's transaction, with the decisions). A new decision
 * changes the scope's review fingerprint, so even an otherwise quiet night checks and rolls up again.
 */
public class ReviewSheetTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(ReviewSheetTasklet.class);

	private final JdbcTemplate jdbc;

	private final ReviewSheets sheets;

	public ReviewSheetTasklet(JdbcTemplate jdbc, ReviewSheets sheets) {
		this.jdbc = jdbc;
		this.sheets = sheets;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunParameters run = RunParameters.of(contribution.getStepExecution().getJobParameters());
		long before = decisions(run);
		List<SheetRow> rows = this.sheets.apply(run.year(), run.scopeCode(), run.runId(), run.input());
		this.jdbc.update("delete from review_sheet_row where year = ? and scope_code = ?", run.year(), run.scopeCode());
		this.jdbc.batchUpdate("""
				insert into review_sheet_row (year, scope_code, sheet, row_number, unit_name, rule, metric, decision,
					reason, outcome, message, decision_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.stream()
			.map((row) -> new Object[] { run.year(), run.scopeCode(), row.sheet(), row.rowNumber(), row.unitName(),
					row.rule(), row.metric(), row.decision(), row.reason(), row.outcome().sql(), row.message(),
					row.decisionId() })
			.toList());
		if (!rows.isEmpty()) {
			long recorded = rows.stream().filter((row) -> row.outcome() == Outcome.RECORDED).count();
			long added = decisions(run) - before;
			String refused = String.join("；", rows.stream()
				.filter((row) -> row.outcome() == Outcome.REFUSED)
				.map((row) -> row.sheet() + ((row.rowNumber() > 0) ? " 第 " + row.rowNumber() + " 行" : "") + "："
						+ row.message())
				.toList());
			logger.info("复核意见表：已生效 " + recorded + " 行（本次新记录决定 " + added + " 条），未处理 "
					+ (rows.size() - recorded) + " 行" + (refused.isEmpty() ? "" : "：" + refused));
		}
		contribution.incrementWriteCount(rows.size());
		return RepeatStatus.FINISHED;
	}

	private long decisions(RunParameters run) {
		return this.jdbc.queryForObject("select count(*) from review_decision where year = ? and scope_code = ?",
				Long.class, run.year(), run.scopeCode());
	}

}
