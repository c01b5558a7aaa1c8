package org.xxgk.rollup.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.xxgk.rollup.model.Template;

/**
 * The prose parts of a generated report. Part 一 restates table figures in the fixed phrasings a validation rule
 * compares with the tables; part 五 is built from the unit's name and figures so two units' texts differ as real
 * ones do.
 */
final class GeneratedProse {

	private static final List<String> PROBLEMS = List.of("信息发布的及时性还有待提高", "公开内容的深度和广度仍需拓展",
			"工作人员业务水平参差不齐", "政策解读的形式较为单一", "网站栏目更新维护不够规范", "依申请公开的答复质量有待提升",
			"村务公开与政务公开衔接不够紧密", "基层公开专区建设进度偏慢", "重点领域信息公开不够全面", "公众参与渠道利用率不高");

	private static final List<String> MEASURES = List.of("定期开展业务培训，提升信息公开队伍能力", "完善信息发布审核机制，确保内容准确规范",
			"丰富政策解读形式，增加图解和问答", "加强政府网站栏目日常巡查", "规范依申请公开办理流程，严格答复时限",
			"拓展政务新媒体渠道，扩大信息覆盖面", "把公开专区延伸到村（社区）便民服务站", "建立公开事项清单动态调整机制",
			"邀请群众代表参与政务开放日活动", "将公开工作纳入年度绩效考核");

	/** Things a township says it did; each unit tells a different few, as real reports do. */
	private static final List<String> HIGHLIGHTS = List.of("围绕乡村振兴，公开了高标准农田建设和农村人居环境整治项目进展",
			"在镇政务服务中心设置政府信息公开查阅点，方便群众现场查阅", "及时公开防汛防风应急信息，发布台风预警和转移安置安排",
			"公开低保、特困供养等民生资金发放名单，接受群众监督", "通过微信公众号推送惠农补贴政策解读，阅读量明显增加",
			"组织镇村干部学习新修订的政府信息公开条例", "公开了镇级财政预决算和“三公”经费情况", "对重大行政决策事项开展事前公开征求意见",
			"整理汇编本镇现行有效的规范性文件目录并向社会公开", "开展政务公开进村居活动，在村务公开栏张贴办事指南",
			"公开城乡居民医疗保险和养老保险参保缴费指引", "及时发布疫情防控和疫苗接种的通告");

	private GeneratedProse() {
	}

	/** {@code count} different items of {@code pool}, chosen by the unit's name so the choice is repeatable. */
	private static List<String> pick(List<String> pool, int count, String unit, int salt) {
		List<String> shuffled = new ArrayList<>(pool);
		Collections.shuffle(shuffled, new Random(unit.hashCode() * 31L + salt));
		return shuffled.subList(0, count);
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
				"本年度制发规范性文件" + text(figures, normative) + "件。",
				"主要工作：" + String.join("；", pick(HIGHLIGHTS, 4, unit, 3)) + "。");
	}

	private static String partFive(String unit, int year, Map<String, BigDecimal> figures) {
		List<String> problems = pick(PROBLEMS, 3, unit, 1);
		List<String> measures = pick(MEASURES, 3, unit, 2);
		return String.join("\n", "（一）存在的主要问题",
				year + "年，" + unit + "政府信息公开工作取得一定成效，但对照上级要求仍有差距：一是" + problems.get(0) + "；二是"
						+ problems.get(1) + "；三是" + problems.get(2) + "。" + unit + "全年受理申请"
						+ text(figures, "applications.new.total") + "件，办理经验仍需积累。",
				"（二）改进措施", "下一步，" + unit + "将" + measures.get(0) + "；" + measures.get(1) + "；同时" + measures.get(2)
						+ "，推动政务公开工作提质增效。");
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
