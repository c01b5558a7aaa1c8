package org.xxgk.rollup.app;

import java.io.PrintStream;
import java.net.ConnectException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.stereotype.Component;

import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.report.CsvExporter;
import org.xxgk.rollup.report.OutputWriteException;
import org.xxgk.rollup.report.ReviewOutputs;
import org.xxgk.rollup.rollup.CompletenessTasklet;
import org.xxgk.rollup.rollup.ScopeState;
import org.xxgk.rollup.review.ReviewDesk;
import org.xxgk.rollup.review.ReviewSheet;
import org.xxgk.rollup.run.RunParameters;

/**
 * Runs one consolidation and tells the operator how it ended: the exit code, and a closing summary on stdout
 * (received, accepted, rejected, missing, withdrawn, the county's new applications, where the outputs are). Only one
 * run per region and year goes at a time ({@link RunLock}); a run a killed process left behind is marked failed first.
 */
@Component
public class ConsolidateCommand {

	private static final Log logger = LogFactory.getLog(ConsolidateCommand.class);

	/** PostgreSQL's SQLSTATE disk_full: the server could not extend a table or index. */
	private static final String DISK_FULL = "53100";

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job consolidateJob;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	/** The run id of the job this process is running, for a stop request from the shutdown hook. */
	private volatile Long runningRunId;

	private final StopRequest stopRequest;

	public ConsolidateCommand(JobOperator jobOperator, JobRepository jobRepository, Job consolidateJob,
			DataSource dataSource, StopRequest stopRequest) {
		this.stopRequest = stopRequest;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.consolidateJob = consolidateJob;
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** Runs the consolidation of {@code scope}, the region the options name (checked by the options). */
	public int run(ConsolidateOptions options, Region scope, PrintStream out, PrintStream err) throws Exception {
		RunParameters run = options.toRun(System.currentTimeMillis());
		String regionName = scope.name();
		Optional<RunLock> lock = RunLock.tryAcquire(this.dataSource, run.scopeCode(), run.year());
		if (lock.isEmpty()) {
			err.println("xxgk-rollup: " + regionName + " " + run.year() + "年度的汇总正在由另一次运行进行，本次未启动；等它结束后再运行同一命令即可");
			return ExitCodes.RUN_IN_PROGRESS;
		}
		try (RunLock held = lock.get()) {
			recoverInterruptedRuns(run);
			return consolidate(run, regionName, out, err);
		}
	}

	/**
	 * Asks the running job to stop after the chunk in progress (on SIGTERM), so Spring Batch records it as STOPPED
	 * rather than leaving it STARTED; a job not started yet, or not yet stored, stops before its first step
	 * ({@link StopRequest}).
	 */
	public void stopRunning() {
		this.stopRequest.request();
		Long runId = this.runningRunId;
		if (runId == null) {
			return;
		}
		for (JobExecution execution : this.jobRepository.findRunningJobExecutions(ConsolidateJobConfiguration.JOB_NAME)) {
			if (runId.equals(execution.getJobParameters().getLong("run.id"))) {
				try {
					markStopping(execution);
					logger.warn("收到停止信号：汇总作业（作业执行号 " + execution.getId() + "）将在当前这批文件处理完后停止");
				}
				catch (Exception ex) {
					logger.warn("无法停止作业执行 " + execution.getId() + "：" + ex.getMessage());
				}
			}
		}
	}

	/**
	 * What {@link JobOperator#stop} does to the job execution, and no more: it also writes each running step's
	 * execution as STOPPED from this thread, and a step finishing on its own thread at that moment (the export,
	 * beside the review in the split flow) then saves with a stale version, fails with an optimistic locking error
	 * and leaves the job UNKNOWN. The steps read the job's STOPPING at their next save and stop there themselves.
	 */
	private void markStopping(JobExecution execution) {
		BatchStatus status = execution.getStatus();
		if (status != BatchStatus.STARTED && status != BatchStatus.STARTING) {
			return;
		}
		execution.setStatus(BatchStatus.STOPPING);
		execution.setExitStatus(ExitStatus.STOPPED);
		execution.setEndTime(LocalDateTime.now());
		this.jobRepository.update(execution);
	}

	/**
	 * Holding the lock, any execution of this region and year still marked running belongs to a process that died
	 * (SIGKILL, power cut): mark it failed so the history tells the truth. Its stored submissions stay; this run
	 * reuses the ones whose files are unchanged.
	 */
	private void recoverInterruptedRuns(RunParameters run) {
		for (JobExecution execution : this.jobRepository.findRunningJobExecutions(ConsolidateJobConfiguration.JOB_NAME)) {
			JobParameters parameters = execution.getJobParameters();
			if (run.scopeCode().equals(parameters.getString("region"))
					&& Long.valueOf(run.year()).equals(parameters.getLong("year"))) {
				this.jobOperator.recover(execution);
				logger.warn("上次运行（作业执行号 " + execution.getId() + "，开始于 " + execution.getStartTime()
						+ "）没有正常结束，已标记为失败；本次运行重做未完成的部分");
			}
		}
	}

	private int consolidate(RunParameters run, String regionName, PrintStream out, PrintStream err)
			throws Exception {
		Instant startedAt = Instant.now();
		JobExecution execution;
		this.runningRunId = run.runId();
		try {
			execution = this.jobOperator.start(this.consolidateJob, run.toJobParameters());
		}
		catch (Exception ex) {
			if (isConnectionLoss(ex)) {
				return databaseLost(ex, err);
			}
			throw ex;
		}
		finally {
			this.runningRunId = null;
		}
		if (execution.getStatus() == BatchStatus.STOPPED) {
			err.println("xxgk-rollup: 汇总作业已按停止信号停止（作业执行号 " + execution.getId() + "）；已保存的结果都是完整的，再次运行同一命令即可接着完成");
			return ExitCodes.STOPPED;
		}
		if (this.stopRequest.requested() && execution.getStatus() != BatchStatus.COMPLETED) {
			// a step that cannot stop halfway (the export, the review) ran on in the JVM's shutdown and failed there
			err.println("xxgk-rollup: 汇总作业已按停止信号停止（作业执行号 " + execution.getId() + "，停止时正在写输出文件，记录为 "
					+ execution.getStatus() + "）；输出文件没有写出半截，再次运行同一命令即可全部重写");
			return ExitCodes.STOPPED;
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			List<Throwable> failures = execution.getAllFailureExceptions();
			Optional<OutputWriteException> unwritable = causeOf(failures, OutputWriteException.class);
			if (unwritable.isPresent()) {
				OutputWriteException failure = unwritable.get();
				err.println("xxgk-rollup: 无法写入输出文件 " + failure.file() + "："
						+ (failure.diskFull() ? "磁盘已满（" + failure.reason() + "）" : failure.reason())
						+ "；该文件没有写出半截，数据库中的结果已保存，腾出空间或改正权限后再次运行同一命令即可");
				return ExitCodes.FOLDER_UNUSABLE;
			}
			Optional<SQLException> databaseDiskFull = causeOf(failures, SQLException.class)
				.filter((sql) -> DISK_FULL.equals(sql.getSQLState()));
			if (databaseDiskFull.isPresent()) {
				err.println("xxgk-rollup: 数据库所在的磁盘已满（" + databaseDiskFull.get().getMessage()
						+ "）；已保存的汇总数保持上次的结果，腾出空间后再次运行同一命令即可");
				return ExitCodes.FOLDER_UNUSABLE;
			}
			Optional<Throwable> connectionLoss = failures.stream().filter(ConsolidateCommand::isConnectionLoss).findFirst();
			if (connectionLoss.isPresent()) {
				return databaseLost(connectionLoss.get(), err);
			}
			Throwable failure = failures.isEmpty() ? null : failures.get(0);
			err.println("xxgk-rollup: 汇总作业未完成（" + execution.getStatus() + "，作业执行号 " + execution.getId() + "）："
					+ describe(execution, failure));
			return ExitCodes.JOB_FAILED;
		}
		Integer parsed = this.jdbc.queryForObject(
				"select count(*) from submission where year = ? and scope_code = ? and source_file is not null and checked_at >= ?",
				Integer.class, run.year(), run.scopeCode(), Timestamp.from(startedAt));
		List<String> withdrawn = CompletenessTasklet.withdrawnFiles(execution);
		RunSummary summary = RunSummary.of(this.jdbc, run, (parsed != null) ? parsed : 0, withdrawn.size());
		boolean reviewed = ReviewDesk.changedSinceLastRun(this.jdbc, run.year(), run.scopeCode());
		summary.store(this.jdbc, run, startedAt);
		print(summary, withdrawn, ScopeState.unchanged(execution), reviewed, run, regionName, out);
		printSheetRows(run, out);
		return ExitCodes.COMPLETED;
	}

	/** What the run did with the filled review sheets, every row it could not apply named with the reason. */
	private void printSheetRows(RunParameters run, PrintStream out) {
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				select sheet, row_number, outcome, message from review_sheet_row
				where year = ? and scope_code = ? order by sheet collate "C", row_number""", run.year(), run.scopeCode());
		if (rows.isEmpty()) {
			return;
		}
		List<Map<String, Object>> refused = rows.stream().filter((row) -> "refused".equals(row.get("outcome"))).toList();
		out.println("  复核意见表（" + ReviewSheet.FOLDER + "/）：已生效 " + (rows.size() - refused.size()) + " 行，未处理 "
				+ refused.size() + " 行" + (refused.isEmpty() ? "" : "（见 " + ReviewSheet.RESULT_FILE + "）："));
		for (Map<String, Object> row : refused) {
			int number = ((Number) row.get("row_number")).intValue();
			out.println("    " + row.get("sheet") + ((number > 0) ? " 第 " + number + " 行" : "") + "：" + row.get("message"));
		}
	}

	/** The first failure, or cause of one, of that type. */
	private static <T extends Throwable> Optional<T> causeOf(List<Throwable> failures, Class<T> type) {
		for (Throwable failure : failures) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (type.isInstance(cause)) {
					return Optional.of(type.cast(cause));
				}
			}
		}
		return Optional.empty();
	}

	private static int databaseLost(Throwable failure, PrintStream err) {
		err.println("xxgk-rollup: 运行中与数据库的连接中断（" + XxgkRollupApplication.rootMessage(failure)
				+ "）；已保存的汇总数保持上次的结果，数据库恢复后再次运行同一命令即可");
		return ExitCodes.DATABASE_UNAVAILABLE;
	}

	/**
	 * Whether the failure is the database going away (connection refused, closed, or terminated by the server), as
	 * the driver reports it or as Spring translates it (a failed commit or rollback is a lost connection on JDBC).
	 */
	static boolean isConnectionLoss(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof SQLTransientConnectionException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransactionSystemException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
		}
		return false;
	}

	private static void print(RunSummary summary, List<String> withdrawn, boolean totalsUnchanged, boolean reviewed,
			RunParameters run, String regionName, PrintStream out) {
		out.println(regionName + " " + run.year() + "年度 汇总完成（运行号 " + run.runId() + "）");
		if (summary.parsed() == 0 && withdrawn.isEmpty()) {
			// after an interrupted run the files are all stored but its totals were never rolled up
			out.println("  无新增或修改的报告" + (totalsUnchanged ? "：汇总数与上次相同"
					: reviewed ? "；有新的复核决定或更正，本次已重新汇总" : "；上次运行没有完成汇总，本次已重新汇总"));
		}
		out.println("  收到文件 " + summary.received() + " 个（本次解析 " + summary.parsed() + " 个，其余未变）：通过 "
				+ summary.accepted() + "，通过但有警告 " + summary.acceptedWithWarnings() + "，退回修改 " + summary.rejected()
				+ ((summary.pending() > 0) ? "，待重新读取 " + summary.pending() : "")
				+ ((summary.identicalCopies() > 0) ? "，重复副本（只计一份） " + summary.identicalCopies() : "")
				+ "；没有有效报告的单位 " + summary.missing() + " 个");
		if (!withdrawn.isEmpty()) {
			out.println("  已撤回（文件夹中不再有）的报告 " + withdrawn.size() + " 个，不再计入汇总：" + String.join("，", withdrawn));
		}
		out.println("  " + regionName + "本年新收政府信息公开申请合计："
				+ ((summary.newApplications() != null) ? CsvExporter.plainDecimal(summary.newApplications()) : "（无）"));
		out.println("  输出文件夹：" + run.output());
		for (String export : CsvExporter.EXPORTS) {
			out.println("    " + Path.of(export + ".csv"));
		}
		ReviewOutputs.FILES.forEach((file) -> out.println("    " + file));
	}

	private static String describe(JobExecution execution, Throwable failure) {
		if (failure == null) {
			return execution.getExitStatus().getExitDescription();
		}
		String step = execution.getStepExecutions()
			.stream()
			.filter((stepExecution) -> !stepExecution.getFailureExceptions().isEmpty())
			.map((stepExecution) -> "步骤 " + stepExecution.getStepName() + "：")
			.findFirst()
			.orElse("");
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return step + root;
	}

}
