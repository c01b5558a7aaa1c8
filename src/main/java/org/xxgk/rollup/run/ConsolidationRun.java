package org.xxgk.rollup.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.xxgk.rollup.registry.RegionRegistry;
import org.xxgk.rollup.registry.UnitMatcher;

/**
 * What one consolidation run shares between its steps and partitions: its validated parameters, the registry it
 * consolidates with (a country's 43,000 regions), that registry's fingerprint and the matcher of the scope's units
 * (the largest thing a run holds). A job-scoped bean made once per job execution (the application wires it, see
 * {@link WorkerJobScope} for the ingest's partitions); all of it is immutable, so threads share it. The matcher is
 * built when a file first needs a unit (a night whose files are all unchanged needs none: building it is more than
 * half of loading a country's registry).
 *
 * @param matcher the scope's unit matcher, built once on first use ({@link #unitMatcher()})
 */
public record ConsolidationRun(RunParameters parameters, RegionRegistry registry, String registryFingerprint,
		Supplier<UnitMatcher> matcher) {

	public static ConsolidationRun of(RunParameters parameters) {
		String fingerprint = fingerprintOf(parameters.regionsFile());
		Checked checked = CHECKED.getAndSet(null);
		RegionRegistry registry = (checked != null && checked.regionsFile().equals(fileKey(parameters.regionsFile()))
				&& checked.fingerprint().equals(fingerprint)) ? checked.registry() : registryOf(parameters.regionsFile());
		return new ConsolidationRun(parameters, registry, fingerprint,
				new Once<>(() -> new UnitMatcher(registry, parameters.scopeCode())));
	}

	/**
	 * The registry the command checked its region with, kept for the run it starts next in this process: a country's
	 * registry is read once, not twice (the run takes it when the file's content is still the same, and it is not
	 * kept beyond that).
	 */
	private static final AtomicReference<Checked> CHECKED = new AtomicReference<>();

	private record Checked(String regionsFile, String fingerprint, RegionRegistry registry) {

	}

	/**
	 * The registry in {@code regionsFile} as {@link #registryOf} reads it, for the command's check of its region; the
	 * run the command then starts uses this same registry when the file is unchanged.
	 */
	public static RegionRegistry registryToRun(String regionsFile) {
		String before = fingerprintOf(regionsFile);
		RegionRegistry registry = registryOf(regionsFile);
		// kept only when the file did not change while it was read
		CHECKED.set(before.equals(fingerprintOf(regionsFile)) ? new Checked(fileKey(regionsFile), before, registry)
				: null);
		return registry;
	}

	/** The registry file as both the command line (perhaps relative) and the run's parameters (absolute) name it. */
	private static String fileKey(String regionsFile) {
		return regionsFile.isBlank() ? "" : Path.of(regionsFile).toAbsolutePath().normalize().toString();
	}

	/** A checked registry no run took (the run did not start) is not kept until the next. */
	public static void forgetCheckedRegistry() {
		CHECKED.set(null);
	}

	/** The matcher of the scope's units, built by the first caller (the others wait for it). */
	public UnitMatcher unitMatcher() {
		return this.matcher.get();
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

	/** A value made by the first {@link #get()}, then shared: the partitions' threads may ask at the same time. */
	private static final class Once<T> implements Supplier<T> {

		private Supplier<T> make;

		private volatile T value;

		Once(Supplier<T> make) {
			this.make = make;
		}

		@Override
		public T get() {
			T made = this.value;
			if (made == null) {
				synchronized (this) {
					made = this.value;
					if (made == null) {
						made = this.make.get();
						this.value = made;
						this.make = null;
					}
				}
			}
			return made;
		}

	}

}
