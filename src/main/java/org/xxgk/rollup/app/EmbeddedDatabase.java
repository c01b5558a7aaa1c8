package org.xxgk.rollup.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.FileSystemUtils;

/**
 * The PostgreSQL the application starts itself when no server is configured, on a data folder kept between runs
 * ({@code <data-dir>/postgres}), made safe for a job that may be killed at any moment:
 * <ul>
 * <li>one process at a time per data folder: a lock on {@code <data-dir>/postgres.lock}, held for the process's life
 * and released by the kernel when it dies; a second process is refused ({@link InUse}, exit 5);</li>
 * <li>a server left running by a killed process (the postmaster is a daemon and outlives its JVM) is stopped before
 * this one starts: holding the lock, any live postmaster of this folder can only be such an orphan;</li>
 * <li>durable: {@code fsync} and {@code synchronous_commit} on (zonky's defaults turn both off, for tests);</li>
 * <li>a new folder is made beside its place and renamed into it, so a kill during the first initdb leaves nothing
 * half-made;</li>
 * <li>the server's own log appended to {@code <data-dir>/postgres.log}, so a failed start can say why.</li>
 * </ul>
 */
final class EmbeddedDatabase implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedDatabase.class);

	/** Crash recovery after a kill replays the WAL since the last checkpoint: give it time. */
	private static final Duration STARTUP_WAIT = Duration.ofMinutes(2);

	/** How long an orphaned server gets to shut down (fast: its client is dead, nothing to wait for). */
	private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);

	private final Path dataFolder;

	private final FileChannel lockChannel;

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabase(Path dataFolder, FileChannel lockChannel, EmbeddedPostgres postgres) {
		this.dataFolder = dataFolder;
		this.lockChannel = lockChannel;
		this.postgres = postgres;
	}

	/** Starts the server on {@code dataFolder} (created, with {@code initdb}, when new). */
	static EmbeddedDatabase start(Path dataFolder) {
		Path folder = dataFolder.toAbsolutePath().normalize();
		Path parent = folder.getParent();
		try {
			Files.createDirectories(parent);
		}
		catch (IOException ex) {
			throw new Unusable(parent, ex);
		}
		FileChannel lockChannel = lock(parent.resolve(folder.getFileName() + ".lock"), parent);
		try {
			stopOrphan(folder);
			Path log = parent.resolve(folder.getFileName() + ".log");
			long logStart = Files.exists(log) ? Files.size(log) : 0;
			try {
				if (!Files.exists(folder.resolve("postgresql.conf"))) {
					create(folder, log);
				}
				return new EmbeddedDatabase(folder, lockChannel, server(folder, log).start());
			}
			catch (IOException | RuntimeException ex) {
				throw new StartFailed(folder, log, lastLogLine(log, logStart), ex);
			}
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(lockChannel);
			if (ex instanceof IOException io) {
				throw new Unusable(parent, io);
			}
			throw (RuntimeException) ex;
		}
	}

	private static EmbeddedPostgres.Builder server(Path folder, Path log) {
		return EmbeddedPostgres.builder()
			.setDataDirectory(folder)
			.setCleanDataDirectory(false)
			// stopped when the application closes, after the job (SignalHook), not by a parallel hook
			.setRegisterShutdownHook(false)
			// zonky passes -F (fsync off) and synchronous_commit=off; later settings win on the command line
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setPGStartupWait(STARTUP_WAIT)
			.setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
	}

	/**
	 * A new data folder: initdb'd (and started once and stopped) in {@code <folder>.new}, then renamed into place, so a
	 * run killed during the first initdb leaves no half-made folder that no server could start on; the next run
	 * begins again.
	 */
	private static void create(Path folder, Path log) throws IOException {
		Path creating = folder.resolveSibling(folder.getFileName() + ".new");
		if (Files.exists(creating)) {
			FileSystemUtils.deleteRecursively(creating);
		}
		if (Files.isDirectory(folder)) {
			try (var files = Files.list(folder)) {
				if (files.findAny().isPresent()) {
					// not a cluster, yet not empty: the start's initdb refuses it, and the line says so
					return;
				}
			}
			Files.delete(folder);
		}
		server(creating, log).start().close();
		Files.move(creating, folder, StandardCopyOption.ATOMIC_MOVE);
	}

	String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	/** The data folder the server runs on. */
	Path dataFolder() {
		return this.dataFolder;
	}

	/**
	 * Stops the server, and releases the folder only once its postmaster is gone: zonky's stop gives up after 5
	 * seconds, and the shutdown checkpoint of a busy night (fsync on) can take longer.
	 */
	@Override
	public void close() throws IOException {
		Optional<ProcessHandle> postmaster = pidOf(this.dataFolder.resolve("postmaster.pid")).flatMap(ProcessHandle::of);
		try {
			this.postgres.close();
			postmaster.ifPresent((process) -> awaitExit(process, ORPHAN_STOP_WAIT));
		}
		finally {
			this.lockChannel.close();
		}
	}

	/** The data folder's lock, held until the channel is closed (or the process dies). */
	private static FileChannel lock(Path lockFile, Path parent) {
		FileChannel channel;
		try {
			channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		}
		catch (IOException ex) {
			throw new Unusable(parent, ex);
		}
		try {
			FileLock lock = channel.tryLock();
			if (lock != null) {
				return channel;
			}
		}
		catch (OverlappingFileLockException ex) {
			// held by this same JVM (an embedded database already running in this process)
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new Unusable(parent, ex);
		}
		closeQuietly(channel);
		throw new InUse(parent);
	}

	/**
	 * Stops the postmaster a killed process left running on this folder. Called holding the folder's lock, so a live
	 * postmaster of this folder has no live owner. A pid file naming a process that is not a postgres of this folder
	 * (its pid reused after a reboot) is removed, as the server would refuse to start over it.
	 */
	private static void stopOrphan(Path folder) throws IOException {
		Path pidFile = folder.resolve("postmaster.pid");
		Optional<Long> pid = pidOf(pidFile);
		if (pid.isEmpty()) {
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			return; // the server removes a pid file whose process is gone
		}
		if (!isPostgresOf(process.get(), folder)) {
			logger.warn("内置数据库的进程文件 " + pidFile + " 指向的进程 " + pid.get() + " 不是本数据文件夹的数据库（进程号已被重用），删除该文件");
			Files.deleteIfExists(pidFile);
			return;
		}
		logger.warn("数据文件夹 " + folder + " 上还有被终止的上次运行留下的内置数据库（进程 " + pid.get() + "），先将其停止");
		ProcessHandle postmaster = process.get();
		signal("INT", postmaster); // fast shutdown: rolls back the dead client's transactions, then stops
		if (!awaitExit(postmaster, ORPHAN_STOP_WAIT)) {
			logger.warn("内置数据库进程 " + pid.get() + " 在 " + ORPHAN_STOP_WAIT.toSeconds() + " 秒内没有停止，强制结束（下次启动时自动恢复）");
			signal("QUIT", postmaster); // immediate shutdown: the next start runs crash recovery
			if (!awaitExit(postmaster, ORPHAN_STOP_WAIT)) {
				postmaster.destroyForcibly();
				awaitExit(postmaster, ORPHAN_STOP_WAIT);
			}
		}
	}

	private static Optional<Long> pidOf(Path pidFile) {
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty(); // no pid file, or one the server itself will judge
		}
	}

	/** A {@code postgres} process started with {@code -D <folder>} (as zonky's pg_ctl call starts it). */
	static boolean isPostgresOf(ProcessHandle process, Path folder) {
		ProcessHandle.Info info = process.info();
		boolean postgres = info.command().map((command) -> Path.of(command).getFileName().toString().equals("postgres"))
			.orElse(false);
		if (!postgres) {
			return false;
		}
		return info.arguments().map((arguments) -> {
			for (String argument : arguments) {
				if (sameFolder(argument, folder)) {
					return true;
				}
			}
			return false;
		}).orElse(true); // a postgres whose arguments cannot be read, under our own pid file: ours
	}

	private static boolean sameFolder(String argument, Path folder) {
		try {
			return Path.of(argument).toAbsolutePath().normalize().equals(folder);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** Sends a signal Java has no call for ({@code kill -INT}); SIGTERM (a smart shutdown) when kill cannot run. */
	private static void signal(String signal, ProcessHandle process) {
		try {
			Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
				.redirectErrorStream(true)
				.start();
			kill.getInputStream().readAllBytes();
			if (kill.waitFor() == 0) {
				return;
			}
		}
		catch (IOException ex) {
			// no kill command: fall back below
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		process.destroy();
	}

	private static boolean awaitExit(ProcessHandle process, Duration wait) {
		try {
			process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return !process.isAlive();
		}
		catch (ExecutionException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}

	/** The last line the server wrote to its log since {@code from}: why it did not start. */
	private static String lastLogLine(Path log, long from) {
		try {
			byte[] all = Files.readAllBytes(log);
			String written = new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from),
					StandardCharsets.UTF_8);
			String last = "";
			for (String line : written.split("\n")) {
				if (!line.isBlank()) {
					last = line.strip();
				}
			}
			return last;
		}
		catch (IOException | RuntimeException ex) {
			return "";
		}
	}

	private static void closeQuietly(FileChannel channel) {
		try {
			channel.close();
		}
		catch (IOException ex) {
			// closing releases the lock either way
		}
	}

	/** Another process (a run, jobs/decide or jobs/serve) has the data folder: exit 5. */
	static final class InUse extends RuntimeException {

		private final Path folder;

		InUse(Path folder) {
			super("data folder in use by another process: " + folder);
			this.folder = folder;
		}

		Path folder() {
			return this.folder;
		}

	}

	/** The data folder cannot be created, read or written: exit 4. */
	static final class Unusable extends UncheckedIOException {

		private final Path folder;

		Unusable(Path folder, IOException cause) {
			super("data folder unusable: " + folder, cause);
			this.folder = folder;
		}

		Path folder() {
			return this.folder;
		}

	}

	/** PostgreSQL did not start on the folder: exit 3, with the server's last log line. */
	static final class StartFailed extends RuntimeException {

		private final Path folder;

		private final Path log;

		private final String lastLogLine;

		StartFailed(Path folder, Path log, String lastLogLine, Throwable cause) {
			super("embedded PostgreSQL did not start on " + folder + (lastLogLine.isEmpty() ? "" : ": " + lastLogLine),
					cause);
			this.folder = folder;
			this.log = log;
			this.lastLogLine = lastLogLine;
		}

		Path folder() {
			return this.folder;
		}

		Path log() {
			return this.log;
		}

		String lastLogLine() {
			return this.lastLogLine;
		}

	}

}
