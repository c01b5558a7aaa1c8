package org.xxgk.rollup.parse;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;

/**
 * Reads one table cell as written: strips Word artefacts and stray spaces, accepts full-width digits, tells a blank
 * from a dash from text, and converts amounts given in 元 to the form's 万元.
 */
final class CellReader {

	private static final Pattern ARTEFACT = Pattern.compile("\\[bookmark:[^\\]]*\\]");

	private static final Pattern NUMBER = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)(万元|元)?");

	private static final Set<String> DASHES = Set.of("—", "——", "-", "--", "–", "―", "/", "无", "－", "─");

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	/** A cell and whether its amount was converted from 元. */
	record Read(Cell cell, boolean fromYuan) {
	}

	static String clean(String raw) {
		String text = ARTEFACT.matcher(raw).replaceAll("");
		return text.replaceAll("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+", "");
	}

	/**
	 * @param columnInYuan the column header states (单位：元) while the form expects 万元
	 */
	static Read read(String raw, String location, boolean columnInYuan) {
		String text = clean(raw);
		if (text.isEmpty()) {
			return new Read(Cell.blank(raw, location), false);
		}
		if (DASHES.contains(text)) {
			return new Read(new Cell(raw, null, CellState.DASH, location), false);
		}
		Matcher number = NUMBER.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).replace(",", ""));
		if (!number.matches()) {
			return new Read(new Cell(raw, null, CellState.NOT_NUMBER, location), false);
		}
		BigDecimal value = new BigDecimal(number.group(1));
		boolean yuan = "元".equals(number.group(2)) || (columnInYuan && number.group(2) == null);
		if (yuan) {
			value = value.divide(TEN_THOUSAND).stripTrailingZeros();
			value = (value.scale() < 0) ? value.setScale(0) : value;
		}
		return new Read(Cell.number(raw, value, location), yuan);
	}

	static boolean isValueLike(String raw) {
		CellState state = read(raw, "", false).cell().state();
		return state == CellState.NUMBER || state == CellState.DASH;
	}

}
