package org.xxgk.rollup.report;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.xxgk.rollup.run.ConsolidationRun;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.registry.Region;

/**
 * Writes figures.csv, findings.csv and submissions.csv of the run into its output folder. The job skips this step
 * when the folder's outputs are current ({@link OutputsDecider}).
 */
public class ExportTasklet implements Tasklet {

	private final CsvExporter exporter;

	private final Supplier<ConsolidationRun> run;

	public ExportTasklet(CsvExporter exporter, Supplier<ConsolidationRun> run) {
		this.exporter = exporter;
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ConsolidationRun run = this.run.get();
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
