package org.xxgk.rollup.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.xxgk.rollup.demo.LargeSetGenerator;
import org.xxgk.rollup.demo.SubmissionFormat;
import org.xxgk.rollup.rollup.RegionTotalsTasklet;

/**
 * {@code jobs/bench}: on one generated set, measures the bare limit ({@link BareLimit}) and the full consolidation job
 * ({@link JobRun}, in its own JVM with the heap {@code jobs/consolidate} gives it), then a rerun with nothing
 * changed, and prints files/s, figure rows/s, wall times, the ratio full ÷ bare, peak heap and RSS. Each measurement
 * starts from an empty database of its own, so the full run really is a first run.
 */
public final class Benchmark {

	private static final String USAGE = """
			usage: jobs/bench [--units 300] [--seed 1] [--threads <cores>] [--heap 512m] [--work /tmp/xxgk-bench]
			                  [--app target/app (the job from the unpacked jar with a class archive, as jobs/consolidate)]
			                  [--formats docx=0.55,html=0.14,... (shares of the file formats; default: the realistic mix)]
			                  [--jfr <file: record a profile of the full run>]
			                  [--probe-seconds 10 (force a full GC this often to measure the live heap; 0: never)]
			                  [--db jdbc:postgresql://host:port/db  (a server to create scratch databases on; default: embedded)]""";

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				System.err.println(USAGE);
				System.exit(2);
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		if (args.length % 2 != 0) {
			System.err.println(USAGE);
			System.exit(2);
		}
		int units = Integer.parseInt(options.getOrDefault("units", "300"));
		long seed = Long.parseLong(options.getOrDefault("seed", "1"));
		int threads = Integer.parseInt(
				options.getOrDefault("threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
		String heap = options.getOrDefault("heap", "512m");
		Path work = Path.of(options.getOrDefault("work", "/tmp/xxgk-bench")).toAbsolutePath();
		String user = System.getenv().getOrDefault("XXGK_DB_USER", System.getenv().getOrDefault("PGUSER", "postgres"));
		String password = System.getenv().getOrDefault("XXGK_DB_PASSWORD", System.getenv().getOrDefault("PGPASSWORD", ""));

		String formats = options.getOrDefault("formats", SubmissionFormat.REALISTIC_MIX);
		// a set per size, seed and mix, generated once and kept for reruns of the benchmark
		String mix = formats.equals(SubmissionFormat.REALISTIC_MIX) ? "mixed"
				: Integer.toHexString(formats.hashCode());
		Path set = work.resolve("set-" + units + "-" + seed + "-" + mix);
		if (!Files.exists(set.resolve("manifest.csv"))) {
			long started = System.nanoTime();
			LargeSetGenerator.generate(new LargeSetGenerator.Options(units, 2021, seed, 0.05, 0.1,
					LargeSetGenerator.Options.formats(formats), set));
			System.out.printf("generated %d units into %s in %.1f s%n", units, set, seconds(System.nanoTime() - started));
		}
		EmbeddedPostgres embedded = null;
		String server = options.get("db");
		if (server == null) {
			embedded = EmbeddedPostgres.builder()
				.setDataDirectory(work.resolve("postgres"))
				.setCleanDataDirectory(true)
				.start();
			server = embedded.getJdbcUrl("postgres", "postgres");
			user = "postgres";
			password = "";
		}
		try {
			Scratch bareDb = Scratch.create(server, user, password, "bare");
			BareLimit.Result bare;
			resetPeaks();
			Cpu bareCpu;
			try (Connection connection = bareDb.connect()) {
				long serverBefore = ProcessCpu.ofServer(connection).orElse(-1);
				long javaBefore = ProcessCpu.ofProcess(ProcessHandle.current().pid()).orElse(-1);
				bare = BareLimit.run(set.resolve("2021"), connection, threads);
				bareCpu = new Cpu(Cpu.since(javaBefore, ProcessCpu.ofProcess(ProcessHandle.current().pid()).orElse(-1)),
						Cpu.since(serverBefore, ProcessCpu.ofServer(connection).orElse(-1)));
			}
			long bareHeapMb = peakHeapMb();
			bareDb.drop();

			Scratch jobDb = Scratch.create(server, user, password, "job");
			List<String> jvm = new ArrayList<>(List.of("-Xmx" + heap));
			// the job compiles as this JVM does (XXGK_JAVA_OPTS of jobs/bench), so bare limit and job compare like for like
			List<String> compiler = ManagementFactory.getRuntimeMXBean()
				.getInputArguments()
				.stream()
				.filter((option) -> option.startsWith("-XX:TieredStopAtLevel") || option.startsWith("-XX:-TieredCompilation"))
				.toList();
			jvm.addAll(compiler);
			if (options.containsKey("jfr")) {
				// a profile of the full run: jfr print --events jdk.ExecutionSample <file>
				jvm.add("-XX:StartFlightRecording=filename=" + options.get("jfr") + ",settings=profile");
			}
			List<String> arguments = new ArrayList<>(List.of("--year", "2021", "--input", set.resolve("2021").toString(),
					"--output", work.resolve("out").toString(), "--regions", set.resolve("regions.csv").toString(),
					"--region", LargeSetGenerator.COUNTRY, "--db", jobDb.url(), "--threads", String.valueOf(threads)));
			long probeMillis = Long.parseLong(options.getOrDefault("probe-seconds", "10")) * 1000;
			List<String> launch = JobRun.TEST_CLASSPATH;
			if (options.containsKey("app")) {
				launch = trainedApp(Path.of(options.get("app")).toAbsolutePath(), work, jvm, server, user, password, set);
			}
			long serverBefore = jobDb.serverCpu();
			JobRun.Result full = JobRun.run(jvm, launch, arguments, work.resolve("full.log"), probeMillis);
			Cpu fullCpu = new Cpu(full.cpuMillis(), Cpu.since(serverBefore, jobDb.serverCpu()));
			long figureRows = jobDb.count("figure");
			long figureBytes = jobDb.totalBytes("figure");
			long locationBytes = jobDb.totalBytes("figure_location");
			String fullSteps = jobDb.stepTimes();
			jvm.removeIf((option) -> option.startsWith("-XX:StartFlightRecording"));
			serverBefore = jobDb.serverCpu();
			JobRun.Result rerun = JobRun.run(jvm, launch, arguments, work.resolve("rerun.log"), 0);
			Cpu rerunCpu = new Cpu(rerun.cpuMillis(), Cpu.since(serverBefore, jobDb.serverCpu()));
			String rerunSteps = jobDb.stepTimes();
			String rollupPlan;
			try {
				rollupPlan = jobDb.countySumsPlan();
			}
			catch (Exception ex) {
				// the measurements above are what the run is for
				rollupPlan = "not planned: " + ex;
			}
			jobDb.drop();

			System.out.printf("%n%d units, %d files, %d figure rows, %d threads, job heap -Xmx%s, JIT %s%n", units,
					bare.files(), bare.figureRows(), threads, heap,
					compiler.isEmpty() ? "tiered (C1 and C2)" : String.join(" ", compiler));
			System.out.printf("%-16s %10s %10s %12s %10s %10s %10s%n", "", "wall s", "files/s", "rows/s", "heap MB",
					"live MB", "RSS MB");
			System.out.printf("%-16s %10.1f %10.0f %12.0f %10d %10s %10s%n", "bare limit", bare.millis() / 1000.0,
					rate(bare.files(), bare.millis()), rate(bare.figureRows(), bare.millis()), bareHeapMb, "-", "-");
			print("full job", full, bare.files(), figureRows);
			print("no-change rerun", rerun, bare.files(), 0);
			System.out.printf("full ÷ bare = %.2f; no-change rerun = %.1f%% of the full run%n",
					(double) full.millis() / bare.millis(), 100.0 * rerun.millis() / full.millis());
			System.out.printf("CPU s (Java + PostgreSQL = share of %d cores × wall): bare %s; full %s; rerun %s%n",
					Runtime.getRuntime().availableProcessors(), bareCpu.describe(bare.millis()),
					fullCpu.describe(full.millis()), rerunCpu.describe(rerun.millis()));
			System.out.printf("figure table on disk (pg_total_relation_size: heap, TOAST, indexes): %.1f MB = %.1f bytes "
					+ "per figure row; with their locations (figure_location) %.1f bytes%n", figureBytes / 1048576.0,
					(double) figureBytes / Math.max(1, figureRows),
					(double) (figureBytes + locationBytes) / Math.max(1, figureRows));
			if (full.liveHeapMb() >= 0) {
				System.out.printf("live heap: the most left after the full collections forced every %d s: %d MB "
						+ "(those collections paused the full run %.1f s, counted in its wall time)%n",
						probeMillis / 1000, full.liveHeapMb(), full.probeMillis() / 1000.0);
			}
			for (JobRun.Result run : List.of(full, rerun)) {
				if (run.exitCode() != 0) {
					System.out.println("job failed (exit " + run.exitCode() + "):\n" + run.output());
					System.exit(1);
				}
			}
			// both read every file into the same reports: a different count means the two did not do the same work
			if (figureRows != bare.figureRows()) {
				System.out.printf("the full job stored %d figure rows, the bare limit %d: not the same work%n",
						figureRows, bare.figureRows());
				System.exit(1);
			}
			System.out.println("steps of the full run (s): " + fullSteps);
			System.out.println("steps of the rerun (s):    " + rerunSteps);
			System.out.println("roll-up's county sums as planned on the full run's tables: " + rollupPlan);
			System.out.println("logs: " + work.resolve("full.log") + ", " + work.resolve("rerun.log") + " (and .gc)");
		}
		finally {
			if (embedded != null) {
				embedded.close();
			}
		}
	}

	/**
	 * {@code --app target/app}: the job runs from the unpacked jar as {@code jobs/consolidate} runs it, with a class
	 * data sharing archive. The archive is recorded first by the job on an empty input folder and a scratch database
	 * of its own (not timed): no file is read, and every step runs but the ingest (the quick check leaves it nothing),
	 * so the archive holds what a quiet night loads; a full run loads the chunk step's classes itself.
	 */
	private static List<String> trainedApp(Path app, Path work, List<String> jvm, String server, String user,
			String password, Path set) throws Exception {
		if (!Files.isRegularFile(app.resolve("xxgk-rollup.jar"))) {
			throw new IllegalArgumentException("no unpacked application in " + app
					+ ": run jobs/consolidate once (it unpacks target/xxgk-rollup.jar into target/app)");
		}
		Path archive = work.resolve("xxgk-rollup.jsa");
		Files.deleteIfExists(archive);
		Path empty = Files.createDirectories(work.resolve("training-input"));
		Scratch trainingDb = Scratch.create(server, user, password, "training");
		try {
			List<String> training = new ArrayList<>(jvm);
			training.add("-XX:ArchiveClassesAtExit=" + archive);
			training.addAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
			JobRun.Result result = JobRun.run(training,
					List.of("-jar", app.resolve("xxgk-rollup.jar").toString()),
					List.of("--year", "2021", "--input", empty.toString(), "--output",
							work.resolve("training-output").toString(), "--regions",
							set.resolve("regions.csv").toString(), "--region", LargeSetGenerator.COUNTRY, "--db",
							trainingDb.url()),
					work.resolve("training.log"), 0);
			if (result.exitCode() != 0 || !Files.isRegularFile(archive)) {
				throw new IllegalStateException("the training run did not record a class archive (exit "
						+ result.exitCode() + "):\n" + result.output());
			}
			System.out.printf("class archive recorded by a run on an empty folder: %s (%.0f MB)%n", archive,
					Files.size(archive) / 1048576.0);
		}
		finally {
			trainingDb.drop();
		}
		return JobRun.unpackedJar(app, archive);
	}

	private static void print(String name, JobRun.Result run, int files, long rows) {
		System.out.printf("%-16s %10.1f %10.0f %12s %10d %10s %10d%n", name, run.millis() / 1000.0,
				rate(files, run.millis()), (rows > 0) ? String.format("%.0f", rate(rows, run.millis())) : "-",
				run.peakHeapMb(), (run.liveHeapMb() >= 0) ? String.valueOf(run.liveHeapMb()) : "-", run.peakRssMb());
	}

	private static double rate(long count, long millis) {
		return count * 1000.0 / Math.max(1, millis);
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

	private static void resetPeaks() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeapMb() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum() / (1024 * 1024);
	}

	/** CPU time a run used in its JVM and in the PostgreSQL server, -1 where it could not be read. */
	private record Cpu(long javaMillis, long serverMillis) {

		static long since(long before, long after) {
			return (before < 0 || after < 0) ? -1 : after - before;
		}

		String describe(long wallMillis) {
			if (this.javaMillis < 0 || this.serverMillis < 0) {
				return "-";
			}
			double cores = Runtime.getRuntime().availableProcessors();
			return String.format("%.1f + %.1f = %.0f%%", this.javaMillis / 1000.0, this.serverMillis / 1000.0,
					100.0 * (this.javaMillis + this.serverMillis) / (cores * Math.max(1, wallMillis)));
		}

	}

	/** An empty database of its own on the server, dropped after the measurement. */
	private record Scratch(String server, String user, String password, String name) {

		static Scratch create(String server, String user, String password, String purpose) throws Exception {
			Scratch scratch = new Scratch(server, user, password,
					"xxgk_bench_" + purpose + "_" + System.currentTimeMillis());
			scratch.admin("create database " + scratch.name);
			return scratch;
		}

		String url() {
			return this.server.replaceFirst("/[^/?]+(\\?|$)", "/" + this.name + "$1");
		}

		Connection connect() throws Exception {
			Properties properties = new Properties();
			properties.setProperty("user", this.user);
			properties.setProperty("password", this.password);
			return DriverManager.getConnection(url(), properties);
		}

		/** The server's CPU so far in milliseconds (see {@link ProcessCpu#ofServer}), -1 when not on this machine. */
		long serverCpu() throws Exception {
			try (Connection connection = connect()) {
				return ProcessCpu.ofServer(connection).orElse(-1);
			}
		}

		long count(String table) throws Exception {
			return scalar("select count(*) from " + table);
		}

		/** What a table takes on disk with its TOAST and indexes, in bytes. */
		long totalBytes(String table) throws Exception {
			return scalar("select pg_total_relation_size('" + table + "')");
		}

		private long scalar(String query) throws Exception {
			try (Connection connection = connect(); Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery(query)) {
				rows.next();
				return rows.getLong(1);
			}
		}

		/** How long each step of the latest job execution took, from Spring Batch's own records. */
		String stepTimes() throws Exception {
			StringBuilder times = new StringBuilder();
			try (Connection connection = connect(); Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("""
							select step_name, extract(epoch from end_time - start_time) as seconds
							from batch_step_execution
							where job_execution_id = (select max(job_execution_id) from batch_job_execution)
							  and step_name not like '%:partition%'
							order by step_execution_id""")) {
				while (rows.next()) {
					times.append(String.format("%s %.1f  ", rows.getString(1), rows.getDouble(2)));
				}
			}
			return times.toString().trim();
		}

		/**
		 * How PostgreSQL plans the roll-up's one statement over every figure row (EXPLAIN, not run) in the script's
		 * settings: its parallel nodes and workers, or the plan's top when it chose none.
		 */
		String countySumsPlan() throws Exception {
			String statement = RegionTotalsTasklet.countySums(2021, LargeSetGenerator.COUNTRY);
			try (Connection connection = connect(); Statement sql = connection.createStatement()) {
				connection.setAutoCommit(false);
				sql.execute("set local work_mem = '256MB'");
				sql.execute("set local jit = off");
				List<String> plan = new ArrayList<>();
				try (ResultSet rows = sql.executeQuery("explain " + statement)) {
					while (rows.next()) {
						plan.add(rows.getString(1).strip());
					}
				}
				connection.rollback();
				List<String> parallel = plan.stream()
					.filter((line) -> line.contains("Gather") || line.contains("Workers Planned")
							|| line.contains("Parallel"))
					.toList();
				return parallel.isEmpty() ? "no parallel plan; " + plan.get(0) : String.join("; ", parallel);
			}
		}

		void drop() throws Exception {
			admin("drop database if exists " + this.name + " with (force)");
		}

		private void admin(String sql) throws Exception {
			Properties properties = new Properties();
			properties.setProperty("user", this.user);
			properties.setProperty("password", this.password);
			try (Connection connection = DriverManager.getConnection(this.server, properties);
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}

	}

}
