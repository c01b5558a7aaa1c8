package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xxgk.rollup.parse.PdfGlyphs.Glyph;

/**
 * A PDF's text laid out in columns, as {@code pdftotext -layout} writes it, for tables drawn without ruling lines (or
 * with only horizontal ones, 三线表): each glyph is put at the character column of its x position on a grid of half the
 * usual font size, so cells stay apart by runs of spaces and a column keeps its offset from line to line.
 * {@link ColumnTextReader} then rebuilds the grid, and the form's labels decide what was found. A Chinese character
 * is two grid columns wide; the second is filled with {@link #FILLER}, which is no space, so a label is not split
 * into words and offsets stay true (the reader removes it).
 */
final class PdfLayoutText {

	/** Fills the second grid column of a wide character. */
	static final char FILLER = '\u200B';

	/** Share of the page height at its top and bottom where page numbers and running headers are. */
	private static final float MARGIN = 0.12f;

	/** The height of a text line of the grid, as a share of the usual font size (about half a line of a table). */
	private static final float LINE = 0.7f;

	/** A line holding a figure: a number standing alone. */
	private static final java.util.regex.Pattern VALUE = java.util.regex.Pattern.compile("(^|\\s)\\d+(\\.\\d+)?(\\s|$)");

	private PdfLayoutText() {
	}

	static String of(List<List<Glyph>> pages, List<Float> heights) {
		float size = commonSize(pages);
		float unit = size / 2;
		List<List<String>> texts = new ArrayList<>();
		List<List<Integer>> rows = new ArrayList<>();
		List<List<Boolean>> margins = new ArrayList<>();
		for (int p = 0; p < pages.size(); p++) {
			List<String> lines = new ArrayList<>();
			List<Boolean> inMargin = new ArrayList<>();
			List<Integer> at = new ArrayList<>();
			for (List<Glyph> line : lines(pages.get(p))) {
				lines.add(line(line, unit));
				float baseline = line.get(0).y();
				int row = Math.round(baseline / (size * LINE));
				at.add(at.isEmpty() ? row : Math.max(row, at.get(at.size() - 1) + 1));
				inMargin.add(baseline < heights.get(p) * MARGIN || baseline > heights.get(p) * (1 - MARGIN));
			}
			texts.add(lines);
			margins.add(inMargin);
			rows.add(at);
		}
		StringBuilder text = new StringBuilder();
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (int p = 0; p < texts.size(); p++) {
			boolean top = true;
			int row = 0;
			for (int l = 0; l < texts.get(p).size(); l++) {
				// blank lines keep the vertical distances: a wrapped label is nearer its own values than the row's above
				for (; row < rows.get(p).get(l); row++) {
					text.append('\n');
				}
				String line = texts.get(p).get(l);
				if (margins.get(p).get(l) && repeatedOnAnotherPage(line, p, texts)) {
					continue;
				}
				boolean values = VALUE.matcher(line).find();
				// a table's header rows repeated at the top of the page it continues on
				if (top && !values && p > 0 && seen.contains(line) && !line.isBlank()) {
					continue;
				}
				top &= !values;
				seen.add(line);
				text.append(line).append('\n');
				row++;
			}
			text.append('\n');
		}
		return text.toString();
	}

	/** The same line (but for its digits) on another page: a running header or footer, or a page number. */
	private static boolean repeatedOnAnotherPage(String line, int page, List<List<String>> texts) {
		String pattern = line.replaceAll("\\d+", "#");
		for (int p = 0; p < texts.size(); p++) {
			if (p != page && texts.get(p).stream().anyMatch((other) -> other.replaceAll("\\d+", "#").equals(pattern))) {
				return true;
			}
		}
		return false;
	}

	/** The font size most glyphs are set in (tables and body text alike are laid out on its grid). */
	private static float commonSize(List<List<Glyph>> pages) {
		Map<Integer, Integer> counts = new HashMap<>();
		pages.stream().flatMap(Collection::stream).forEach((glyph) -> counts.merge(Math.round(glyph.size() * 2), 1, Integer::sum));
		return counts.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map((entry) -> entry.getKey() / 2f)
			.filter((size) -> size > 0)
			.orElse(10f);
	}

	/** Glyphs grouped by baseline, as {@link PdfLines} groups them, each line left to right. */
	static List<List<Glyph>> lines(List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort((a, b) -> Float.compare(a.y(), b.y()));
		List<List<Glyph>> lines = new ArrayList<>();
		List<Glyph> line = new ArrayList<>();
		for (Glyph glyph : sorted) {
			if (!line.isEmpty() && glyph.y() - line.get(0).y() > 0.5f * Math.max(glyph.size(), line.get(0).size())) {
				lines.add(line);
				line = new ArrayList<>();
			}
			line.add(glyph);
		}
		if (!line.isEmpty()) {
			lines.add(line);
		}
		lines.forEach((l) -> l.sort((a, b) -> Float.compare(a.x(), b.x())));
		return lines;
	}

	/**
	 * A line on the grid: a glyph that touches the one before it (the next character of a word or a number) follows
	 * it directly, any other goes to the column of its x position, so a gap stays a gap.
	 */
	private static String line(List<Glyph> glyphs, float unit) {
		StringBuilder line = new StringBuilder();
		Glyph previous = null;
		for (Glyph glyph : glyphs) {
			boolean touches = previous != null && glyph.x() - previous.right() < unit / 2;
			int column = touches ? line.length() : Math.max(Math.round(glyph.x() / unit), line.length() + 2);
			while (line.length() < column) {
				line.append(' ');
			}
			for (int i = 0; i < glyph.text().length(); i = glyph.text().offsetByCodePoints(i, 1)) {
				int c = glyph.text().codePointAt(i);
				line.appendCodePoint(c);
				if (c >= 0x2E80) {
					line.append(FILLER);
				}
			}
			previous = glyph;
		}
		return line.toString();
	}

}
