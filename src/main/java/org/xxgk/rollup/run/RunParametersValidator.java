package org.xxgk.rollup.run;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * The consolidation job's parameters are checked once, when a job execution starts: they must make a
 * {@link RunParameters}. The command line has already refused what a user can get wrong (with exit 2); this stops a
 * job started some other way with parameters the steps could not use.
 */
public final class RunParametersValidator implements JobParametersValidator {

	@Override
	public void validate(JobParameters parameters) throws InvalidJobParametersException {
		try {
			RunParameters.of(parameters);
		}
		catch (RuntimeException ex) {
			throw new InvalidJobParametersException("invalid consolidation parameters: " + ex.getMessage());
		}
	}

}
