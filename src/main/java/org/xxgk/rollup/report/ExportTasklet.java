package org.xxgk.rollup.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.xxgk.rollup.app.ConsolidationRun;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.registry.Region;

/** Writes figures.csv, findings.csv and submissions.csv of the run into its output folder. */
public class ExportTasklet implements Tasklet {

	private final CsvExporter exporter;

	public ExportTasklet(CsvExporter exporter) {
		this.exporter = exporter;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ConsolidationRun run = ConsolidationRun.of(contribution.getStepExecution().getJobParameters());
		List<String> regions = run.registry().rollupRegionsOf(run.scopeCode()).stream().map(Region::code).toList();
		String metricOrder = MetricCatalog.standard()
			.all()
			.stream()
			.map(Metric::code)
			.collect(Collectors.joining(","));
		Map<String, Object> parameters = Map.of("year", run.year(), "scope", run.scopeCode(), "regions", regions,
				"metrics", metricOrder);
		for (String export : CsvExporter.EXPORTS) {
			this.exporter.export(export, parameters, run.output());
		}
		return RepeatStatus.FINISHED;
	}

}
