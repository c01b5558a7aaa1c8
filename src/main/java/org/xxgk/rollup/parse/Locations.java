package org.xxgk.rollup.parse;

import java.util.List;

/** Chinese cell locations a clerk can follow: 表三 第5行第3列（原文第121行）, or（原文第4页第12行） in a PDF. */
final class Locations {

	private static final List<String> NUMERALS = List.of("零", "一", "二", "三", "四", "五", "六");

	/** Lines a page may number; a PDF line is stored as −(page × this + line), as no other format's lines are negative. */
	private static final int PAGE_LINES = 1000;

	private Locations() {
	}

	static String cell(int table, int row, int column, int line) {
		return "表" + NUMERALS.get(table) + " 第" + row + "行第" + column + "列（" + origin(line) + "）";
	}

	static String row(int table, int row, int line) {
		return "表" + NUMERALS.get(table) + " 第" + row + "行（" + origin(line) + "）";
	}

	/** The line number of line {@code line} of page {@code page} of a PDF (both from 1). */
	static int onPage(int page, int line) {
		return -(page * PAGE_LINES + Math.min(line, PAGE_LINES - 1));
	}

	/** Where a line is in the file as submitted: 原文第121行, or 原文第4页第12行 in a PDF. */
	static String origin(int line) {
		return (line < 0) ? "原文第" + (-line / PAGE_LINES) + "页第" + (-line % PAGE_LINES) + "行" : "原文第" + line + "行";
	}

}
