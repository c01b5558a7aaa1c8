package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.xxgk.rollup.parse.PdfGlyphs.Glyph;
import org.xxgk.rollup.parse.SourceDocument.GridCell;
import org.xxgk.rollup.parse.SourceDocument.GridRow;
import org.xxgk.rollup.parse.TemplatePdfFixtures.Fixture;

/**
 * Table 三 rebuilt from the glyphs of the real form printed without lines (上海 2025's figures,
 * shanghai-2025-no-lines.pdf), its glyphs then changed: a figure left out is a blank cell in its own column, a figure
 * off its column's alignment is placed by the header above it; a figure under no column's header, or a word among
 * the figures, leaves the table unread (null), not read into a column.
 */
class PdfUnruledTableThreeTests {

	private static final String NEW = "一、本年新收政府信息公开申请数量";

	@Test
	void eachFigureStandsInTheColumnItsGlyphsOverlap() throws Exception {
		assertThat(cells(rows(UnaryOperator.identity()), NEW)).containsExactly(NEW, "1259", "36", "0", "0", "0", "0", "1295");
		// （二）'s 总计 is set a half line above its other figures, beside its label's first line
		assertThat(cells(rows(UnaryOperator.identity()), "（二）部分公开（区分处理的，只计这一情")).containsExactly(
				"（二）部分公开（区分处理的，只计这一情", "2", "0", "0", "0", "0", "0", "2");
	}

	@Test
	void aFigureLeftOutIsABlankCellInItsColumn() throws Exception {
		List<GridRow> rows = rows((glyphs) -> change(glyphs, "36", null));
		assertThat(cells(rows, NEW)).containsExactly(NEW, "1259", "", "0", "0", "0", "0", "1295");
	}

	/**
	 * A figure set off its column's alignment (36 moved right by half a column, still inside its cell) no longer lets
	 * the figures tell the columns, and the header does (商业 / 企业 over it).
	 */
	@Test
	void aFigureOffItsColumnsAlignmentIsPlacedByTheHeader() throws Exception {
		List<GridRow> rows = rows((glyphs) -> change(glyphs, "36", 17f));
		assertThat(cells(rows, NEW)).containsExactly(NEW, "1259", "36", "0", "0", "0", "0", "1295");
	}

	/** 36 moved into the gap between the headers 商业企业 (x 343–363) and 科研机构 (377–397), or a word beside 1295. */
	@Test
	void aFigureBetweenTwoColumnsOrAWordAmongTheFiguresLeavesTheTableUnread() throws Exception {
		assertThat(rows((glyphs) -> change(glyphs, "36", 24.8f))).isNull();
		assertThat(rows((glyphs) -> {
			Glyph last = glyphs.stream().filter((g) -> Math.abs(g.y() - rowY(glyphs)) < 1).reduce((a, b) -> (b.x() > a.x()) ? b : a).orElseThrow();
			List<Glyph> changed = new ArrayList<>(glyphs);
			changed.add(new Glyph(last.right() + last.size(), last.y(), last.size(), last.size(), "注"));
			return changed;
		})).isNull();
	}

	/** The row's cells: the one whose first label cell is {@code label}. */
	private static List<String> cells(List<GridRow> rows, String label) {
		return rows.stream()
			.filter((row) -> row.cells().get(0).text().equals(label))
			.findFirst()
			.orElseThrow()
			.cells()
			.stream()
			.map(GridCell::text)
			.toList();
	}

	/** The baseline of the row 一、本年新收… on its page. */
	private static float rowY(List<Glyph> glyphs) {
		return glyphs.stream()
			.map(Glyph::y)
			.distinct()
			.filter((y) -> String.join("", glyphs.stream().filter((g) -> Math.abs(g.y() - y) < 1).map(Glyph::text).toList()).contains(NEW))
			.findFirst()
			.orElseThrow();
	}

	/** The page's glyphs with the figure {@code text} of row 一 removed (shift null) or moved right by {@code shift}. */
	private static List<Glyph> change(List<Glyph> glyphs, String text, Float shift) {
		float y = rowY(glyphs);
		List<Glyph> row = glyphs.stream().filter((g) -> Math.abs(g.y() - y) < 1).sorted((a, b) -> Float.compare(a.x(), b.x())).toList();
		List<Glyph> changed = new ArrayList<>(glyphs);
		for (int i = 0; i + text.length() <= row.size(); i++) {
			StringBuilder run = new StringBuilder();
			row.subList(i, i + text.length()).forEach((g) -> run.append(g.text()));
			boolean alone = (i == 0 || row.get(i).x() - row.get(i - 1).right() > 5)
					&& (i + text.length() == row.size() || row.get(i + text.length()).x() - row.get(i + text.length() - 1).right() > 5);
			if (run.toString().equals(text) && alone) {
				for (Glyph glyph : row.subList(i, i + text.length())) {
					changed.remove(glyph);
					if (shift != null) {
						changed.add(new Glyph(glyph.x() + shift, glyph.y(), glyph.width(), glyph.size(), glyph.text()));
					}
				}
				return changed;
			}
		}
		throw new AssertionError(text + " not found");
	}

	/** Table 三's rows rebuilt from the fixture's glyphs, the page with the row 一 changed by {@code change}. */
	private static List<GridRow> rows(UnaryOperator<List<Glyph>> change) throws Exception {
		Fixture fixture = TemplatePdfFixtures.FIXTURES.stream()
			.filter((f) -> f.file().equals("shanghai-2025-no-lines.pdf"))
			.findFirst()
			.orElseThrow();
		try (PDDocument document = Loader.loadPDF(FilledFormPdfTests.pdf(fixture))) {
			PdfGlyphs reader = new PdfGlyphs();
			List<List<Glyph>> pages = new ArrayList<>();
			List<Float> heights = new ArrayList<>();
			for (int index = 0; index < document.getNumberOfPages(); index++) {
				List<Glyph> glyphs = reader.read(document, index);
				boolean hasRow = glyphs.stream().anyMatch((g) -> g.text().equals("收"))
						&& String.join("", glyphs.stream().map(Glyph::text).toList()).contains(NEW);
				pages.add(hasRow ? change.apply(glyphs) : glyphs);
				heights.add(document.getPage(index).getCropBox().getHeight());
			}
			return PdfUnruledTableThree.rows(pages, heights);
		}
	}

}
