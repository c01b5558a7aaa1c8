package org.xxgk.rollup.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import org.xxgk.rollup.parse.PdfGlyphs.Glyph;

/**
 * Reads a PDF with a text layer (most reports are published so, often written by WPS) with PDFBox: per page, the
 * ruling lines give the tables' grids ({@link PdfTable}), each glyph goes to the cell whose box holds it, and what is
 * outside the tables is prose, read top to bottom ({@link PdfPages} puts the pages together). The order PDFBox
 * extracts text in is never used, since a merged cell's text (三、本年度办理结果 one character per line) comes out
 * between the rows it spans. A scan, a PDF locked with an open password or a damaged one cannot be read.
 */
final class PdfReader {

	/** Fewer glyphs than this in the whole file: a scan (images of pages), not a PDF with text. */
	private static final int MIN_GLYPHS = 20;

	static final String ASK = "请报送文字版PDF（由Word或WPS直接导出）或Word文件";

	SourceDocument read(byte[] content) throws UnreadableReportException {
		try (PDDocument document = Loader.loadPDF(content)) {
			PdfGlyphs glyphs = new PdfGlyphs();
			List<PdfPages.Page> pages = new ArrayList<>();
			List<List<Glyph>> pageGlyphs = new ArrayList<>();
			List<Float> heights = new ArrayList<>();
			int glyphCount = 0;
			for (int index = 0; index < document.getNumberOfPages(); index++) {
				PDPage page = document.getPage(index);
				List<PdfTable> tables = PdfTable.of(new PdfRulings(page).read());
				List<Glyph> prose = new ArrayList<>();
				pageGlyphs.add(glyphs.read(document, index));
				heights.add(PdfRulings.shownHeight(page));
				for (Glyph glyph : pageGlyphs.get(index)) {
					glyphCount++;
					if (tables.stream().noneMatch((table) -> table.take(glyph))) {
						prose.add(glyph);
					}
				}
				pages.add(new PdfPages.Page(index + 1, PdfRulings.shownHeight(page), tables, PdfLines.of(prose)));
			}
			if (glyphCount < MIN_GLYPHS) {
				throw new UnreadableReportException("PDF文件中没有可读取的文字（可能是扫描件或图片），无法识别表格，" + ASK);
			}
			SourceDocument ruled = PdfPages.document(pages);
			int found = new TableLocator().locate(ruled).size();
			if (found == 3) {
				return ruled;
			}
			// tables drawn without lines, or with only horizontal ones: rebuilt from the glyphs' columns
			SourceDocument columns = new ColumnTextReader().read(PdfLayoutText.of(pageGlyphs, heights))
				.map((text) -> text.replace(String.valueOf(PdfLayoutText.FILLER), ""));
			return (new TableLocator().locate(columns).size() > found) ? columns : ruled;
		}
		catch (InvalidPasswordException ex) {
			throw new UnreadableReportException("PDF文件设置了打开密码（已加密），无法读取，请取消密码后重新报送，" + ASK, ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableReportException("PDF文件已损坏或格式不正确，无法读取，" + ASK, ex);
		}
	}

}
