package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.xxgk.rollup.parse.PdfGlyphs.Glyph;

/**
 * Glyphs grouped into text lines by their baselines, each line read left to right. A space is kept only between two
 * Latin letters or digits set apart (a word gap); a gap beside a Chinese character is only the typesetter's spacing
 * (2024 年, 商 业 企).
 */
final class PdfLines {

	/** One line of text: its glyphs left to right and its extent. */
	record Line(String text, float left, float right, float baseline, float size) {

		float top() {
			return this.baseline - this.size;
		}

	}

	/** Baselines closer than this share a line, as a share of the font size. */
	private static final float SAME_LINE = 0.5f;

	/** A gap wider than this between two Latin characters is a space, as a share of the font size. */
	private static final float WORD_GAP = 0.2f;

	private PdfLines() {
	}

	static List<Line> of(List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
		List<Line> lines = new ArrayList<>();
		List<Glyph> line = new ArrayList<>();
		for (Glyph glyph : sorted) {
			if (!line.isEmpty() && glyph.y() - line.get(0).y() > SAME_LINE * Math.max(glyph.size(), line.get(0).size())) {
				lines.add(line(line));
				line.clear();
			}
			line.add(glyph);
		}
		if (!line.isEmpty()) {
			lines.add(line(line));
		}
		return lines;
	}

	/** The lines of a cell joined by line breaks, as a label wrapped inside its cell reads. */
	static String text(List<Glyph> glyphs) {
		return String.join("\n", of(glyphs).stream().map(Line::text).toList());
	}

	private static Line line(List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::x));
		StringBuilder text = new StringBuilder();
		Glyph previous = null;
		float size = 0;
		float baseline = 0;
		for (Glyph glyph : sorted) {
			if (previous != null && glyph.x() - previous.right() > WORD_GAP * glyph.size()
					&& isLatin(previous.text()) && isLatin(glyph.text())) {
				text.append(' ');
			}
			text.append(glyph.text());
			size = Math.max(size, glyph.size());
			baseline = Math.max(baseline, glyph.y());
			previous = glyph;
		}
		return new Line(text.toString(), sorted.get(0).x(), sorted.get(sorted.size() - 1).right(), baseline, size);
	}

	private static boolean isLatin(String text) {
		int c = text.codePointAt(0);
		return c < 0x2E80 && Character.isLetterOrDigit(c);
	}

}
