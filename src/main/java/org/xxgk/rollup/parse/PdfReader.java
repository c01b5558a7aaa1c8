package org.xxgk.rollup.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
 * between the rows it spans. Tables drawn without lines are rebuilt from the glyphs' columns (table 三, whose labels
 * wrap, from their positions: {@link PdfUnruledTableThree}). A scan (tables scanned behind a text page too, and a scan with a scanner's OCR text laid
 * over it), text whose fonts lack their ToUnicode map (all of them, or the one font of the digits: a page with a
 * table that draws any glyph without text is refused, naming the pages), a PDF locked with an open password, a truncated or damaged
 * one cannot be read: each is refused saying so.
 */
final class PdfReader {

	/** Fewer glyphs than this in the whole file: a scan (images of pages), not a PDF with text. */
	private static final int MIN_GLYPHS = 20;

	static final String ASK = "请报送文字版PDF（由Word或WPS直接导出）或Word文件";

	/** Drawn text PDFBox cannot turn into characters, or only into Latin and private-use garbage. */
	static final String NO_TEXT_MAP = "PDF文件中的文字无法正确提取（字体缺少文字编码映射，复制出来是乱码），无法识别表格，";

	private static final byte[] END_MARKER = "%%EOF".getBytes(StandardCharsets.ISO_8859_1);

	/** What a revision of a PDF is made of: an object (1 0 obj), a cross-reference table or a trailer on its line. */
	private static final Pattern REVISION = Pattern.compile("\\b\\d+\\s+\\d+\\s+obj\\b|(?m)^\\s*(xref|trailer)\\b");

	static final String TRUNCATED = "PDF文件不完整（缺少文件结尾，可能下载或复制未完成），无法读取，";

	SourceDocument read(byte[] content) throws UnreadableReportException {
		if (isTruncated(content)) {
			// PDFBox would rebuild what is left: the pages before the cut, read as if they were the report
			throw new UnreadableReportException(TRUNCATED + ASK);
		}
		try (PDDocument document = Loader.loadPDF(content)) {
			PdfGlyphs glyphs = new PdfGlyphs();
			List<PdfPages.Page> pages = new ArrayList<>();
			List<List<Glyph>> pageGlyphs = new ArrayList<>();
			List<Float> heights = new ArrayList<>();
			List<Integer> scanned = new ArrayList<>();
			List<Integer> unmapped = new ArrayList<>();
			int unmappedGlyphs = 0;
			int glyphCount = 0;
			boolean recognised = false;
			for (int index = 0; index < document.getNumberOfPages(); index++) {
				PDPage page = document.getPage(index);
				pageGlyphs.add(glyphs.read(document, index));
				int direction = glyphs.direction();
				PdfRulings rulings = new PdfRulings(page, direction);
				List<PdfTable> tables = PdfTable.of(rulings.read());
				List<Glyph> prose = new ArrayList<>();
				heights.add(PdfRulings.shownHeight(page, direction));
				int gone = withoutText(glyphs, tables, direction);
				if (gone > 0) {
					unmapped.add(index + 1);
					unmappedGlyphs += gone;
				}
				if (rulings.drewImage() && (pageGlyphs.get(index).size() < MIN_GLYPHS || glyphs.isOcrLayer())) {
					scanned.add(index + 1);
					recognised |= glyphs.isOcrLayer();
				}
				for (Glyph glyph : pageGlyphs.get(index)) {
					glyphCount++;
					if (tables.stream().noneMatch((table) -> table.take(glyph))) {
						prose.add(glyph);
					}
				}
				pages.add(new PdfPages.Page(index + 1, heights.get(index), tables, PdfLines.of(prose)));
			}
			if (glyphCount < MIN_GLYPHS && glyphs.drawn() >= MIN_GLYPHS || glyphCount >= MIN_GLYPHS && isGarbled(pageGlyphs)) {
				throw new UnreadableReportException(NO_TEXT_MAP + ASK);
			}
			if (glyphCount < MIN_GLYPHS) {
				throw new UnreadableReportException("PDF文件中没有可读取的文字（可能是扫描件或图片），无法识别表格，" + ASK);
			}
			if (!unmapped.isEmpty()) {
				// those glyphs are gone from the text: a figure would read blank or short of a digit
				throw new UnreadableReportException("PDF文件第" + pageList(unmapped) + "页有" + unmappedGlyphs
						+ "个字符的字体缺少正确的文字编码映射，提取不出文字（报告的文字或表格中的数字会因此缺失），无法准确读取，" + ASK);
			}
			SourceDocument ruled = PdfPages.document(pages);
			int found = new TableLocator().locate(ruled).size();
			if (found == 3) {
				return ruled;
			}
			if (recognised) {
				// a scan with its OCR text: the lines are gone and its digits are guesses, not what the unit wrote
				throw new UnreadableReportException("PDF文件第" + pageList(scanned) + "页是扫描图片，其中的文字是扫描时识别（OCR）的，表格无法准确读取，"
						+ ASK);
			}
			// tables drawn without lines, or with only horizontal ones: rebuilt from the glyphs' columns
			SourceDocument columns = new ColumnTextReader().read(PdfLayoutText.of(pageGlyphs, heights))
				.map((text) -> text.replace(String.valueOf(PdfLayoutText.FILLER), ""));
			int foundInColumns = new TableLocator().locate(columns).size();
			if (Math.max(found, foundInColumns) < 3 && !scanned.isEmpty()) {
				// a text page (a cover, the prose) with the tables scanned: their figures are images
				throw new UnreadableReportException("PDF文件第" + pageList(scanned) + "页是扫描图片，没有可读取的文字，其中的表格无法识别，"
						+ ASK);
			}
			// table 三 without lines is read again from the glyphs' positions, where a text layout loses its wrapped labels
			return (foundInColumns > found) ? PdfUnruledTableThree.rebuilt(columns, pageGlyphs, heights) : ruled;
		}
		catch (InvalidPasswordException ex) {
			throw new UnreadableReportException("PDF文件设置了打开密码（已加密），无法读取，请取消密码后重新报送，" + ASK, ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableReportException("PDF文件已损坏或格式不正确，无法读取，" + ASK, ex);
		}
	}

	/**
	 * The glyphs of the page read last that give no text and may be a table's: those drawn across a ruled table's
	 * rows (any, on a page turned), those mapped to private-use code points there too, or all of them on a page
	 * without ruled tables where they are 1 % of its glyphs or more (an unruled table's digits). A few stray symbols
	 * in the prose (a bullet) are no figure.
	 */
	private static int withoutText(PdfGlyphs glyphs, List<PdfTable> tables, int direction) {
		List<Float> gone = glyphs.pageUnmapped();
		if (tables.isEmpty()) {
			return (gone.size() * 100 >= glyphs.pageDrawn()) ? gone.size() : 0;
		}
		List<Float> all = new ArrayList<>(gone);
		// private-use code points only within a table: in the prose they are a symbol font's bullets
		all.addAll(glyphs.pagePrivate());
		int inTables = 0;
		for (int i = 0; i < all.size(); i++) {
			float y = all.get(i);
			boolean across = (direction != 0 && i < gone.size()) || Float.isNaN(y)
					|| tables.stream().anyMatch((table) -> y >= table.top() - 2 && y <= table.bottom() + 2);
			inTables += across ? 1 : 0;
		}
		return inTables;
	}

	/**
	 * Text that is no Chinese: fewer than half its letters are Han characters (look-alikes such as Kangxi radicals
	 * included). A font embedded without its ToUnicode map makes PDFBox read its codes as Latin letters and
	 * punctuation or private-use code points; a report in Chinese never reads so, and its figures cannot be trusted.
	 */
	private static boolean isGarbled(List<List<Glyph>> pages) {
		int letters = 0;
		int han = 0;
		for (List<Glyph> page : pages) {
			for (Glyph glyph : page) {
				int c = glyph.text().codePointAt(0);
				if (Character.isLetter(c) || Character.getType(c) == Character.PRIVATE_USE) {
					letters++;
					han += (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? 1 : 0;
				}
			}
		}
		return han * 2 < letters;
	}

	/**
	 * Cut short: no end-of-file marker (%%EOF) in the file, as a broken download or copy leaves it, or after its last
	 * one the start of a revision that has none (an incremental update cut in its objects, cross-reference or
	 * trailer: the version before it would be read in its place). Bytes after the end that are no part of a PDF (NUL
	 * padding, a server's error page a download tool appended) leave it whole.
	 */
	private static boolean isTruncated(byte[] content) {
		int end = lastEndMarker(content);
		if (end < 0) {
			return true;
		}
		int after = end + END_MARKER.length;
		return REVISION.matcher(new String(content, after, content.length - after, StandardCharsets.ISO_8859_1)).find();
	}

	private static int lastEndMarker(byte[] content) {
		for (int i = content.length - END_MARKER.length; i >= 0; i--) {
			int k = 0;
			while (k < END_MARKER.length && content[i + k] == END_MARKER[k]) {
				k++;
			}
			if (k == END_MARKER.length) {
				return i;
			}
		}
		return -1;
	}

	/** 3, 3、5 or 3–6. */
	private static String pageList(List<Integer> pages) {
		boolean consecutive = pages.get(pages.size() - 1) - pages.get(0) == pages.size() - 1;
		if (pages.size() > 2 && consecutive) {
			return pages.get(0) + "–" + pages.get(pages.size() - 1);
		}
		return String.join("、", pages.stream().map(String::valueOf).toList());
	}

}
