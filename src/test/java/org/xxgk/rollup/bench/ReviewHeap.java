package org.xxgk.rollup.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

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
 * most during it, and the step's CPU and wall time.
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
		Thread probe = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				most.accumulateAndGet(liveAfterCollection(memory), Math::max);
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
	}

	private static long liveAfterCollection(MemoryMXBean memory) {
		System.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

}
