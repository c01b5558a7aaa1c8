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
 * from a dash from 不适用 from text, keeps a note written beside a number (22（其中修订16件）: 22, note 其中修订16件), and
 * notes a unit glued to the number so amounts in 元 can be converted to the form's 万元. OCR's misreadings of digits
 * (O for 0, l or I for 1, S for 5, B for 8; 。 for a decimal point) and a converter's LaTeX ({@code $12$}) are read as
 * the digits, the cell's location saying what was written and how it was read (rules.md
 * has no rule for it; the raw text stays on the cell); 空 is a blank, ／ a dash. A footnote's mark after a number
 * (12*, 12¹, 12①, 12[1]) is the number with the mark as its note (CELL-ANNOTATED), never a digit of it.
 */
final class CellReader {

	private static final Pattern ARTEFACT = Pattern.compile("\\[bookmark:[^\\]]*\\]");

	/**
	 * A number, with a money unit (元/万元, converted by the caller) or a counting word (件, 个…: the number is taken and
	 * the CELL-COUNT-UNIT rule warns) glued on.
	 */
	private static final Pattern NUMBER = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)(万元|元|件|个|项|次|宗|条|份)?");

	/**
	 * A number with a note in brackets after it: 22（其中修订16件）, 55（含自然失效29件）; its number as OCR misreads it
	 * (S5（含…）), as {@link #OCR_NUMBER} reads a cell of it alone.
	 */
	private static final Pattern ANNOTATED = Pattern
		.compile("([+-]?[0-9OoIl〇SB]+(?:\\.[0-9OoIl〇SB]+)?)(万元|元|件|个|项|次|宗|条|份)?[(\\[](.*\\D.*)[)\\]]");

	private static final Set<String> DASHES = Set.of("—", "——", "-", "--", "–", "―", "/", "无", "－", "─", "／", "\\");

	/** Cells that say they are empty: blank, as a blank cell is. */
	private static final Set<String> EMPTY = Set.of("空", "(空)", "空白");

	/**
	 * A number as OCR engines misread it: O, o and 〇 for 0, l and I for 1 (1O, l2, O). Only a cell made of digits
	 * and these letters is taken so; any other letter makes it text (and 1. is a label's numbering, not a number).
	 */
	private static final Pattern OCR_NUMBER = Pattern.compile("[0-9OoIl〇SB]+(\\.[0-9OoIl〇SB]+)?");

	/** A cell a converter wrote as LaTeX math ({@code $12$}, {@code $4068.208$}): the text between the dollars. */
	private static final Pattern LATEX = Pattern.compile("^\\$+(.*?)\\$+$");

	/** An OCR's full stop for a decimal point between digits (4068。208). */
	private static final Pattern STOP_AS_POINT = Pattern.compile("(?<=\\d)。(?=\\d)");

	/**
	 * A footnote's mark after a number, as printed: an asterisk or reference mark (*, ※, †), a superscript or circled
	 * number (¹, ①), a number in brackets ([1], ［1］). Checked on the text as printed, before NFKC, which would make
	 * 12¹ and 12① the number 121.
	 */
	private static final Pattern FOOTNOTE = Pattern.compile("([0-9０-９OoIl〇SB,，.]*[0-9０-９])"
			+ "(\\*+|＊+|※|†|‡|[¹²³⁴-⁹]+|[①-⑳]|[\\[［](?:注)?[0-9０-９]{1,2}[\\]］])([(（\\[［].*)?");

	private static final Set<String> NOT_APPLICABLE = Set.of("不适用", "N/A", "n/a", "NA", "N.A.");

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	/** A cell as written and the money unit glued to its number (元 or 万元), or null. */
	record Read(Cell cell, String unit) {
	}

	/**
	 * The cell without Word's bookmark artefacts and without any space (the regex {@code [\\s\\u00A0\\u3000\\u200B\\uFEFF]}).
	 * Every cell of every report comes through here, most with neither, so the text is scanned before any copy is made:
	 * compiling the space pattern on each call was a twentieth of the ingest's CPU.
	 */
	static String clean(String raw) {
		String text = (raw.indexOf("[bookmark:") >= 0) ? ARTEFACT.matcher(raw).replaceAll("") : raw;
		int first = 0;
		while (first < text.length() && !isSpace(text.charAt(first))) {
			first++;
		}
		if (first == text.length()) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
		for (int i = first + 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isSpace(c)) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	/** A cell a converter wrote as LaTeX ({@code $705$}) as its text, an OCR's 。 between digits as a point. */
	private static String withoutConverterMarks(String text) {
		Matcher latex = LATEX.matcher(text);
		return STOP_AS_POINT.matcher(latex.matches() ? latex.group(1) : text).replaceAll(".");
	}

	/** What {@link #clean} drops: Java's {@code \\s} (ASCII white space), no-break, ideographic and zero-width spaces, BOM. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
				|| c == '\u3000' || c == '\u200B' || c == '\uFEFF';
	}

	static Read read(String raw, String location) {
		if (isDigits(raw)) {
			// most cells: what the steps below make of plain digits (a number, no unit, the place as given)
			return new Read(Cell.number(raw, new BigDecimal(raw), location), null);
		}
		String text = clean(raw);
		text = (text.indexOf('$') >= 0 || text.indexOf('。') >= 0) ? withoutConverterMarks(text) : text;
		if (text.isEmpty()) {
			return new Read(Cell.blank(raw, location), null);
		}
		if (DASHES.contains(text)) {
			return new Read(new Cell(raw, null, CellState.DASH, location), null);
		}
		Matcher footnote = FOOTNOTE.matcher(text);
		if (footnote.matches()) {
			// the mark is a note; the number, and a note after the mark, are read as without it
			String rest = (footnote.group(3) != null) ? footnote.group(3) : "";
			Read number = read(footnote.group(1) + rest, location);
			if (number.cell().state() == CellState.NUMBER) {
				Cell cell = number.cell();
				String mark = "脚注标记“" + footnote.group(2) + "”";
				return new Read(new Cell(raw, cell.value(), CellState.NUMBER, cell.location(),
						cell.isAnnotated() ? mark + "；" + cell.note() : mark), number.unit());
			}
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFKC);
		if (NOT_APPLICABLE.contains(plain)) {
			return new Read(new Cell(raw, null, CellState.NOT_APPLICABLE, location), null);
		}
		if (DASHES.contains(plain)) {
			return new Read(new Cell(raw, null, CellState.DASH, location), null);
		}
		if (EMPTY.contains(plain)) {
			return new Read(Cell.blank(raw, location), null);
		}
		String where = location;
		if (OCR_NUMBER.matcher(plain.replace(",", "")).matches()) {
			String digits = ocrDigits(plain);
			// a letter read as a digit is a guess: the cell's place says so, so every finding and output naming it does
			where = digits.equals(plain) ? location : location + "（原文写作“" + text + "”，读作" + digits.replace(",", "") + "）";
			plain = digits;
		}
		Matcher number = NUMBER.matcher(plain.replace(",", ""));
		if (number.matches()) {
			return new Read(Cell.number(raw, new BigDecimal(number.group(1)), where), number.group(2));
		}
		Matcher annotated = ANNOTATED.matcher(plain);
		if (annotated.matches()) {
			String digits = ocrDigits(annotated.group(1));
			where = digits.equals(annotated.group(1)) ? location
					: location + "（原文写作“" + text + "”，读作" + digits + "）";
			Cell cell = new Cell(raw, new BigDecimal(digits), CellState.NUMBER, where, annotated.group(3));
			return new Read(cell, annotated.group(2));
		}
		return new Read(new Cell(raw, null, CellState.NOT_NUMBER, location), null);
	}

	private static String ocrDigits(String text) {
		return text.replace('O', '0').replace('o', '0').replace('〇', '0').replace('I', '1').replace('l', '1')
			.replace('S', '5').replace('B', '8');
	}

	/** The same cell with its amount converted from 元 to 万元. */
	static Cell toTenThousandYuan(Cell cell) {
		BigDecimal value = cell.value().divide(TEN_THOUSAND).stripTrailingZeros();
		value = (value.scale() < 0) ? value.setScale(0) : value;
		return new Cell(cell.raw(), value, cell.state(), cell.location(), cell.note());
	}

	/** Plain ASCII digits, at least one: a number as {@link #read} reads it, with nothing to clean or convert. */
	private static boolean isDigits(String raw) {
		if (raw.isEmpty()) {
			return false;
		}
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/** A number, a dash, 不适用 or 空: what fills a value cell, not a label. */
	static boolean isValueLike(String raw) {
		if (isDigits(raw)) {
			return true;
		}
		CellState state = read(raw, "").cell().state();
		return state == CellState.NUMBER || state == CellState.DASH || state == CellState.NOT_APPLICABLE
				|| (state == CellState.BLANK && !clean(raw).isEmpty());
	}

}
