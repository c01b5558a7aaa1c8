package org.xxgk.rollup.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.xxgk.rollup.registry.RegionRegistry;
import org.xxgk.rollup.registry.UnitMatcher;

/**
 * What one consolidation run shares between its steps and partitions: its validated parameters, the registry it
 * consolidates with (a country's 43,000 regions), that registry's fingerprint and the matcher of the scope's units
 * (the largest thing a run holds). A job-scoped bean made once per job execution (the application wires it, see
 * {@link WorkerJobScope} for the ingest's partitions); all of it is immutable, so threads share it.
 */
public record ConsolidationRun(RunParameters parameters, RegionRegistry registry, String registryFingerprint,
		UnitMatcher unitMatcher) {

	public static ConsolidationRun of(RunParameters parameters) {
		RegionRegistry registry = registryOf(parameters.regionsFile());
		return new ConsolidationRun(parameters, registry, fingerprintOf(parameters.regionsFile()),
				new UnitMatcher(registry, parameters.scopeCode()));
	}

	public int year() {
		return this.parameters.year();
	}

	public String scopeCode() {
		return this.parameters.scopeCode();
	}

	public Path input() {
		return this.parameters.input();
	}

	public Path output() {
		return this.parameters.output();
	}

	public long runId() {
		return this.parameters.runId();
	}

	/** The registry in {@code regionsFile} (blank: the shipped one). */
	public static RegionRegistry registryOf(String regionsFile) {
		return regionsFile.isBlank() ? RegionRegistry.standard() : RegionRegistry.load(Path.of(regionsFile));
	}

	/** A fingerprint of the registry's content: a changed registry re-checks every file. */
	static String fingerprintOf(String regionsFile) {
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
