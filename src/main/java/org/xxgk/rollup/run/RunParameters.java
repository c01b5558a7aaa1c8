package org.xxgk.rollup.run;

import java.nio.file.Path;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The identity and inputs of one consolidation run, as carried by the job parameters: the year, the region whose
 * units are consolidated (the scope), the folders, the registry file (empty: the shipped one) and a run id that makes
 * every nightly run its own job instance. {@link RunParametersValidator} checks them once, when the job starts.
 */
public record RunParameters(int year, String scopeCode, Path input, Path output, String regionsFile, long runId) {

	/** Years a report can be about: the regulation's annual reports began with 2008. */
	static final int FIRST_YEAR = 2008;

	static final int LAST_YEAR = 2100;

	public RunParameters {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new IllegalArgumentException("year " + year + " is outside " + FIRST_YEAR + "–" + LAST_YEAR);
		}
		if (scopeCode == null || scopeCode.isBlank()) {
			throw new IllegalArgumentException("no region");
		}
	}

	/** The parameters of a job execution; a missing one is named in the exception. */
	public static RunParameters of(JobParameters parameters) {
		return new RunParameters(Math.toIntExact(required(parameters, "year", parameters.getLong("year"))),
				required(parameters, "region", parameters.getString("region")),
				Path.of(required(parameters, "input", parameters.getString("input"))),
				Path.of(required(parameters, "output", parameters.getString("output"))),
				parameters.getString("regions", ""), required(parameters, "run.id", parameters.getLong("run.id")));
	}

	private static <T> T required(JobParameters parameters, String name, T value) {
		if (value == null) {
			throw new IllegalArgumentException("job parameter '" + name + "' is missing: " + parameters);
		}
		return value;
	}

	public JobParameters toJobParameters() {
		return new JobParametersBuilder().addLong("year", (long) this.year)
			.addString("region", this.scopeCode)
			.addString("input", this.input.toString())
			.addString("output", this.output.toString(), false)
			.addString("regions", this.regionsFile)
			.addLong("run.id", this.runId)
			.toJobParameters();
	}

}
