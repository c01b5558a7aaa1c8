package org.xxgk.rollup.parse;

import java.util.List;

/** Chinese cell locations a clerk can follow: 表三 第5行第3列（原文第121行）. */
final class Locations {

	private static final List<String> NUMERALS = List.of("零", "一", "二", "三", "四", "五", "六");

	private Locations() {
	}

	static String cell(int table, int row, int column, int line) {
		return "表" + NUMERALS.get(table) + " 第" + row + "行第" + column + "列（原文第" + line + "行）";
	}

	static String row(int table, int row, int line) {
		return "表" + NUMERALS.get(table) + " 第" + row + "行（原文第" + line + "行）";
	}

}
