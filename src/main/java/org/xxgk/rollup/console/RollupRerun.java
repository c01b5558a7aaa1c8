package org.xxgk.rollup.console;

/**
 * 重新汇总 from the console: runs the consolidation of a run scope again as its last run was started (its input
 * folder, output folder and registry), under the run lock of the nightly job. Given by the application, which owns
 * the job.
 */
@FunctionalInterface
public interface RollupRerun {

	/** Runs it and says how it ended, in one Chinese sentence (also when another run holds the lock). */
	String rerun(int year, String scopeCode);

}
