package org.xxgk.rollup.demo;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Template;

/**
 * A synthetic annual report, ready to be printed in some layout: the cell texts by metric code (absent key = blank
 * cell) and the prose parts. Built from figures by {@link #of}; the {@code with…} copies break it on purpose for
 * tests and the demo.
 *
 * @param cells metric code to the exact cell text to print; absent key = blank cell
 * @param prose "一", "五", "六" to the text of that part
 */
public record GeneratedReport(String title, String publisher, int year, Template template, Map<String, String> cells,
		Map<String, String> prose) {

	public GeneratedReport {
		cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
		prose = Collections.unmodifiableMap(new LinkedHashMap<>(prose));
	}

	public static GeneratedReport of(String unitFullName, int year, Template template, Map<String, BigDecimal> figures) {
		Map<String, String> cells = new LinkedHashMap<>();
		figures.forEach((code, value) -> {
			if (!isDerived(template, code)) {
				cells.put(code, value.toPlainString());
			}
		});
		return new GeneratedReport(unitFullName + year + "年度政府信息公开工作年度报告", unitFullName, year, template, cells,
				GeneratedProse.of(unitFullName, year, template, figures));
	}

	/** The 2021 form prints （六）其他处理 only as its sub-rows; the totals are not cells of the form. */
	static boolean isDerived(Template template, String code) {
		return FormLayout.isDerived(code, template);
	}

	public GeneratedReport withCell(String code, String text) {
		Map<String, String> copy = new LinkedHashMap<>(this.cells);
		copy.put(code, text);
		return new GeneratedReport(this.title, this.publisher, this.year, this.template, copy, this.prose);
	}

	public GeneratedReport withoutCell(String code) {
		Map<String, String> copy = new LinkedHashMap<>(this.cells);
		copy.remove(code);
		return new GeneratedReport(this.title, this.publisher, this.year, this.template, copy, this.prose);
	}

	public GeneratedReport withProse(String numeral, String text) {
		Map<String, String> copy = new LinkedHashMap<>(this.prose);
		copy.put(numeral, text);
		return new GeneratedReport(this.title, this.publisher, this.year, this.template, this.cells, copy);
	}

	public GeneratedReport withTitle(String newTitle) {
		return new GeneratedReport(newTitle, this.publisher, this.year, this.template, this.cells, this.prose);
	}

}
