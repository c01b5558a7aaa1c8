package org.xxgk.rollup.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xxgk.rollup.console.Console;
import org.xxgk.rollup.console.Role;

/**
 * The command line of {@code jobs/serve}: the review console on a port, bound to 127.0.0.1 unless {@code --bind}
 * names another address; or {@code --add-user <name> --role reviewer|viewer}, the password read from standard input.
 */
public record ServeOptions(int port, String bind, String region, Integer year, String dbUrl, String dataDir,
		String addUser, Role role, boolean help) {

	public static final String USAGE = """
			用法 / usage:
			  jobs/serve [--port 8080] [--bind <地址，默认 127.0.0.1>] [--region 440882] [--year <年度，默认最近一次汇总>]
			             [--db <jdbc:postgresql://...>] [--data-dir <内置数据库目录>]
			  jobs/serve --add-user <用户名> --role reviewer|viewer [--db ...|--data-dir ...]   （密码从标准输入读取）
			reviewer：可作出复核决定、更正数值、重新汇总；viewer：只能查看。没有默认用户和默认密码。""";

	private static final Set<String> OPTIONS = Set.of("port", "bind", "region", "year", "db", "data-dir", "add-user",
			"role", "help");

	public static ServeOptions parse(String... args) throws UsageException {
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			String name = args[i].startsWith("--") ? args[i].substring(2) : "";
			if (!OPTIONS.contains(name)) {
				throw usage(name.isEmpty() ? "无法识别的参数 “" + args[i] + "”" : "未知选项 --" + name);
			}
			if (name.equals("help")) {
				return new ServeOptions(0, "", "", null, "", "xxgk-data", "", null, true);
			}
			if (i + 1 >= args.length) {
				throw usage("选项 --" + name + " 缺少取值");
			}
			values.put(name, args[++i]);
		}
		int port = number("端口", values.getOrDefault("port", "8080"), 0, 65535);
		Integer year = values.containsKey("year") ? number("年度", values.get("year"), 2008, 2100) : null;
		Role role = null;
		String addUser = values.getOrDefault("add-user", "");
		if (values.containsKey("add-user")) {
			role = Role.ofCode(values.getOrDefault("role", "")).orElseThrow(
					() -> usage("--add-user 须用 --role reviewer 或 --role viewer 指定角色"));
		}
		return new ServeOptions(port, values.getOrDefault("bind", "127.0.0.1").strip(),
				values.getOrDefault("region", ConsolidateOptions.DEFAULT_REGION).strip(), year,
				values.getOrDefault("db", "").strip(), values.getOrDefault("data-dir", "xxgk-data"), addUser, role,
				false);
	}

	private static int number(String what, String text, int min, int max) throws UsageException {
		try {
			int number = Integer.parseInt(text.strip());
			if (number < min || number > max) {
				throw usage(what + " " + text + " 不在 " + min + "–" + max + " 之间");
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw usage(what + " “" + text + "” 不是数字");
		}
	}

	/** The database settings, as Spring Boot command-line properties. */
	public String[] databaseArguments() {
		List<String> arguments = new ArrayList<>();
		if (!this.dbUrl.isBlank()) {
			arguments.add("--xxgk.db-url=" + this.dbUrl);
		}
		arguments.add("--xxgk.data-dir=" + this.dataDir);
		return arguments.toArray(String[]::new);
	}

	/** The console's settings: the database, where it listens, its sessions, the scope it shows. */
	public String[] consoleArguments() {
		List<String> arguments = new ArrayList<>(List.of(databaseArguments()));
		arguments.add("--server.port=" + this.port);
		arguments.add("--server.address=" + this.bind);
		arguments.add("--server.servlet.session.timeout=30m");
		arguments.add("--server.servlet.session.cookie.same-site=strict");
		arguments.add("--" + Console.REGION_PROPERTY + "=" + this.region);
		if (this.year != null) {
			arguments.add("--xxgk.console.year=" + this.year);
		}
		return arguments.toArray(String[]::new);
	}

	private static UsageException usage(String message) {
		return new UsageException(ExitCodes.BAD_ARGUMENTS, "参数错误：" + message);
	}

}
