package org.xxgk.rollup.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.xxgk.rollup.registry.RegionRegistry;
import org.xxgk.rollup.report.CsvExporter;
import org.xxgk.rollup.report.ReviewOutputs;

/**
 * Runs one consolidation and tells the operator how it ended: the exit code, and a closing summary on stdout
 * (received, accepted, rejected, missing, the county's new applications, where the outputs are).
 */
@Component
public class ConsolidateCommand {

	private final JobOperator jobOperator;

	private final Job consolidateJob;

	private final JdbcTemplate jdbc;

	public ConsolidateCommand(JobOperator jobOperator, Job consolidateJob, DataSource dataSource) {
		this.jobOperator = jobOperator;
		this.consolidateJob = consolidateJob;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	public int run(ConsolidateOptions options, RegionRegistry registry, PrintStream out, PrintStream err)
			throws Exception {
		ConsolidationRun run = options.toRun(System.currentTimeMillis());
		Instant startedAt = Instant.now();
		JobExecution execution = this.jobOperator.start(this.consolidateJob, run.toJobParameters());
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			err.println("xxgk-rollup: 汇总作业未完成（" + execution.getStatus() + "，作业执行号 " + execution.getId() + "）："
					+ failureOf(execution));
			return ExitCodes.JOB_FAILED;
		}
		Integer parsed = this.jdbc.queryForObject(
				"select count(*) from submission where year = ? and scope_code = ? and source_file is not null and checked_at >= ?",
				Integer.class, run.year(), run.scopeCode(), Timestamp.from(startedAt));
		RunSummary summary = RunSummary.of(this.jdbc, run, (parsed != null) ? parsed : 0);
		summary.store(this.jdbc, run, startedAt);
		print(summary, run, registry, out);
		return ExitCodes.COMPLETED;
	}

	private static void print(RunSummary summary, ConsolidationRun run, RegionRegistry registry, PrintStream out) {
		String regionName = registry.get(run.scopeCode()).name();
		out.println(regionName + " " + run.year() + "年度 汇总完成（运行号 " + run.runId() + "）");
		out.println("  收到文件 " + summary.received() + " 个（本次解析 " + summary.parsed() + " 个，其余未变）：通过 "
				+ summary.accepted() + "，通过但有警告 " + summary.acceptedWithWarnings() + "，退回修改 " + summary.rejected()
				+ "；没有有效报告的单位 " + summary.missing() + " 个");
		out.println("  " + regionName + "本年新收政府信息公开申请合计："
				+ ((summary.newApplications() != null) ? CsvExporter.plainDecimal(summary.newApplications()) : "（无）"));
		out.println("  输出文件夹：" + run.output());
		for (String export : CsvExporter.EXPORTS) {
			out.println("    " + Path.of(export + ".csv"));
		}
		ReviewOutputs.FILES.forEach((file) -> out.println("    " + file));
	}

	private static String failureOf(JobExecution execution) {
		for (StepExecution step : execution.getStepExecutions()) {
			if (!step.getFailureExceptions().isEmpty()) {
				Throwable failure = step.getFailureExceptions().get(0);
				while (failure.getCause() != null) {
					failure = failure.getCause();
				}
				return "步骤 " + step.getStepName() + "：" + failure;
			}
		}
		return execution.getExitStatus().getExitDescription();
	}

}
