package org.xxgk.rollup.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The glyphs of one page with their positions (top-left origin, y at the baseline), as PDFBox places them. Only the
 * positions are used: the order PDFBox extracts them in decides nothing. Overlapping duplicates (bold faked by
 * printing twice) are dropped by PDFBox; whitespace glyphs are dropped here, spacing is judged from the gaps. It
 * also counts the glyphs drawn at all: a font without a ToUnicode map gives PDFBox no text for them, so a page of
 * drawn text can read as empty. A watermark's glyphs are left out.
 */
final class PdfGlyphs extends PDFTextStripper {

	/** One glyph: left x, baseline y, advance width, font size, its text (one or more characters). */
	record Glyph(float x, float y, float width, float size, String text) {

		float right() {
			return this.x + this.width;
		}

		/** A point inside the glyph's body, above the baseline, to find the cell it is drawn in. */
		float middle() {
			return this.y - this.size * 0.35f;
		}

		float center() {
			return this.x + this.width / 2;
		}

	}

	/** Degrees off a quarter turn beyond which text is set at a slant. */
	private static final double MAX_SLANT = 2;

	/** Text fainter than this (fill opacity) is see-through. */
	private static final double MIN_OPACITY = 0.9;

	/** The page's text as PDFBox hands it over, in runs of one direction. */
	private final List<List<TextPosition>> runs = new ArrayList<>();

	private int drawn;

	/** Glyphs the page read last drew, and those of them drawn invisibly (a scanner's OCR text over its image). */
	private int pageDrawn;

	private int pageInvisible;

	/**
	 * Where the page read last drew glyphs in a composite font that maps them to no text (no ToUnicode entry): their
	 * baselines from the top of an upright page, NaN on a page turned by /Rotate.
	 */
	private final List<Float> pageUnmapped = new ArrayList<>();

	/** Where the page read last drew glyphs its fonts map to private-use code points (baselines, as text reads). */
	private final List<Float> pagePrivate = new ArrayList<>();

	/** Glyphs of the page read last by their direction (0, 90, 180, 270), to see which way its text runs. */
	private final int[] directions = new int[4];

	PdfGlyphs() {
		setSortByPosition(false);
	}

	/** The glyphs of page {@code index} (0-based). */
	List<Glyph> read(PDDocument document, int index) throws IOException {
		this.runs.clear();
		Arrays.fill(this.directions, 0);
		this.pageDrawn = 0;
		this.pageInvisible = 0;
		this.pageUnmapped.clear();
		this.pagePrivate.clear();
		setStartPage(index + 1);
		setEndPage(index + 1);
		getText(document);
		int direction = direction();
		int rotation = ((document.getPage(index).getRotation() % 360) + 360) % 360;
		List<Glyph> glyphs = new ArrayList<>();
		for (List<TextPosition> run : this.runs) {
			int dir = Math.round(run.get(0).getDir());
			if (dir == direction || direction != rotation) {
				run.forEach((position) -> glyphs.add(glyph(position)));
			}
			else {
				glyphs.add(turned(run));
			}
		}
		return List.copyOf(glyphs);
	}

	private static Glyph glyph(TextPosition position) {
		float size = (position.getFontSizeInPt() > 0) ? position.getFontSizeInPt() : position.getHeightDir();
		return new Glyph(position.getXDirAdj(), position.getYDirAdj(), position.getWidthDirAdj(), size,
				position.getUnicode());
	}

	/**
	 * A run of text turned against the page's own (a merged label set bottom to top, 三、本年度办理结果 in Word's
	 * vertical text): one glyph of its whole text where it is drawn on the page, so it falls into its own cell and
	 * reads in its own order. PDFBox gives each glyph's position as its own text runs, which would put it elsewhere.
	 */
	private static Glyph turned(List<TextPosition> run) {
		float left = Float.MAX_VALUE;
		float right = -Float.MAX_VALUE;
		float top = Float.MAX_VALUE;
		float bottom = -Float.MAX_VALUE;
		StringBuilder text = new StringBuilder();
		float size = 0;
		for (TextPosition position : run) {
			float glyphSize = (position.getFontSizeInPt() > 0) ? position.getFontSizeInPt() : position.getHeightDir();
			// the glyph's box from its origin: along its advance and across, up from its baseline, as it is turned
			float[] advance = switch (Math.round(position.getDir())) {
				case 90 -> new float[] { 0, -1 };
				case 180 -> new float[] { -1, 0 };
				case 270 -> new float[] { 0, 1 };
				default -> new float[] { 1, 0 };
			};
			float[] up = { advance[1], -advance[0] };
			for (float along : new float[] { 0, position.getWidthDirAdj() }) {
				for (float across : new float[] { 0, glyphSize * 0.8f }) {
					float x = position.getX() + advance[0] * along + up[0] * across;
					float y = position.getY() + advance[1] * along + up[1] * across;
					left = Math.min(left, x);
					right = Math.max(right, x);
					top = Math.min(top, y);
					bottom = Math.max(bottom, y);
				}
			}
			text.append(position.getUnicode());
			size = Math.max(size, glyphSize);
		}
		float middle = (top + bottom) / 2;
		return new Glyph(left, middle + 0.35f * size, right - left, size, text.toString());
	}

	/**
	 * The direction most text of the page read last runs in, as PDFBox measures it with the page's /Rotate: 0 on an
	 * upright page, 90 or 270 where a landscape page was printed sideways onto a portrait one. The glyphs' positions
	 * are given as that text reads, so the page's lines must be turned the same way.
	 */
	int direction() {
		int most = 0;
		for (int d = 1; d < 4; d++) {
			most = (this.directions[d] > this.directions[most]) ? d : most;
		}
		return most * 90;
	}

	/**
	 * Whether most text of the page read last is drawn invisibly (rendering mode 3): the OCR layer a scanner lays over
	 * a page's image, whose characters and digits are the OCR's guesses.
	 */
	boolean isOcrLayer() {
		return this.pageDrawn > 0 && this.pageInvisible * 5 >= this.pageDrawn * 4;
	}

	/** How many glyphs the page read last drew, text or not. */
	int pageDrawn() {
		return this.pageDrawn;
	}

	/**
	 * How many glyphs the page read last drew that give no text: drawn in a composite (CID, Identity-H) font whose
	 * ToUnicode map lacks them, so PDFBox drops them, or in a simple font whose codes then come out as control
	 * characters (LibreOffice's subsets number their glyphs from 1; codes read as Latin letters are told by the
	 * share of Han characters in {@link PdfReader}). A font for the digits alone without its map leaves every cell
	 * of the tables empty, or holding control characters, while the labels read.
	 */
	List<Float> pageUnmapped() {
		return List.copyOf(this.pageUnmapped);
	}

	/**
	 * Where the page read last drew glyphs mapped to private-use code points: a ToUnicode map sending the digits
	 * there makes every figure unreadable, while Word's bullets () are such glyphs in the prose.
	 */
	List<Float> pagePrivate() {
		return List.copyOf(this.pagePrivate);
	}

	/** How many glyphs the pages read so far drew, text or not. */
	int drawn() {
		return this.drawn;
	}

	@Override
	protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
			throws IOException {
		this.drawn++;
		this.pageDrawn++;
		RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
		this.pageInvisible += (!mode.isFill() && !mode.isStroke()) ? 1 : 0;
		if (!(font instanceof PDSimpleFont) && font.toUnicode(code) == null) {
			PDPage page = getCurrentPage();
			boolean upright = page.getRotation() % 360 == 0;
			this.pageUnmapped.add(upright ? page.getCropBox().getUpperRightY() - textRenderingMatrix.getTranslateY() : Float.NaN);
		}
		super.showGlyph(textRenderingMatrix, font, code, displacement);
	}

	@Override
	protected void processTextPosition(TextPosition text) {
		if (!isWatermark(text)) {
			if (isNoText(text.getUnicode())) {
				// a simple font without its map: PDFBox gives the glyph's code as the character, a control character
				this.pageUnmapped.add(text.getYDirAdj());
			}
			else if (isPrivateUse(text.getUnicode())) {
				this.pagePrivate.add(text.getYDirAdj());
			}
			super.processTextPosition(text);
		}
	}

	/** A private-use code point (U+E000–U+F8FF): a map that sends a glyph to no character, or a symbol font's bullet. */
	private static boolean isPrivateUse(String unicode) {
		return unicode != null && unicode.codePoints().anyMatch((c) -> Character.getType(c) == Character.PRIVATE_USE);
	}

	/** A control character or U+FFFD: what a code is read as when nothing maps it to text. */
	private static boolean isNoText(String unicode) {
		if (unicode == null) {
			return false;
		}
		for (int i = 0; i < unicode.length(); i++) {
			char c = unicode.charAt(i);
			if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xFFFD) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Text set at a slant (not a quarter turn) or see-through: a watermark laid over the pages (the unit's name, 内部资料
	 * across the page), whose glyphs would fall into the tables' cells. A report's own text is neither.
	 */
	private boolean isWatermark(TextPosition text) {
		Matrix matrix = text.getTextMatrix();
		double angle = Math.toDegrees(Math.atan2(matrix.getShearY(), matrix.getScaleX()));
		boolean slanted = Math.abs(angle - 90 * Math.round(angle / 90)) > MAX_SLANT;
		return slanted || getGraphicsState().getNonStrokeAlphaConstant() < MIN_OPACITY;
	}

	@Override
	protected void writeString(String text, List<TextPosition> positions) {
		List<TextPosition> run = new ArrayList<>();
		for (TextPosition position : positions) {
			String unicode = position.getUnicode();
			if (unicode == null || unicode.isBlank()) {
				continue;
			}
			this.directions[Math.round(position.getDir() / 90) % 4]++;
			if (!run.isEmpty() && run.get(0).getDir() != position.getDir()) {
				this.runs.add(run);
				run = new ArrayList<>();
			}
			run.add(position);
		}
		if (!run.isEmpty()) {
			this.runs.add(run);
		}
	}

}
