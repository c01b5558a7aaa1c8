package org.xxgk.rollup.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.xxgk.rollup.report.ReviewData.ReviewFinding;

/**
 * One letter per unit with findings ({@code feedback/<unit>.html}), ready to send: errors first, each with what is
 * wrong, where in the form's words, the value given and the value the cross-check expects, and what to do.
 */
public class FeedbackLetters {

	/** Findings by the unit they belong to (a file matched to no unit stands under its file name), errors first. */
	public static Map<String, List<ReviewFinding>> byUnit(List<ReviewFinding> findings) {
		Map<String, List<ReviewFinding>> units = new LinkedHashMap<>();
		for (ReviewFinding finding : findings) {
			String unit = (finding.unitCode() != null && !finding.unitName().isBlank()) ? finding.unitName()
					: "未识别单位（" + finding.sourceFile() + "）";
			units.computeIfAbsent(unit, (name) -> new ArrayList<>()).add(finding);
		}
		units.values().forEach((list) -> list.sort(Comparator.comparing((ReviewFinding finding) -> !finding.isError())));
		return units;
	}

	/**
	 * Hands each letter with its file name (escaped unit name + .html) on as it is written, one at a time. A finding
	 * the county dismissed or included is not put to the unit again: a unit with only those gets no letter.
	 */
	public void letters(ReviewData data, BiConsumer<String, String> letter) {
		byUnit(data.findings().stream().filter(ReviewFinding::isOpen).toList()).forEach((unit, findings) -> letter
			.accept(Wording.fileName(unit) + ".html", letter(data, unit, findings)));
	}

	String letter(ReviewData data, String unit, List<ReviewFinding> findings) {
		long errors = findings.stream().filter(ReviewFinding::isError).count();
		StringBuilder html = new StringBuilder(8 * 1024);
		String title = "关于" + unit + data.year() + "年度政府信息公开工作年度报告的审核意见";
		html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").append(Html.escape(title))
			.append("</title><style>").append(OverviewPage.STYLE).append("</style></head>\n<body>\n<h1>")
			.append(Html.escape(title)).append("</h1>\n<p>").append(Html.escape(unit)).append("：</p>\n<p>")
			.append(Html.escape(data.regionName())).append("政务公开办于 ").append(OverviewPage.time(data.runAt()))
			.append("审核了贵单位报送的 ").append(data.year()).append(" 年度政府信息公开工作年度报告，发现以下 ")
			.append(findings.size()).append(" 个问题");
		if (errors > 0) {
			html.append("，其中 ").append(errors).append(" 个错误。<strong class=\"error\">报告暂不能计入全县汇总，请按下表更正后重新报送。</strong>");
		}
		else {
			html.append("（均为警告，报告已计入全县汇总）。请逐项核实，如确有误，请更正后重新报送。");
		}
		html.append("</p>\n<table class=\"findings\"><thead><tr><th>序号</th><th>严重程度</th><th>问题</th>")
			.append("<th>位置（表、行、列）</th><th>填报值</th><th>应为</th><th>请您</th></tr></thead><tbody>\n");
		int number = 1;
		for (ReviewFinding finding : findings) {
			html.append("<tr><td>").append(number++).append("</td><td class=\"").append(finding.isError() ? "error" : "warning")
				.append("\">").append(Wording.severity(finding.severity())).append("</td><td>")
				.append(Html.escape(finding.message())).append("<small class=\"cov\">规则 ").append(Html.escape(finding.rule()))
				.append(finding.decision().isEmpty() ? ""
						: "；经" + Html.escape(data.regionName()) + "复核：" + Html.escape(finding.decisionNote()))
				.append("</small></td><td>").append(Html.escape(Wording.place(finding)))
				.append("</td><td>").append(Html.escape(blankAsDash(finding.actual()))).append("</td><td>")
				.append(Html.escape(blankAsDash(finding.expected()))).append("</td><td>")
				.append(Html.escape(Wording.advice(finding))).append("</td></tr>\n");
		}
		html.append("</tbody></table>\n<p>所涉文件：")
			.append(Html.escape(String.join("、", findings.stream().map(ReviewFinding::sourceFile).filter((file) -> !file.isBlank()).distinct().toList())))
			.append("</p>\n<p>如有疑问，请与").append(Html.escape(data.regionName())).append("政务公开办联系。</p>\n")
			.append("<p style=\"text-align:right\">").append(Html.escape(data.regionName())).append("政务公开办<br>")
			.append(OverviewPage.TIME.format(data.runAt().atZoneSameInstant(OverviewPage.CHINA)).substring(0, 10))
			.append("</p>\n</body></html>\n");
		return html.toString();
	}

	private static String blankAsDash(String text) {
		return text.isBlank() ? "—" : text;
	}

}
