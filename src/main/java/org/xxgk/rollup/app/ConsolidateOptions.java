package org.xxgk.rollup.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.scheduling.support.CronExpression;

import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.registry.RegionRegistry;
import org.xxgk.rollup.run.ConsolidationRun;
import org.xxgk.rollup.run.RunParameters;

/**
 * The command line of {@code jobs/consolidate}, checked before anything starts so that a mistake costs one clear line
 * on stderr and an exit code, not a stack trace. Database credentials never come from here: they come from the
 * environment (XXGK_DB_USER / XXGK_DB_PASSWORD).
 */
public record ConsolidateOptions(int year, Path input, Path output, String region, String regionsFile, String dbUrl,
		Path dataDir, boolean help, String schedule, int purgeDays, int threads, Remote remote) {

	/**
	 * Remote partitioning: {@code workers} is local or remote (the manager's choice), {@code worker} makes this process
	 * a worker, {@code rabbit} is host:port of the broker (empty: the default), {@code idleExitSeconds} ends a worker
	 * after that long without a partition (0: run until stopped).
	 */
	public record Remote(String workers, boolean worker, String rabbit, int idleExitSeconds) {

		static final Remote LOCAL = new Remote("local", false, "", 0);

	}

	public static final String DEFAULT_REGION = "440882";

	/** The reports' clock: the reporting year turns at midnight in China, wherever the server runs. */
	static final ZoneId REPORTING_ZONE = ZoneId.of("Asia/Shanghai");

	public static final String USAGE = """
			用法 / usage:
			  jobs/consolidate --year 2021 --input <报送文件夹> --output <输出文件夹>
			                   [--region 440882] [--regions <地区登记表.csv>] [--db <jdbc:postgresql://...>]
			                   [--data-dir <内置数据库目录，默认 ./xxgk-data>] [--threads <读取线程数，默认 CPU 核数>]
			                   [--schedule "0 30 1 * * *"] [--workers remote [--rabbit <主机:端口>]]
			  jobs/consolidate --worker --db <jdbc:postgresql://...> [--rabbit 127.0.0.1:5672] [--idle-exit <秒>]
			  jobs/consolidate --purge-history <天数> [--db ...] [--data-dir ...]
			--year auto：上一自然年（年度报告在次年一月报送、此后修改）；--input/--output 中的 {year} 换成该年度
			--schedule：不退出，按 cron 表达式（秒 分 时 日 月 周）定时运行
			--purge-history：删除早于该天数的 Spring Batch 运行记录（run_summary 保留）
			--workers remote：读取分区经 RabbitMQ 交给其他机器上的工作进程（--worker，须用同一个 --db）
			数据库用户名和密码从环境变量 XXGK_DB_USER / XXGK_DB_PASSWORD 读取，不在命令行上给出。""";

	private static final Set<String> OPTIONS = Set.of("year", "input", "output", "region", "regions", "db",
			"data-dir", "help", "schedule", "purge-history", "threads", "workers", "worker", "rabbit", "idle-exit");

	public static ConsolidateOptions parse(String... args) throws UsageException {
		Map<String, String> values = new LinkedHashMap<>();
		List<String> list = new ArrayList<>(List.of(args));
		for (int i = 0; i < list.size(); i++) {
			String arg = list.get(i);
			if (!arg.startsWith("--")) {
				throw usage("无法识别的参数 “" + arg + "”");
			}
			String name = arg.substring(2);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (!OPTIONS.contains(name)) {
				throw usage("未知选项 --" + name);
			}
			if (name.equals("help") || name.equals("worker")) {
				values.put(name, "true");
				continue;
			}
			if (value == null) {
				if (i + 1 >= list.size() || list.get(i + 1).startsWith("--")) {
					throw usage("选项 --" + name + " 缺少取值");
				}
				value = list.get(++i);
			}
			values.put(name, value);
		}
		if (values.containsKey("help")) {
			return new ConsolidateOptions(0, null, null, DEFAULT_REGION, "", "", Path.of("xxgk-data"), true, "", 0, 0,
					Remote.LOCAL);
		}
		String dataDir = values.getOrDefault("data-dir", "xxgk-data");
		if (values.containsKey("purge-history")) {
			return new ConsolidateOptions(0, null, null, DEFAULT_REGION, "", values.getOrDefault("db", "").trim(),
					Path.of(dataDir), false, "", parseDays(values.get("purge-history")), 0, Remote.LOCAL);
		}
		String rabbit = values.getOrDefault("rabbit", "").trim();
		if (!rabbit.isEmpty() && !rabbit.matches("[^:\\s]+:\\d{1,5}")) {
			throw usage("--rabbit “" + rabbit + "” 应为 主机:端口，例如 127.0.0.1:5672");
		}
		if (values.containsKey("worker")) {
			if (values.getOrDefault("db", "").isBlank()) {
				throw usage("--worker 须用 --db 指定与汇总进程相同的数据库服务器");
			}
			int idleExit = values.containsKey("idle-exit") ? parseNumber("--idle-exit 秒数", values.get("idle-exit"), 1, 86400)
					: 0;
			return new ConsolidateOptions(0, null, null, DEFAULT_REGION, "", values.get("db").trim(), Path.of(dataDir),
					false, "", 0, 0, new Remote("local", true, rabbit, idleExit));
		}
		String workers = values.getOrDefault("workers", "local").trim();
		if (!workers.equals("local") && !workers.equals("remote")) {
			throw usage("--workers 只能是 local 或 remote");
		}
		if (workers.equals("remote") && values.getOrDefault("db", "").isBlank()) {
			throw usage("--workers remote 须用 --db 指定工作进程也能连接的数据库服务器");
		}
		String schedule = values.getOrDefault("schedule", "").trim();
		if (!schedule.isEmpty() && !CronExpression.isValidExpression(schedule)) {
			throw usage("定时表达式 “" + schedule + "” 无效（六个字段：秒 分 时 日 月 周，例如 \"0 30 1 * * *\"）");
		}
		for (String required : List.of("year", "input", "output")) {
			if (!values.containsKey(required) || values.get(required).isBlank()) {
				throw usage("缺少必需的选项 --" + required);
			}
		}
		int year = parseYear(values.get("year"));
		return new ConsolidateOptions(year, withYear(values.get("input"), year), withYear(values.get("output"), year),
				values.getOrDefault("region", DEFAULT_REGION).trim(), values.getOrDefault("regions", "").trim(),
				values.getOrDefault("db", "").trim(), Path.of(dataDir), false, schedule, 0,
				parseThreads(values.getOrDefault("threads", "")), new Remote(workers, false, rabbit, 0));
	}

	private static int parseYear(String text) throws UsageException {
		if (text.trim().equals("auto")) {
			return reportingYear(LocalDate.now(REPORTING_ZONE));
		}
		// 政府信息公开条例 took effect in 2008; nothing earlier is a disclosure report year
		return parseNumber("年度", text, 2008, 2100);
	}

	/** 0 (absent) leaves the choice to the application: one thread per processor. */
	private static int parseThreads(String text) throws UsageException {
		return text.isEmpty() ? 0 : parseNumber("线程数", text, 1, 256);
	}

	private static int parseNumber(String what, String text, int min, int max) throws UsageException {
		try {
			int number = Integer.parseInt(text.trim());
			if (number < min || number > max) {
				throw usage(what + " " + text + " 不在 " + min + "–" + max + " 之间");
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw usage(what + " “" + text + "” 不是数字");
		}
	}

	/**
	 * The year whose reports are being collected on {@code today}: always the previous calendar year, since a year's
	 * report is due on 31 January of the next and corrections come in the following weeks.
	 */
	static int reportingYear(LocalDate today) {
		return today.getYear() - 1;
	}

	/** A folder option with {year} replaced, so a schedule with --year auto can name a folder per year. */
	private static Path withYear(String folder, int year) {
		return Path.of(folder.replace("{year}", String.valueOf(year)));
	}

	private static int parseDays(String text) throws UsageException {
		try {
			int days = Integer.parseInt(text.trim());
			if (days < 1) {
				throw usage("--purge-history 的天数必须至少为 1");
			}
			return days;
		}
		catch (NumberFormatException ex) {
			throw usage("--purge-history 的天数 “" + text + "” 不是数字");
		}
	}

	/**
	 * Checks what can be checked before the database starts: the folders, the registry and the region. Returns the
	 * region; not the registry, which the run loads again for itself (a country's is 43,000 regions: held here as
	 * well through the run, it was a second copy in the job's live heap).
	 */
	public Region checkRunnable() throws UsageException {
		if (!Files.isDirectory(this.input)) {
			throw new UsageException(ExitCodes.FOLDER_UNUSABLE, "报送文件夹不存在或不是文件夹：" + this.input.toAbsolutePath());
		}
		if (!Files.isReadable(this.input)) {
			throw new UsageException(ExitCodes.FOLDER_UNUSABLE, "无法读取报送文件夹：" + this.input.toAbsolutePath());
		}
		try {
			Files.createDirectories(this.output);
		}
		catch (IOException | UncheckedIOException ex) {
			throw new UsageException(ExitCodes.FOLDER_UNUSABLE, "无法创建输出文件夹：" + this.output.toAbsolutePath());
		}
		if (!Files.isWritable(this.output)) {
			throw new UsageException(ExitCodes.FOLDER_UNUSABLE, "无法写入输出文件夹：" + this.output.toAbsolutePath());
		}
		RegionRegistry registry;
		try {
			registry = ConsolidationRun.registryToRun(this.regionsFile);
		}
		catch (RuntimeException ex) {
			throw usage("地区登记表无法读取（" + this.regionsFile + "）：" + ex.getMessage());
		}
		Region region = registry.find(this.region).orElse(null);
		if (region == null) {
			throw usage("地区登记表中没有代码为 " + this.region + " 的地区");
		}
		if (region.isUnit()) {
			throw usage(this.region + "（" + region.name() + "）是报送单位，不是可以汇总的地区");
		}
		return region;
	}

	/** The settings this command line gives the application, as Spring Boot command-line properties. */
	public String[] applicationArguments() {
		List<String> arguments = new ArrayList<>();
		if (!this.dbUrl.isBlank()) {
			arguments.add("--xxgk.db-url=" + this.dbUrl);
		}
		arguments.add("--xxgk.data-dir=" + this.dataDir);
		if (this.threads > 0) {
			arguments.add("--xxgk.ingest-threads=" + this.threads);
		}
		if (this.remote.worker() || this.remote.workers().equals("remote")) {
			arguments.add("--xxgk.ingest-mode=" + (this.remote.worker() ? "worker" : "remote"));
		}
		if (!this.remote.rabbit().isEmpty()) {
			int colon = this.remote.rabbit().lastIndexOf(':');
			arguments.add("--xxgk.rabbit-host=" + this.remote.rabbit().substring(0, colon));
			arguments.add("--xxgk.rabbit-port=" + this.remote.rabbit().substring(colon + 1));
		}
		return arguments.toArray(String[]::new);
	}

	public RunParameters toRun(long runId) {
		return new RunParameters(this.year, this.region, this.input.toAbsolutePath().normalize(),
				this.output.toAbsolutePath().normalize(),
				this.regionsFile.isBlank() ? "" : Path.of(this.regionsFile).toAbsolutePath().normalize().toString(),
				runId);
	}

	private static UsageException usage(String message) {
		return new UsageException(ExitCodes.BAD_ARGUMENTS, "参数错误：" + message);
	}

}
