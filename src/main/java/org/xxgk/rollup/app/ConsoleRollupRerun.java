package org.xxgk.rollup.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import org.xxgk.rollup.console.Console;
import org.xxgk.rollup.console.RollupRerun;
import org.xxgk.rollup.run.RunParameters;

/**
 * 重新汇总 for the console: the scope's last run started again with its own folders and registry, through
 * {@link ConsolidateCommand}, so it takes the same run lock as the nightly job (and says so when another run holds
 * it). One click is one run; the request waits for it.
 */
@Component
@Profile(Console.PROFILE)
class ConsoleRollupRerun implements RollupRerun {

	private final ConsolidateCommand command;

	private final JobRepository jobRepository;

	ConsoleRollupRerun(ConsolidateCommand command, JobRepository jobRepository) {
		this.command = command;
		this.jobRepository = jobRepository;
	}

	@Override
	public String rerun(int year, String scopeCode) {
		Optional<RunParameters> last = lastRun(year, scopeCode);
		if (last.isEmpty()) {
			return "找不到 " + year + " 年度这一地区上次汇总的参数，请在服务器上运行 jobs/consolidate。";
		}
		RunParameters run = last.get();
		List<String> args = new ArrayList<>(List.of("--year", String.valueOf(year), "--input", run.input().toString(),
				"--output", run.output().toString(), "--region", scopeCode));
		if (!run.regionsFile().isBlank()) {
			args.addAll(List.of("--regions", run.regionsFile()));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode;
		try {
			ConsolidateOptions options = ConsolidateOptions.parse(args.toArray(String[]::new));
			exitCode = this.command.run(options, options.checkRunnable(), print(out), print(err));
		}
		catch (UsageException ex) {
			return "无法重新汇总：" + ex.getMessage();
		}
		catch (Exception ex) {
			return "重新汇总失败：" + XxgkRollupApplication.rootMessage(ex);
		}
		if (exitCode == ExitCodes.RUN_IN_PROGRESS) {
			return "另一次汇总正在进行（例如夜间的定时汇总），本次没有启动；请等它结束后再点“重新汇总”。";
		}
		if (exitCode != ExitCodes.COMPLETED) {
			return "重新汇总没有完成：" + err.toString(StandardCharsets.UTF_8).strip().replace("xxgk-rollup: ", "");
		}
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().map(String::strip).toList();
		return "重新汇总完成。" + String.join(" ", lines.stream().skip(1).filter((line) -> line.startsWith("收到文件")
				|| line.contains("合计")).toList());
	}

	/** The parameters of the scope's latest run of the year, from the job repository. */
	private Optional<RunParameters> lastRun(int year, String scopeCode) {
		for (JobInstance instance : this.jobRepository.getJobInstances(ConsolidateJobConfiguration.JOB_NAME, 0, 200)) {
			JobExecution execution = this.jobRepository.getLastJobExecution(instance);
			if (execution == null) {
				continue;
			}
			var parameters = execution.getJobParameters();
			if (scopeCode.equals(parameters.getString("region")) && Long.valueOf(year).equals(parameters.getLong("year"))) {
				return Optional.of(RunParameters.of(parameters));
			}
		}
		return Optional.empty();
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

}
