package org.xxgk.rollup.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import org.xxgk.rollup.run.RunParameters;

import static org.assertj.core.api.Assertions.assertThat;

class IngestProgressTests {

	@Test
	void theLineTellsFilesDoneOfTheTotalTheRateAndTheTimeLeft(@TempDir Path input) throws Exception {
		for (int i = 0; i < 40; i++) {
			Files.writeString(input.resolve("report" + i + ".txt"), "x");
		}
		Files.writeString(input.resolve(".DS_Store"), "not a submission");
		RunParameters run = new RunParameters(2021, "440882", input, input.resolve("out"), "", 1L);
		IngestProgress progress = new IngestProgress();
		progress.beforeStep(new StepExecution(1L, "ingest",
				new JobExecution(1L, new JobInstance(1L, "consolidate"), run.toJobParameters())));
		// after beforeStep, which lists the folder: on a loaded machine that listing took long enough to skew the rate
		long started = System.nanoTime();
		for (int i = 0; i < 5; i++) {
			progress.writes().afterWrite(new Chunk<>(List.of(CheckedSubmission.unchanged(null, "a"),
					CheckedSubmission.unchanged(null, "b"))));
		}
		// 10 of the 40 submissions (the hidden file is none) in 2 seconds: 5 a second, the 30 left take 6 seconds
		assertThat(progress.line(started + 2_000_000_000L)).isEqualTo("读取报告 10/40（25%），每秒 5.0 个，预计还需 6 秒");
	}

}
