package org.xxgk.rollup.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/**
 * OUTLINE-INCOMPLETE (warning): the six statutory parts 一 … 六 are not all present, or not in the form's order.
 * A part is present when its heading was recognised (renamed titles are, when they keep a keyword of the part), as
 * rules.md defines the rule by the parts and their titles: a table found without its part's heading leaves the part
 * untitled, and the finding says its table is there. The order is that of the headings as printed (a structured
 * form's sheets, tables first and prose after, are its layout and not judged).
 */
public final class OutlineIncompleteRule extends BaseRule {

	public static final String ID = Rule.OUTLINE_INCOMPLETE.id();

	private static final String PARTS = "一二三四五六";

	/** Said after a table part's heading when its table was found without it. */
	private static final String UNTITLED = "（表格已找到，缺少标题）";

	public OutlineIncompleteRule() {
		super(Rule.OUTLINE_INCOMPLETE, false, Set.of());
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		String outline = report.outline();
		List<String> missing = new ArrayList<>();
		List<String> untitled = new ArrayList<>();
		for (int i = 0; i < PARTS.length(); i++) {
			String part = PARTS.substring(i, i + 1);
			boolean table = i >= 1 && i <= 3 && report.tablesFound().contains(i + 1);
			if (outline.indexOf(part) < 0) {
				missing.add(FormLayout.partHeading(part) + (table ? UNTITLED : ""));
				if (table) {
					untitled.add("表" + part);
				}
			}
		}
		String order = distinct(outline);
		boolean ordered = order.equals(inFormOrder(order)) || structuredForm(order);
		if (missing.isEmpty() && ordered) {
			return List.of();
		}
		String actual = missing.isEmpty() ? "顺序：" + order : "缺少：" + String.join("、", missing);
		String message = missing.isEmpty() ? "报告各部分的顺序（" + order + "）与规定格式不同，请按一至六的顺序编排。"
				: "报告缺少“" + String.join("”“", missing) + "”部分（或标题无法识别）。"
						+ (untitled.isEmpty() ? "" : String.join("、", untitled) + "已找到，但前面没有该部分的标题。")
						+ "年度报告应包括规定的六个部分，每部分有其标题，请补齐。";
		return List.of(Findings.of(rule(), null, "整份报告", "一二三四五六", actual, message));
	}

	/**
	 * A structured form (a spreadsheet: sheets 表二, 表三, 表四, then the prose sheet) prints the tables before the prose
	 * parts, in their own order: its layout, not the unit's.
	 */
	private static boolean structuredForm(String order) {
		return order.equals("二三四" + inFormOrder(order.replaceAll("[二三四]", "")));
	}

	/** Each numeral once, where it first appears. */
	private static String distinct(String outline) {
		StringBuilder seen = new StringBuilder();
		outline.codePoints().filter((c) -> seen.indexOf(Character.toString(c)) < 0).forEach(seen::appendCodePoint);
		return seen.toString();
	}

	/** The same numerals in the form's order. */
	private static String inFormOrder(String numerals) {
		StringBuilder ordered = new StringBuilder();
		for (char part : PARTS.toCharArray()) {
			if (numerals.indexOf(part) >= 0) {
				ordered.append(part);
			}
		}
		return ordered.toString();
	}

}
