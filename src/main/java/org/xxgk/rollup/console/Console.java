package org.xxgk.rollup.console;

/** What the console is started with: the profile of its beans, and the run scope it shows. */
public final class Console {

	/** The Spring profile of the console's beans (security, controllers): active only under jobs/serve. */
	public static final String PROFILE = "serve";

	/** The property naming the region whose last run the console shows. */
	public static final String REGION_PROPERTY = "xxgk.console.region";

	private Console() {
	}

}
