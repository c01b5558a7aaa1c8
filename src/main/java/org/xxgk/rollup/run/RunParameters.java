package org.xxgk.rollup.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import org.xxgk.rollup.registry.RegionRegistry;
import org.xxgk.rollup.registry.UnitMatcher;

/**
 * The identity and inputs of one consolidation run, as carried by the job parameters: the year, the region whose
 * units are consolidated (the scope), the folders, the registry file (empty: the shipped one) and a run id that makes
 * every nightly run its own job instance.
 */
public record RunParameters(int year, String scopeCode, Path input, Path output, String regionsFile, long runId) {

	public static RunParameters of(JobParameters parameters) {
		return new RunParameters(parameters.getLong("year").intValue(), parameters.getString("region"),
				Path.of(parameters.getString("input")), Path.of(parameters.getString("output")),
				parameters.getString("regions", ""), parameters.getLong("run.id"));
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

	/** The registry the run consolidates with: the user's file, or the shipped one. */
	public RegionRegistry registry() {
		return registryOf(this.regionsFile);
	}

	/**
	 * The registry in {@code regionsFile} (blank: the shipped one). The command line's check, every step and every
	 * partition of a run ask for it: a country's 43,000 regions are parsed once and held once, and read again only
	 * when the file's content changes (the registry is immutable, so the threads can share it).
	 */
	public static synchronized RegionRegistry registryOf(String regionsFile) {
		if (regionsFile.isBlank()) {
			return RegionRegistry.standard();
		}
		String fingerprint = fingerprintOf(regionsFile);
		if (lastLoaded == null || !lastLoaded.file().equals(regionsFile)
				|| !lastLoaded.fingerprint().equals(fingerprint)) {
			lastLoaded = new LoadedRegistry(regionsFile, fingerprint, RegionRegistry.load(Path.of(regionsFile)));
		}
		return lastLoaded.registry();
	}

	/**
	 * The matcher of the run's units, built once per registry and scope and shared by the ingest's partitions (it is
	 * immutable): its name index of a country's units is the largest thing a run holds.
	 */
	public UnitMatcher unitMatcher() {
		RegionRegistry registry = registry();
		synchronized (RunParameters.class) {
			if (lastMatcher == null || lastMatcher.registry() != registry
					|| !lastMatcher.scopeCode().equals(this.scopeCode)) {
				lastMatcher = new SharedMatcher(registry, this.scopeCode, new UnitMatcher(registry, this.scopeCode));
			}
			return lastMatcher.matcher();
		}
	}

	private record SharedMatcher(RegionRegistry registry, String scopeCode, UnitMatcher matcher) {

	}

	/** Guarded by the class's lock. */
	private static SharedMatcher lastMatcher;

	/** The user's registry file last read, with the fingerprint of the content it was read from. */
	private record LoadedRegistry(String file, String fingerprint, RegionRegistry registry) {

	}

	/** Guarded by the class's lock. */
	private static LoadedRegistry lastLoaded;

	/** A fingerprint of the registry's content: a changed registry re-checks every file. */
	public String registryFingerprint() {
		return fingerprintOf(this.regionsFile);
	}

	private static String fingerprintOf(String regionsFile) {
		try (InputStream in = regionsFile.isBlank() ? RegionRegistry.class.getResourceAsStream(RegionRegistry.SHIPPED)
				: Files.newInputStream(Path.of(regionsFile))) {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
