package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.PrintedForm;
import org.xxgk.rollup.model.Template;

/**
 * Every piece of text the form prints in its tables, of both templates: each row label and its parts (三、本年度办理结果,
 * （三）不予公开, 1.属于国家秘密), each column label, and the header words that name no figure (信息内容, 申请人情况,
 * 法人或其他组织…) as {@link PrintedForm} prints them. Used before the template is known, to tell whether two
 * fragments a page break or a converter cut apart are one label of the form: the closed set decides, not the layout.
 */
final class FormWords {

	/** The blank form as {@link PrintedForm} prints it: the header words below are its cells, by place. */
	private static final PrintedForm FORM = PrintedForm.blank(Template.V2021);

	/** 第二十条, the start of each block heading of table 二 (第二十条第（一）项). */
	static final String ARTICLE = article(FORM.table(2).get(0).get(0).text());

	/** 信息内容, the first cell of each block's header in table 二. */
	static final String CONTENT = Labels.normalize(FORM.table(2).get(1).get(0).text());

	/** Table 三's first header row: the 勾稽 note, then 申请人情况. */
	static final String NOTE = Labels.normalize(FORM.table(3).get(0).get(0).text());

	static final String APPLICANTS = Labels.normalize(FORM.table(3).get(0).get(1).text());

	/** Table 三's applicant row: 自然人 | 法人或其他组织 | 总计. */
	static final List<String> APPLICANT_ROW = labels(FORM.table(3).get(1));

	static final String NATURAL_PERSON = APPLICANT_ROW.get(0);

	static final String ORGANISATIONS = APPLICANT_ROW.get(1);

	static final String TOTAL = APPLICANT_ROW.get(2);

	/** Table 三's seven value columns as headed: 自然人, the five kinds of 法人或其他组织 (its third header row), 总计. */
	static final List<String> VALUE_COLUMNS = valueColumns();

	/** Table 四's groups: 行政复议 | 行政诉讼. */
	static final List<String> REVIEW_GROUPS = labels(FORM.table(4).get(0));

	static final String RECONSIDERATION = REVIEW_GROUPS.get(0);

	static final String LITIGATION = REVIEW_GROUPS.get(1);

	/** Where a row label's parts begin: before （三）, before 1. and at spaces. */
	private static final Pattern PARTS = Pattern.compile("\\s+|(?=（[一二三四五六七八九十]{1,3}）)|(?<=[^\\d])(?=\\d{1,2}\\.)");

	private static final List<String> KEYS;

	static {
		Set<String> keys = new LinkedHashSet<>();
		// the form's own header cells (信息内容, 申请人情况, 第二十条第（五）项, the 勾稽 note…), as model.PrintedForm prints them
		for (Template template : Template.values()) {
			PrintedForm form = (template == Template.V2021) ? FORM : PrintedForm.blank(template);
			for (int table = 2; table <= 4; table++) {
				form.table(table).forEach((row) -> row.stream()
					.filter(PrintedForm.FormCell::label)
					.forEach((cell) -> keys.add(FormOrder.key(cell.text()))));
			}
		}
		for (Metric metric : MetricCatalog.standard().all()) {
			for (Template template : Template.values()) {
				if (!metric.templates().contains(template)) {
					continue;
				}
				String row = metric.rowLabel(template);
				keys.add(FormOrder.key(row));
				for (String part : PARTS.split(row)) {
					keys.add(FormOrder.key(part));
				}
				keys.add(FormOrder.key(metric.columnLabel(template)));
			}
		}
		keys.remove("");
		KEYS = new ArrayList<>(keys);
	}

	private FormWords() {
	}

	private static String article(String blockHeading) {
		String heading = Labels.normalize(blockHeading);
		return heading.substring(0, heading.indexOf('第', 1));
	}

	private static List<String> valueColumns() {
		List<String> columns = new ArrayList<>(List.of(NATURAL_PERSON));
		columns.addAll(labels(FORM.table(3).get(2)));
		columns.add(TOTAL);
		return List.copyOf(columns);
	}

	private static List<String> labels(List<PrintedForm.FormCell> row) {
		return row.stream().filter(PrintedForm.FormCell::label).map((cell) -> Labels.normalize(cell.text())).toList();
	}

	/**
	 * The edits between a text and the nearest piece of the form (letters and digits compared, so 1. and （三） count),
	 * or {@link Integer#MAX_VALUE} when it is near none: farther than {@link LabelMatcher#allowedEdits} lets that
	 * piece be.
	 */
	static int distance(String text) {
		String key = FormOrder.key(text);
		if (key.isEmpty()) {
			return Integer.MAX_VALUE;
		}
		int best = Integer.MAX_VALUE;
		for (String form : KEYS) {
			int allowed = LabelMatcher.allowedEdits(form.length());
			int edits = LabelMatcher.distance(key, form, allowed + 1);
			if (edits <= allowed && edits < best) {
				best = edits;
			}
		}
		return best;
	}

	/**
	 * Whether a text cut in two (the {@code first} part above, the {@code second} below) reads as one piece of the
	 * form when joined, nearer than either part alone: 4.保护第 + 三方合法权益, 信 + 息内容, （ + 五）不予处理.
	 */
	static boolean joins(String first, String second) {
		int joined = distance(first + second);
		return joined != Integer.MAX_VALUE && joined < distance(first) && joined < distance(second);
	}

}
