package org.xxgk.rollup.parse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.Template;

/**
 * The 2021 form prints （六）其他处理 only as three sub-rows; its total per column is derived as their sum so that
 * downstream rules and roll-ups see the same {@code applications.result.other.*} figures for both templates.
 */
final class DerivedFigures {

	private static final String OTHER = "applications.result.other.";

	private static final List<String> SUB_ROWS = List.of("no_correction", "unpaid_fee", "other");

	private static final List<String> COLUMNS = List.of("natural_person", "enterprise", "research", "public_interest",
			"legal_services", "other_org", "total");

	private DerivedFigures() {
	}

	static boolean isDerived(String code, Template template) {
		return template == Template.V2021 && code.startsWith(OTHER)
				&& COLUMNS.contains(code.substring(OTHER.length()));
	}

	static void add(Template template, Map<String, Cell> cells) {
		if (template != Template.V2021) {
			return;
		}
		for (String column : COLUMNS) {
			List<Cell> parts = SUB_ROWS.stream().map((row) -> cells.get(OTHER + row + "." + column)).toList();
			if (parts.stream().anyMatch((cell) -> cell != null)) {
				BigDecimal sum = parts.stream()
					.map((cell) -> (cell != null) ? cell.valueOrZero() : BigDecimal.ZERO)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				cells.put(OTHER + column, Cell.derived(sum));
			}
		}
	}

}
