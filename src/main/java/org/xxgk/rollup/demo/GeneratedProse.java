package org.xxgk.rollup.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xxgk.rollup.model.Template;

/**
 * The prose parts of a generated report. Part 一 restates table figures in the fixed phrasings a validation rule
 * compares with the tables; part 五 is built from the unit's name and figures so two units' texts differ as real
 * ones do.
 */
final class GeneratedProse {

	private static final List<String> PROBLEMS = List.of("信息发布的及时性还有待提高", "公开内容的深度和广度仍需拓展",
			"工作人员业务水平参差不齐", "政策解读的形式较为单一", "网站栏目更新维护不够规范", "依申请公开的答复质量有待提升");

	private static final List<String> MEASURES = List.of("定期开展业务培训，提升信息公开队伍能力", "完善信息发布审核机制，确保内容准确规范",
			"丰富政策解读形式，增加图解和问答", "加强政府网站栏目日常巡查", "规范依申请公开办理流程，严格答复时限",
			"拓展政务新媒体渠道，扩大信息覆盖面");

	private GeneratedProse() {
	}

	static Map<String, String> of(String unit, int year, Template template, Map<String, BigDecimal> figures) {
		Map<String, String> prose = new LinkedHashMap<>();
		prose.put("一", partOne(unit, year, template, figures));
		prose.put("五", partFive(unit, year, figures));
		prose.put("六", partSix(template, figures));
		return prose;
	}

	private static String partOne(String unit, int year, Template template, Map<String, BigDecimal> figures) {
		String normative = (template == Template.V2019) ? "proactive.normative_docs.new_made"
				: "proactive.normative_docs.issued";
		BigDecimal litigation = value(figures, "review.litigation_direct.total")
			.add(value(figures, "review.litigation_after_reconsideration.total"));
		return String.join("\n",
				year + "年，" + unit + "认真贯彻落实《中华人民共和国政府信息公开条例》，本报告中所列数据的统计期限为" + year + "年1月1日至" + year
						+ "年12月31日。",
				"本年度共收到政府信息公开申请" + text(figures, "applications.new.total") + "件，上年结转"
						+ text(figures, "applications.carried_over.total") + "件，办结"
						+ text(figures, "applications.result.total.total") + "件，结转下年度继续办理"
						+ text(figures, "applications.carried_forward.total") + "件。",
				"本年度因政府信息公开被申请行政复议" + text(figures, "review.reconsideration.total") + "件，被提起行政诉讼"
						+ litigation.toPlainString() + "件。",
				"本年度制发规范性文件" + text(figures, normative) + "件。");
	}

	private static String partFive(String unit, int year, Map<String, BigDecimal> figures) {
		int seed = Math.abs(unit.hashCode());
		String problemA = PROBLEMS.get(seed % PROBLEMS.size());
		String problemB = PROBLEMS.get((seed / 7 + 1) % PROBLEMS.size());
		String measureA = MEASURES.get((seed / 3) % MEASURES.size());
		String measureB = MEASURES.get((seed / 11 + 2) % MEASURES.size());
		return String.join("\n", "（一）存在的主要问题",
				year + "年，" + unit + "政府信息公开工作取得一定成效，但对照上级要求仍有差距：一是" + problemA + "；二是" + problemB + "。"
						+ unit + "全年受理申请" + text(figures, "applications.new.total") + "件，办理经验仍需积累。",
				"（二）改进措施", "下一步，" + unit + "将" + measureA + "；同时" + measureB + "，推动" + unit
						+ "政务公开工作提质增效，更好地服务辖区群众和企业。");
	}

	private static String partSix(Template template, Map<String, BigDecimal> figures) {
		BigDecimal fees = figures.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith("proactive.fees."))
			.map(Map.Entry::getValue)
			.reduce(BigDecimal.ZERO, (a, b) -> a.add(b.abs()));
		if (fees.signum() == 0) {
			return "本年度未收取信息处理费。";
		}
		String amount = (template == Template.V2021) ? "，行政事业性收费金额" + text(figures, "proactive.fees.amount") + "万元" : "";
		return "本年度未收取政府信息公开信息处理费" + amount + "。";
	}

	private static BigDecimal value(Map<String, BigDecimal> figures, String code) {
		return figures.getOrDefault(code, BigDecimal.ZERO);
	}

	private static String text(Map<String, BigDecimal> figures, String code) {
		return value(figures, code).toPlainString();
	}

}
