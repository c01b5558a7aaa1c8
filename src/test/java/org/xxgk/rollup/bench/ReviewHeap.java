package org.xxgk.rollup.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.ObjectName;

import com.sun.management.GcInfo;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.registry.RegionRegistry;
import org.xxgk.rollup.report.ChineseFont;
import org.xxgk.rollup.report.OfficeSettings;
import org.xxgk.rollup.report.ReviewData;
import org.xxgk.rollup.report.ReviewDataRepository;
import org.xxgk.rollup.report.ReviewOutputs;

/**
 * The review step alone on a database a run has filled, as the job runs it (one transaction, the same repository and
 * outputs), with its live heap: every {@code probe} milliseconds a full collection, and the most still in use after
 * one. {@code java … ReviewHeap <jdbc url> <registry.csv> <region> <year> <output folder> [probe ms]}; user and
 * password from XXGK_DB_USER / XXGK_DB_PASSWORD. Prints the live heap before the step (the registry loaded) and at
 * most during it, and the step's CPU and wall time; and the most live heap while each output was being written (the
 * output whose class is innermost on the step's stack at the probe), with the largest classes of a heap histogram taken
 * when that output's most was seen: the output that holds something per unit is the one whose figure grows.
 */
public final class ReviewHeap {

	private ReviewHeap() {
	}

	public static void main(String[] args) throws Exception {
		String url = args[0];
		RegionRegistry registry = RegionRegistry.load(Path.of(args[1]));
		String region = args[2];
		int year = Integer.parseInt(args[3]);
		Path output = Files.createDirectories(Path.of(args[4]));
		long probeMillis = (args.length > 5) ? Long.parseLong(args[5]) : 250;
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		ReviewOutputs outputs = new ReviewOutputs(MetricCatalog.standard(), ChineseFont.locate(),
				OfficeSettings.DEFAULTS);
		long before = liveAfterCollection(memory);
		AtomicLong most = new AtomicLong(before);
		Thread step = Thread.currentThread();
		Map<String, Long> mostByOutput = new ConcurrentHashMap<>();
		Map<String, String> histogramAtMost = new ConcurrentHashMap<>();
		Thread probe = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				long live = liveAfterCollection(memory);
				most.accumulateAndGet(live, Math::max);
				String writing = outputOf(step.getStackTrace());
				if (live > mostByOutput.getOrDefault(writing, -1L)) {
					mostByOutput.put(writing, live);
					histogramAtMost.put(writing, histogram(HISTOGRAM_LINES));
				}
				try {
					Thread.sleep(probeMillis);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		probe.setDaemon(true);
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url,
				System.getenv().getOrDefault("XXGK_DB_USER", "postgres"),
				System.getenv().getOrDefault("XXGK_DB_PASSWORD", ""), true);
		long backend = new JdbcTemplate(dataSource).queryForObject("select pg_backend_pid()", Long.class);
		long cpuBefore = ProcessCpu.ofProcess(ProcessHandle.current().pid()).orElse(-1);
		long backendBefore = ProcessCpu.ofProcess(backend).orElse(-1);
		long started = System.nanoTime();
		if (probeMillis > 0) {
			probe.start();
		}
		try {
			new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult((status) -> {
				ReviewDataRepository repository = new ReviewDataRepository(new NamedParameterJdbcTemplate(dataSource));
				ReviewData data = repository.load(registry, region, year,
						OffsetDateTime.parse("2022-02-15T10:00:00+08:00"));
				outputs.write(data, output);
			});
		}
		finally {
			probe.interrupt();
			probe.join();
		}
		long wall = (System.nanoTime() - started) / 1_000_000;
		long cpu = ProcessCpu.ofProcess(ProcessHandle.current().pid()).orElse(-1) - cpuBefore;
		long backendCpu = ProcessCpu.ofProcess(backend).orElse(-1) - backendBefore;
		dataSource.destroy();
		System.out.printf("review of %s: live heap %.1f MB before (registry of %d regions loaded), at most %.1f MB "
				+ "during (probe every %d ms, 0: none); %.1f s wall, CPU-s %.1f Java (the probe's collections included) "
				+ "+ %.1f PostgreSQL backend%n", region, before / 1048576.0, registry.all().size(),
				most.get() / 1048576.0, probeMillis, wall / 1000.0, cpu / 1000.0, backendCpu / 1000.0);
		mostByOutput.forEach((writing, live) -> System.out.printf("%nwhile writing %s: at most %.1f MB live; the largest "
				+ "classes then:%n%s", writing, live / 1048576.0, histogramAtMost.get(writing)));
	}

	/**
	 * The outputs' classes: the outermost on the step's stack is the output being written (the repository pages rows
	 * for whichever output walks them; it counts only while the data is loaded).
	 */
	private static final List<String> OUTPUTS = List.of("ChartRenderer", "OverviewPage", "ConsolidatedWorkbook",
			"CountyReportDocument", "ReviewSheetWorkbook", "FeedbackLetters", "ReviewDataRepository");

	private static final int HISTOGRAM_LINES = 12;

	/** Which output the step is writing: the outermost output class on its stack, else what runs outside them. */
	private static String outputOf(StackTraceElement[] stack) {
		for (int i = stack.length - 1; i >= 0; i--) {
			String className = stack[i].getClassName();
			if (className.startsWith("org.xxgk.rollup.report.")) {
				String simple = className.substring("org.xxgk.rollup.report.".length()).split("\\$")[0];
				if (OUTPUTS.contains(simple)) {
					return simple;
				}
			}
		}
		for (StackTraceElement frame : stack) {
			if (frame.getClassName().startsWith("org.xxgk.rollup.report.")) {
				return "ReviewOutputs (" + frame.getMethodName() + ")";
			}
		}
		return "outside the outputs";
	}

	/** The first lines of the live objects' histogram (GC.class_histogram, as jcmd prints it). */
	private static String histogram(int lines) {
		try {
			String all = (String) ManagementFactory.getPlatformMBeanServer()
				.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
						new Object[] { new String[0] }, new String[] { String[].class.getName() });
			return String.join("\n", all.lines().limit(lines + 2).toList()) + "\n";
		}
		catch (Exception ex) {
			return "(no histogram: " + ex + ")\n";
		}
	}

	/**
	 * The heap in use right after a full collection, as the collector itself reports it: reading the heap's use after
	 * {@code System.gc()} returns counts what the step allocated meanwhile, and on a busy machine the probe's thread
	 * may wait long enough for that to be tens of megabytes.
	 */
	private static long liveAfterCollection(MemoryMXBean memory) {
		System.gc();
		GcInfo last = null;
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof com.sun.management.GarbageCollectorMXBean withInfo) {
				GcInfo info = withInfo.getLastGcInfo();
				if (info != null && (last == null || info.getEndTime() > last.getEndTime())) {
					last = info;
				}
			}
		}
		if (last == null) {
			return memory.getHeapMemoryUsage().getUsed();
		}
		long used = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			MemoryUsage after = last.getMemoryUsageAfterGc().get(pool.getName());
			if (pool.getType() == MemoryType.HEAP && after != null) {
				used += after.getUsed();
			}
		}
		return used;
	}

}
