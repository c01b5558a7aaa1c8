package org.xxgk.rollup.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import org.xxgk.rollup.model.PrintedForm.FormCell;
import org.xxgk.rollup.model.PrintedForm.Slot;
import org.xxgk.rollup.model.PrintedForm;
import org.xxgk.rollup.report.ChineseFont;

/**
 * Writes a {@link GeneratedReport} as the PDF that WPS exports: A4 pages with a running header and a page number
 * ({@code -4-}), prose wrapped with a first-line indent, and the three tables drawn with ruling lines and the text
 * placed by position. The narrow columns give what real PDFs show: 三、本年度办理结果 one character per line in its
 * merged cell, （三）不 / 予公开, header cells split per character (商业企 / 业), wrapped labels with their values on
 * the middle line. Table 三 is broken across a page inside its merged cells, so a merged label is cut in two
 * （（四） / 无法提供）, and its header rows are repeated on the new page. The CJK font (WenQuanYi Micro Hei, see
 * {@link ChineseFont}) is embedded as a subset.
 */
public final class PdfWriter {

	/** Which lines a table is drawn with: every cell's box (WPS), only the rows' lines (三线表 style), or none. */
	public enum Rulings {
		BOXES, HORIZONTAL, NONE
	}

	/**
	 * How the file is drawn beside WPS's way: its tables' {@code rulings}; and the characters its text layer says are
	 * drawn ({@code textLayer}, for PDFs whose ToUnicode maps glyphs to look-alike code points such as the Kangxi
	 * radical ⼀ for 一). {@link #WPS} is the default.
	 */
	public record Style(Rulings rulings, java.util.function.UnaryOperator<String> textLayer) {

		public static final Style WPS = new Style(Rulings.BOXES, java.util.function.UnaryOperator.identity());

	}

	private static final float MARGIN = 72;

	private static final float BODY = 12;

	private static final float CELL = 9;

	private static final float PAD = 3;

	private static final float LEADING = 1.45f;

	private static final float[][] WIDTHS = { {}, {}, { 130, 107, 107, 107 },
			{ 20, 36, 144, 36, 36, 36, 36, 36, 36, 35 },
			{ 30, 30, 30, 30, 31, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30 } };

	/** The first row of table 三's header, repeated at the top of the page it continues on. */
	private static final int TABLE_THREE_HEADER_ROWS = 3;

	/** A table starts on a new page unless its header and first rows fit on this one. */
	private static final int KEEP_TOGETHER = 4;

	private static final String CUT_CELL = "（四）无法提供";

	private static TrueTypeFont fontFile;

	private final PDDocument document;

	private final PDType0Font font;

	private final String runningHeader;

	private PDPage page;

	private PDPageContentStream content;

	/** Every page's content, kept open to the end: a cell is drawn on each page it covers after the table is laid out. */
	private final List<PDPageContentStream> contents = new ArrayList<>();

	private int pageNumber;

	/** Distance from the top of the page to the next free line. */
	private float y;

	private final Style style;

	private PdfWriter(PDDocument document, PDType0Font font, String runningHeader, Style style) {
		this.document = document;
		this.font = font;
		this.runningHeader = runningHeader;
		this.style = style;
	}

	public static byte[] write(GeneratedReport report) {
		return write(report, Style.WPS);
	}

	public static byte[] write(GeneratedReport report, Style style) {
		synchronized (PdfWriter.class) {
			try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
				fixed.setTimeInMillis(1_640_995_200_000L);
				document.getDocumentInformation().setCreationDate(fixed);
				document.getDocumentInformation().setCreator("WPS 文字");
				document.getDocumentInformation().setAuthor(report.publisher());
				PdfWriter writer = new PdfWriter(document, PDType0Font.load(document, font(), true), report.title(),
						style);
				writer.print(report);
				// a fixed file identifier, as PDFBox would otherwise draw one from the clock
				COSArray id = new COSArray();
				id.add(new COSString(report.title().getBytes(StandardCharsets.UTF_8)));
				id.add(new COSString(report.title().getBytes(StandardCharsets.UTF_8)));
				document.getDocument().getTrailer().setItem(COSName.ID, id);
				document.save(out);
				return out.toByteArray();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/**
	 * The PDF with a watermark over every page, as document systems stamp one: the text three times down the page,
	 * grey, turned {@code degrees} and drawn with fill opacity {@code opacity}, after (over) the page's content.
	 */
	public static byte[] watermarked(byte[] pdf, String text, float degrees, float opacity) {
		synchronized (PdfWriter.class) {
			try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				PDType0Font font = PDType0Font.load(document, font(), true);
				double turn = Math.toRadians(degrees);
				for (PDPage page : document.getPages()) {
					try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.APPEND, true,
							true)) {
						PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
						faint.setNonStrokingAlphaConstant(opacity);
						content.setGraphicsStateParameters(faint);
						content.setNonStrokingColor(0.6f, 0.6f, 0.6f);
						for (int k = 0; k < 3; k++) {
							content.beginText();
							content.setFont(font, 40);
							content.setTextMatrix(new Matrix((float) Math.cos(turn), (float) Math.sin(turn),
									(float) -Math.sin(turn), (float) Math.cos(turn), 100, 150 + k * 250));
							content.showText(text);
							content.endText();
						}
					}
				}
				document.save(out);
				return out.toByteArray();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/**
	 * The PDF as a scanner with OCR writes it: each page an image (100 dpi) with the text laid over it invisibly
	 * (rendering mode 3), here the page's own text at its own places, so the OCR is perfect but the lines are gone.
	 */
	public static byte[] scannedWithOcr(byte[] pdf) {
		synchronized (PdfWriter.class) {
			try (PDDocument document = Loader.loadPDF(pdf); PDDocument scan = new PDDocument();
					ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				PDType0Font font = PDType0Font.load(scan, font(), true);
				PDFRenderer renderer = new PDFRenderer(document);
				for (int index = 0; index < document.getNumberOfPages(); index++) {
					PDRectangle box = document.getPage(index).getMediaBox();
					PDPage page = new PDPage(box);
					scan.addPage(page);
					List<TextPosition> glyphs = new ArrayList<>();
					PDFTextStripper stripper = new PDFTextStripper() {
						@Override
						protected void processTextPosition(TextPosition text) {
							glyphs.add(text);
						}
					};
					stripper.setStartPage(index + 1);
					stripper.setEndPage(index + 1);
					stripper.getText(document);
					try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
						content.drawImage(JPEGFactory.createFromImage(scan, renderer.renderImageWithDPI(index, 100), 0.7f),
								0, 0, box.getWidth(), box.getHeight());
						content.beginText();
						content.setRenderingMode(RenderingMode.NEITHER);
						for (TextPosition glyph : glyphs) {
							if (glyph.getUnicode().isBlank() || !font.hasGlyph(glyph.getUnicode().codePointAt(0))) {
								continue;
							}
							content.setFont(font, glyph.getFontSizeInPt());
							content.setTextMatrix(Matrix.getTranslateInstance(glyph.getX(), box.getHeight() - glyph.getY()));
							content.showText(glyph.getUnicode());
						}
						content.endText();
					}
				}
				scan.save(out);
				return out.toByteArray();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** The font file, parsed once: WenQuanYi Micro Hei out of its TrueType collection. */
	private static TrueTypeFont font() throws IOException {
		if (fontFile == null) {
			Path file = ChineseFont.locate()
				.file()
				.orElseThrow(() -> new IllegalStateException(ChineseFont.locate().warning().orElse("no CJK font")));
			List<TrueTypeFont> fonts = new ArrayList<>();
			@SuppressWarnings("resource") // kept open: the subset is cut from it when each document is saved
			TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
			collection.processAllFonts(fonts::add);
			fontFile = fonts.get(0);
		}
		return fontFile;
	}

	private void print(GeneratedReport report) throws IOException {
		newPage();
		String rest = report.title().startsWith(report.publisher())
				? report.title().substring(report.publisher().length()) : "";
		centered(rest.isEmpty() ? report.title() : report.publisher(), 20);
		if (!rest.isEmpty()) {
			centered(rest, 20);
		}
		this.y += BODY;
		PrintedForm form = PrintedForm.of(report.template(), report.cells());
		prose(report, "一");
		for (int table = 2; table <= 4; table++) {
			heading(PrintedForm.HEADINGS.get(table));
			table(form.slots(table), WIDTHS[table], table == 3);
		}
		prose(report, "五");
		prose(report, "六");
		finishPage();
		for (PDPageContentStream stream : this.contents) {
			stream.close();
		}
	}

	private void prose(GeneratedReport report, String numeral) throws IOException {
		heading(PrintedForm.PROSE_HEADINGS.get(numeral));
		for (String paragraph : report.prose().getOrDefault(numeral, "").split("\n")) {
			if (!paragraph.isBlank()) {
				paragraph(paragraph.strip());
			}
		}
	}

	private void heading(String text) throws IOException {
		float size = 14;
		room(size * 3);
		this.y += size * 0.5f;
		show(text, MARGIN + 2 * BODY, this.y + size, size);
		this.y += size * LEADING + size * 0.3f;
	}

	private void centered(String text, float size) throws IOException {
		float width = width(text, size);
		show(text, (PDRectangle.A4.getWidth() - width) / 2, this.y + size, size);
		this.y += size * LEADING;
	}

	/** A paragraph wrapped to the text width, its first line indented by two characters. */
	private void paragraph(String text) throws IOException {
		float indent = 2 * BODY;
		float textWidth = PDRectangle.A4.getWidth() - 2 * MARGIN;
		for (String line : wrap(text, textWidth - indent, textWidth, BODY)) {
			room(BODY * LEADING);
			show(line, MARGIN + indent, this.y + BODY, BODY);
			this.y += BODY * LEADING;
			indent = 0;
		}
	}

	/** Lines of at most {@code width} points, the first at most {@code first}, broken between characters. */
	private List<String> wrap(String text, float first, float width, float size) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		float limit = first;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			String next = new String(Character.toChars(text.codePointAt(i)));
			if (line.length() > 0 && width(line + next, size) > limit) {
				lines.add(line.toString());
				line.setLength(0);
				limit = width;
			}
			line.append(next);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** One laid-out row: the page it is on and its top and height there. */
	private record Placed(int page, PDPageContentStream content, float top, float height) {
	}

	private void table(List<List<Slot>> rows, float[] widths, boolean cutInsideMerges) throws IOException {
		float[] xs = new float[widths.length + 1];
		xs[0] = MARGIN;
		for (int c = 0; c < widths.length; c++) {
			xs[c + 1] = xs[c] + widths[c];
		}
		float[] heights = heights(rows, xs);
		int cut = cutInsideMerges ? cutRow(rows, xs, heights) : -1;
		float start = 0;
		for (int r = 0; r < Math.min(rows.size(), KEEP_TOGETHER); r++) {
			start += heights[r];
		}
		room(start);
		List<Placed> placed = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			if (r == cut || this.y + heights[r] > PDRectangle.A4.getHeight() - MARGIN) {
				finishPage();
				newPage();
				if (r == cut) {
					repeatHeader(rows, xs, heights);
				}
			}
			placed.add(new Placed(this.pageNumber, this.content, this.y, heights[r]));
			this.y += heights[r];
		}
		for (int r = 0; r < rows.size(); r++) {
			int column = 0;
			for (Slot slot : rows.get(r)) {
				if (!slot.continuation()) {
					cell(slot.cell(), r, column, xs, heights, placed);
				}
				column += slot.cell().colSpan();
			}
		}
		this.y += BODY;
	}

	/** Table 三's header rows again at the top of the page the table continues on, as WPS repeats title rows. */
	private void repeatHeader(List<List<Slot>> rows, float[] xs, float[] heights) throws IOException {
		List<Placed> placed = new ArrayList<>();
		for (int r = 0; r < TABLE_THREE_HEADER_ROWS; r++) {
			placed.add(new Placed(this.pageNumber, this.content, this.y, heights[r]));
			this.y += heights[r];
		}
		for (int r = 0; r < TABLE_THREE_HEADER_ROWS; r++) {
			int column = 0;
			for (Slot slot : rows.get(r)) {
				if (!slot.continuation()) {
					cell(slot.cell(), r, column, xs, heights, placed);
				}
				column += slot.cell().colSpan();
			}
		}
	}

	private float[] heights(List<List<Slot>> rows, float[] xs) throws IOException {
		float[] heights = new float[rows.size()];
		for (int r = 0; r < rows.size(); r++) {
			heights[r] = CELL * LEADING + 2 * PAD + 4;
			int column = 0;
			for (Slot slot : rows.get(r)) {
				FormCell cell = slot.cell();
				if (!slot.continuation() && cell.rowSpan() == 1) {
					heights[r] = Math.max(heights[r], needed(cell, column, xs));
				}
				column += cell.colSpan();
			}
		}
		for (int r = 0; r < rows.size(); r++) {
			int column = 0;
			for (Slot slot : rows.get(r)) {
				FormCell cell = slot.cell();
				if (!slot.continuation() && cell.rowSpan() > 1) {
					float spanned = 0;
					for (int below = 0; below < cell.rowSpan(); below++) {
						spanned += heights[r + below];
					}
					float missing = needed(cell, column, xs) - spanned;
					heights[r + cell.rowSpan() - 1] += Math.max(0, missing);
				}
				column += cell.colSpan();
			}
		}
		return heights;
	}

	private float needed(FormCell cell, int column, float[] xs) throws IOException {
		return lines(cell, column, xs).size() * CELL * LEADING + 2 * PAD;
	}

	private List<String> lines(FormCell cell, int column, float[] xs) throws IOException {
		if (!cell.label()) {
			return cell.text().isEmpty() ? List.of() : List.of(cell.text());
		}
		float width = xs[column + cell.colSpan()] - xs[column] - 2 * PAD;
		List<String> lines = new ArrayList<>();
		for (String part : cell.text().split("\n")) {
			lines.addAll(wrap(part, width, width, CELL));
		}
		return lines;
	}

	/**
	 * The row the page is broken before: inside the merged （四）无法提供, where its text is cut in two (（四） on one
	 * page, 无法提 / 供 on the next), which is also inside 三、本年度办理结果.
	 */
	private int cutRow(List<List<Slot>> rows, float[] xs, float[] heights) throws IOException {
		for (int r = 0; r < rows.size(); r++) {
			int column = 0;
			for (Slot slot : rows.get(r)) {
				if (!slot.continuation() && slot.cell().text().equals(CUT_CELL) && slot.cell().rowSpan() > 1) {
					List<String> lines = lines(slot.cell(), column, xs);
					float span = 0;
					for (int below = 0; below < slot.cell().rowSpan(); below++) {
						span += heights[r + below];
					}
					float lineHeight = CELL * LEADING;
					float secondMiddle = (span - lines.size() * lineHeight) / 2 + 1.5f * lineHeight;
					float top = 0;
					for (int below = 0; below < slot.cell().rowSpan(); below++) {
						top += heights[r + below];
						if (top > secondMiddle) {
							return r + Math.max(1, below);
						}
					}
					return r + 1;
				}
				column += slot.cell().colSpan();
			}
		}
		return -1;
	}

	/**
	 * A cell drawn on each page it covers (its box closed at the foot of one page and opened again at the top of the
	 * next) with its lines centred over its whole height, each line on the page its middle falls on.
	 */
	private void cell(FormCell cell, int row, int column, float[] xs, float[] heights, List<Placed> placed)
			throws IOException {
		int last = row + cell.rowSpan() - 1;
		float left = xs[column];
		float right = xs[column + cell.colSpan()];
		int from = row;
		for (int r = row; r <= last; r++) {
			if (r == last || placed.get(r + 1).page() != placed.get(r).page()) {
				Placed top = placed.get(from);
				Placed bottom = placed.get(r);
				if (cell.text().startsWith("第二十条")) {
					shade(top.content(), left, top.top(), right, bottom.top() + bottom.height());
				}
				box(top.content(), left, top.top(), right, bottom.top() + bottom.height());
				from = r + 1;
			}
		}
		List<String> lines = lines(cell, column, xs);
		float span = 0;
		for (int r = row; r <= last; r++) {
			span += heights[r];
		}
		float lineHeight = CELL * LEADING;
		float offset = (span - lines.size() * lineHeight) / 2;
		for (String line : lines) {
			float middle = offset + lineHeight / 2;
			int r = row;
			float rowTop = 0;
			while (r < last && rowTop + heights[r] <= middle) {
				rowTop += heights[r];
				r++;
			}
			Placed at = placed.get(r);
			float baseline = at.top() + (middle - rowTop) + CELL * 0.35f;
			float size = fitting(line, right - left - 2 * PAD);
			float x = cell.label() ? left + PAD : (left + right - width(line, size)) / 2;
			show(at.content(), line, x, baseline, size);
			offset += lineHeight;
		}
	}

	/** A figure is never wrapped; one too wide for its column is set smaller. */
	private float fitting(String line, float width) throws IOException {
		float size = CELL;
		while (size > 4 && width(line, size) > width) {
			size -= 0.5f;
		}
		return size;
	}

	private void box(PDPageContentStream stream, float left, float top, float right, float bottom) throws IOException {
		float height = PDRectangle.A4.getHeight();
		stream.setLineWidth(0.5f);
		if (this.style.rulings() != Rulings.BOXES) {
			if (this.style.rulings() == Rulings.HORIZONTAL) {
				stream.moveTo(left, height - top);
				stream.lineTo(right, height - top);
				stream.moveTo(left, height - bottom);
				stream.lineTo(right, height - bottom);
				stream.stroke();
			}
			return;
		}
		stream.moveTo(left, height - top);
		stream.lineTo(right, height - top);
		stream.lineTo(right, height - bottom);
		stream.lineTo(left, height - bottom);
		stream.closePath();
		stream.stroke();
	}

	/** The light blue WPS puts behind table 二's 第二十条 rows: a filled rectangle, not a line. */
	private void shade(PDPageContentStream stream, float left, float top, float right, float bottom)
			throws IOException {
		float height = PDRectangle.A4.getHeight();
		stream.setNonStrokingColor(0.80f, 0.86f, 0.95f);
		stream.addRect(left, height - bottom, right - left, bottom - top);
		stream.fill();
		stream.setNonStrokingColor(0f, 0f, 0f);
	}

	/** Starts a new page when fewer than {@code needed} points are left on this one. */
	private void room(float needed) throws IOException {
		if (this.y + needed > PDRectangle.A4.getHeight() - MARGIN) {
			finishPage();
			newPage();
		}
	}

	private void newPage() throws IOException {
		this.page = new PDPage(PDRectangle.A4);
		this.document.addPage(this.page);
		this.content = new PDPageContentStream(this.document, this.page);
		this.contents.add(this.content);
		this.pageNumber++;
		this.y = MARGIN;
		if (this.pageNumber > 1) {
			String header = this.runningHeader;
			show(header, (PDRectangle.A4.getWidth() - width(header, 9)) / 2, MARGIN / 2, 9);
		}
	}

	private void finishPage() throws IOException {
		String number = "-" + this.pageNumber + "-";
		show(number, (PDRectangle.A4.getWidth() - width(number, 10.5f)) / 2, PDRectangle.A4.getHeight() - MARGIN / 2,
				10.5f);
	}

	private void show(String text, float x, float baseline, float size) throws IOException {
		show(this.content, text, x, baseline, size);
	}

	private void show(PDPageContentStream stream, String text, float x, float baseline, float size)
			throws IOException {
		stream.beginText();
		stream.setFont(this.font, size);
		stream.newLineAtOffset(x, PDRectangle.A4.getHeight() - baseline);
		stream.showText(this.style.textLayer().apply(text));
		stream.endText();
	}

	private float width(String text, float size) throws IOException {
		return this.font.getStringWidth(text) / 1000 * size;
	}

}
