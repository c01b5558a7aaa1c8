package org.xxgk.rollup.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Rule;

/** TABLE-MISSING (error): one finding per table 二, 三 or 四 that was not found. */
public final class TableMissingRule extends BaseRule {

	public static final String ID = Rule.TABLE_MISSING.id();

	/**
	 * An image where the table should be, as a converter leaves it in the part's text: Markdown's {@code ![](src)}
	 * or an {@code <img src>} tag.
	 */
	private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(([^)\\s]+)[^)]*\\)|<img[^>]*\\ssrc=[\"']?([^\"'\\s>]+)");

	public TableMissingRule() {
		super(Rule.TABLE_MISSING, false, Set.of());
	}

	@Override
	public List<Finding> check(Report report, RuleContext context) {
		List<Finding> findings = new ArrayList<>();
		for (int table = 2; table <= 4; table++) {
			if (!report.tablesFound().contains(table)) {
				String name = "表" + FormLayout.tableNumeral(table);
				Matcher image = IMAGE.matcher(report.section(FormLayout.tableNumeral(table)));
				boolean asImage = image.find();
				findings.add(Findings.of(rule(), null, FormLayout.tableHeading(table), name,
						asImage ? "未找到（该部分是图片）" : "未找到",
						"报告中找不到" + name + "（" + FormLayout.tableHeading(table) + "）"
								+ (asImage ? "：该部分只有一张图片（" + ((image.group(1) != null) ? image.group(1) : image.group(2)) + "），图片中的数字无法读取" : "")
								+ "。请按模板填写该表格，不要以图片代替或删除表格。"));
			}
		}
		return findings;
	}

}
