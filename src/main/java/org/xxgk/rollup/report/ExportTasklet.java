package org.xxgk.rollup.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.run.RunParameters;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.rollup.ScopeState;

/**
 * Writes figures.csv, findings.csv and submissions.csv of the run into its output folder. On a night when nothing
 * changed and the folder still holds the outputs of the same state ({@link OutputState}), writes nothing, and tells
 * the review step to write nothing either.
 */
public class ExportTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(ExportTasklet.class);

	private final CsvExporter exporter;

	private final JdbcTemplate jdbc;

	private final ChineseFont font;

	private final OfficeSettings office;

	public ExportTasklet(CsvExporter exporter, JdbcTemplate jdbc, ChineseFont font, OfficeSettings office) {
		this.exporter = exporter;
		this.jdbc = jdbc;
		this.font = font;
		this.office = office;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunParameters run = RunParameters.of(contribution.getStepExecution().getJobParameters());
		JobExecution job = contribution.getStepExecution().getJobExecution();
		String key = OutputState.key(this.jdbc, run, this.font, this.office);
		if (ScopeState.unchanged(job) && OutputManifest.isCurrent(run.output(), key)) {
			logger.info(run.output() + " 中的输出文件与不变的汇总数一致，不重新生成");
			job.getExecutionContext().put(OutputState.CURRENT_KEY, true);
			return RepeatStatus.FINISHED;
		}
		OutputManifest.delete(run.output());
		job.getExecutionContext().putString(OutputState.WRITTEN_KEY, key);
		List<String> regions = run.registry().rollupRegionsOf(run.scopeCode()).stream().map(Region::code).toList();
		String metricOrder = MetricCatalog.standard()
			.all()
			.stream()
			.map(Metric::code)
			.collect(Collectors.joining(","));
		Map<String, Object> parameters = Map.of("year", run.year(), "scope", run.scopeCode(), "regions", regions,
				"metrics", metricOrder);
		// figures.csv, millions of rows for a province, is streamed by COPY; the others are a few rows per unit
		this.exporter.copy("figures", Map.of("xxgk.year", String.valueOf(run.year()), "xxgk.scope", run.scopeCode(),
				"xxgk.regions", String.join(",", regions), "xxgk.metrics", metricOrder), run.output());
		for (String export : CsvExporter.EXPORTS) {
			if (!export.equals("figures")) {
				this.exporter.export(export, parameters, run.output());
			}
		}
		return RepeatStatus.FINISHED;
	}

}
