package org.xxgk.rollup.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's chromium run headless on a local file, with everything that would reach the network switched off and a
 * fresh profile each time. {@code .ci/run} installs it ({@code apt-get install -y chromium}).
 */
record HeadlessChromium(Path executable) {

	static final Path DEBIAN = Path.of("/usr/bin/chromium");

	/** What one run printed. */
	record Output(int exitCode, String stdout, String stderr) {

	}

	static boolean installed() {
		return Files.isExecutable(DEBIAN);
	}

	static boolean aptAvailable() {
		return Files.isExecutable(Path.of("/usr/bin/apt-get"));
	}

	Output run(Path workDirectory, String... arguments) throws IOException, InterruptedException {
		Path profile = Files.createTempDirectory(workDirectory, "chromium-profile");
		List<String> command = new ArrayList<>(List.of(this.executable.toString(), "--headless", "--no-sandbox",
				"--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
				"--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
		command.addAll(List.of(arguments));
		Path stdout = workDirectory.resolve("chromium.out");
		Path stderr = workDirectory.resolve("chromium.err");
		Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
			.redirectError(stderr.toFile())
			.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("chromium did not finish within 120 s: " + command);
		}
		return new Output(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
				Files.readString(stderr, StandardCharsets.UTF_8));
	}

}
