package org.xxgk.rollup.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xxgk.rollup.review.CorrectionRequest;
import org.xxgk.rollup.review.Decision;
import org.xxgk.rollup.review.DecisionRequest;

/**
 * The command line of {@code jobs/decide}: a review decision on a unit's findings of one rule, or with
 * {@code --correct} a correction of one figure. Checked before the database starts.
 */
public record DecideOptions(DecisionRequest decision, CorrectionRequest correction, String dbUrl, String dataDir,
		boolean help) {

	public static final String USAGE = """
			用法 / usage:
			  jobs/decide --year 2021 --unit <单位名称或代码> --rule <规则> [--metric <指标代码>]
			              --decision include|dismiss|confirm --reason "<理由>" [--by <决定人>]
			              [--region 440882] [--db <jdbc:postgresql://...>] [--data-dir <内置数据库目录>]
			  jobs/decide --year 2021 --unit <单位名称或代码> --correct <指标代码> --value <数值> --reason "<理由>" [--by ...]
			confirm：问题属实，退回修改；dismiss：核实无误，不再提示；include：虽有错误，仍计入汇总
			不写 --metric 时，对该规则在该单位的全部发现作出同一决定。决定和更正在下次汇总时生效。""";

	private static final Set<String> OPTIONS = Set.of("year", "unit", "rule", "metric", "decision", "reason", "by",
			"region", "db", "data-dir", "correct", "value", "help");

	public static DecideOptions parse(String... args) throws UsageException {
		Map<String, String> values = new LinkedHashMap<>();
		List<String> list = new ArrayList<>(List.of(args));
		for (int i = 0; i < list.size(); i++) {
			String arg = list.get(i);
			String name = arg.startsWith("--") ? arg.substring(2) : "";
			if (!OPTIONS.contains(name)) {
				throw usage(name.isEmpty() ? "无法识别的参数 “" + arg + "”" : "未知选项 --" + name);
			}
			if (name.equals("help")) {
				return new DecideOptions(null, null, "", "xxgk-data", true);
			}
			if (i + 1 >= list.size()) {
				throw usage("选项 --" + name + " 缺少取值");
			}
			values.put(name, list.get(++i));
		}
		for (String required : List.of("year", "unit", "reason")) {
			if (values.getOrDefault(required, "").isBlank()) {
				throw usage("缺少必需的选项 --" + required);
			}
		}
		int year = parseYear(values.get("year"));
		String region = values.getOrDefault("region", ConsolidateOptions.DEFAULT_REGION).strip();
		String by = values.getOrDefault("by", System.getProperty("user.name", "")).strip();
		String db = values.getOrDefault("db", "").strip();
		String dataDir = values.getOrDefault("data-dir", "xxgk-data");
		if (values.containsKey("correct")) {
			if (values.containsKey("decision") || values.containsKey("rule")) {
				throw usage("--correct 与 --rule/--decision 不能同时使用：更正一个数值，或对一条规则作出决定");
			}
			BigDecimal value = parseValue(values.get("value"));
			return new DecideOptions(null, new CorrectionRequest(year, region, values.get("unit").strip(),
					values.get("correct").strip(), value, values.get("reason"), by), db, dataDir, false);
		}
		for (String required : List.of("rule", "decision")) {
			if (values.getOrDefault(required, "").isBlank()) {
				throw usage("缺少必需的选项 --" + required);
			}
		}
		Decision decision = Decision.of(values.get("decision"))
			.orElseThrow(() -> usage("--decision 只能是 include、dismiss 或 confirm"));
		String metric = values.containsKey("metric") ? values.get("metric").strip() : null;
		return new DecideOptions(new DecisionRequest(year, region, values.get("unit").strip(),
				values.get("rule").strip(), metric, decision, values.get("reason"), by), null, db, dataDir, false);
	}

	private static int parseYear(String text) throws UsageException {
		try {
			int year = Integer.parseInt(text.strip());
			if (year < 2008 || year > 2100) {
				throw usage("年度 " + text + " 不在 2008–2100 之间");
			}
			return year;
		}
		catch (NumberFormatException ex) {
			throw usage("年度 “" + text + "” 不是数字");
		}
	}

	private static BigDecimal parseValue(String text) throws UsageException {
		if (text == null || text.isBlank()) {
			throw usage("--correct 须用 --value 给出更正后的数值");
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			throw usage("--value “" + text + "” 不是数字（只写阿拉伯数字，如 12 或 0.5）");
		}
	}

	/** The settings this command line gives the application, as Spring Boot command-line properties. */
	public String[] applicationArguments() {
		List<String> arguments = new ArrayList<>();
		if (!this.dbUrl.isBlank()) {
			arguments.add("--xxgk.db-url=" + this.dbUrl);
		}
		arguments.add("--xxgk.data-dir=" + this.dataDir);
		return arguments.toArray(String[]::new);
	}

	private static UsageException usage(String message) {
		return new UsageException(ExitCodes.BAD_ARGUMENTS, "参数错误：" + message);
	}

}
