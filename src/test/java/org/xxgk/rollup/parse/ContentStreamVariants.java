package org.xxgk.rollup.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * What other writers than LibreOffice put in a page's content stream, made by rewriting a LibreOffice PDF's pages
 * (the same glyphs, fonts and figures; only how they are drawn changes): borders as thin filled rectangles (Word),
 * every glyph its own show-text operator with character spacing (justified text, WPS's 字符间距), the text drawn in
 * an order other than reading order, rules whose ends and rows differ by a tenth of a point, a table's right-hand
 * border left out.
 */
enum ContentStreamVariants {

	/** Every stroked line {@code x1 y1 m x2 y2 l S} drawn as a filled rectangle as thick as the line ({@code re f}). */
	BORDERS_AS_FILLED_RECTANGLES,

	/** Each glyph of a string shown by its own Tj, with 0.3 pt of character spacing (Tc) in every text object. */
	GLYPH_BY_GLYPH_WITH_SPACING,

	/** The page's text objects drawn last first (a table's cells, the page's lines, in reverse order). */
	TEXT_IN_REVERSE_ORDER,

	/** Each line's ends moved by up to 0.1 pt (alternately up and down), as a writer rounding its own grid does. */
	JITTERED_RULES,

	/** The vertical lines at a page's right-most x left out: the tables open on the right. */
	NO_RIGHT_BORDER;

	byte[] apply(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (PDPage page : document.getPages()) {
				List<Object> tokens = new PDFStreamParser(page).parse();
				List<Object> rewritten = rewrite(tokens, page);
				PDStream stream = new PDStream(document);
				try (OutputStream content = stream.createOutputStream(COSName.FLATE_DECODE)) {
					new ContentStreamWriter(content).writeTokens(rewritten);
				}
				page.setContents(stream);
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	private List<Object> rewrite(List<Object> tokens, PDPage page) throws IOException {
		return switch (this) {
			case BORDERS_AS_FILLED_RECTANGLES -> rectangles(tokens);
			case GLYPH_BY_GLYPH_WITH_SPACING -> glyphByGlyph(tokens, page);
			case TEXT_IN_REVERSE_ORDER -> textReversed(tokens);
			case JITTERED_RULES -> jittered(tokens);
			case NO_RIGHT_BORDER -> withoutRightBorder(tokens);
		};
	}

	/** {@code x1 y1 m x2 y2 l S}: the index of its m's first operand when tokens[at] is S, or -1. */
	private static int lineStart(List<Object> tokens, int at) {
		if (at < 6 || !isOperator(tokens.get(at), "S") || !isOperator(tokens.get(at - 1), "l")
				|| !isOperator(tokens.get(at - 4), "m")) {
			return -1;
		}
		for (int k : new int[] { at - 6, at - 5, at - 3, at - 2 }) {
			if (!(tokens.get(k) instanceof COSNumber)) {
				return -1;
			}
		}
		return at - 6;
	}

	private static List<Object> rectangles(List<Object> tokens) {
		List<Object> out = new ArrayList<>();
		float width = 1;
		for (int i = 0; i < tokens.size(); i++) {
			Object token = tokens.get(i);
			if (isOperator(token, "w") && tokens.get(i - 1) instanceof COSNumber number) {
				width = number.floatValue();
			}
			int start = lineStart(tokens, i);
			if (start < 0) {
				out.add(token);
				continue;
			}
			float x1 = number(tokens, start);
			float y1 = number(tokens, start + 1);
			float x2 = number(tokens, start + 3);
			float y2 = number(tokens, start + 4);
			out.subList(out.size() - 6, out.size()).clear();
			boolean across = Math.abs(y1 - y2) < Math.abs(x1 - x2);
			float half = width / 2;
			float x = across ? Math.min(x1, x2) : x1 - half;
			float y = across ? y1 - half : Math.min(y1, y2);
			float w = across ? Math.abs(x1 - x2) : width;
			float h = across ? width : Math.abs(y1 - y2);
			// Word fills its borders in the line's colour: the stroking colour set for the line
			out.addAll(List.of(new COSFloat(0), new COSFloat(0), new COSFloat(0), Operator.getOperator("rg")));
			out.addAll(List.of(new COSFloat(x), new COSFloat(y), new COSFloat(w), new COSFloat(h), Operator.getOperator("re"),
					Operator.getOperator("f")));
		}
		return out;
	}

	private static List<Object> glyphByGlyph(List<Object> tokens, PDPage page) throws IOException {
		List<Object> out = new ArrayList<>();
		int step = 1;
		for (int i = 0; i < tokens.size(); i++) {
			Object token = tokens.get(i);
			if (isOperator(token, "Tf") && tokens.get(i - 2) instanceof COSName name) {
				// a composite (Identity-H) font takes two bytes a glyph, a simple font one
				step = (page.getResources().getFont(name) instanceof PDType0Font) ? 2 : 1;
			}
			if (isOperator(token, "Tj") && out.get(out.size() - 1) instanceof COSString string) {
				out.remove(out.size() - 1);
				byte[] bytes = string.getBytes();
				for (int k = 0; k < bytes.length; k += step) {
					out.add(new COSString(Arrays.copyOfRange(bytes, k, Math.min(bytes.length, k + step))));
					out.add(Operator.getOperator("Tj"));
				}
				continue;
			}
			out.add(token);
			if (isOperator(token, "BT")) {
				out.add(new COSFloat(0.3f));
				out.add(Operator.getOperator("Tc"));
			}
		}
		return out;
	}

	/** The text objects (q … BT … ET … Q groups at the content's second level, or BT … ET) drawn in reverse order. */
	private static List<Object> textReversed(List<Object> tokens) {
		List<int[]> objects = new ArrayList<>();
		int begin = -1;
		for (int i = 0; i < tokens.size(); i++) {
			if (isOperator(tokens.get(i), "BT")) {
				begin = i;
			}
			else if (isOperator(tokens.get(i), "ET") && begin >= 0) {
				objects.add(new int[] { begin, i });
				begin = -1;
			}
		}
		// the graphics state a text object reads (colour, font, Tr set before BT) is the same for all of them in
		// LibreOffice's pages, which set font and position inside each; the objects change places, nothing else
		List<Object> out = new ArrayList<>(tokens.subList(0, objects.isEmpty() ? tokens.size() : objects.get(0)[0]));
		for (int n = 0; n < objects.size(); n++) {
			int[] swapped = objects.get(objects.size() - 1 - n);
			out.addAll(tokens.subList(swapped[0], swapped[1] + 1));
			int end = (n + 1 < objects.size()) ? objects.get(n + 1)[0] : tokens.size();
			out.addAll(tokens.subList(objects.get(n)[1] + 1, end));
		}
		return out;
	}

	private static List<Object> jittered(List<Object> tokens) {
		List<Object> out = new ArrayList<>(tokens);
		int line = 0;
		for (int i = 0; i < tokens.size(); i++) {
			int start = lineStart(tokens, i);
			if (start < 0) {
				continue;
			}
			float shift = (line++ % 2 == 0) ? 0.1f : -0.1f;
			for (int k : new int[] { start, start + 1, start + 3, start + 4 }) {
				out.set(k, new COSFloat(number(tokens, k) + shift));
			}
		}
		return out;
	}

	private static List<Object> withoutRightBorder(List<Object> tokens) {
		float right = Float.NEGATIVE_INFINITY;
		for (int i = 0; i < tokens.size(); i++) {
			int start = lineStart(tokens, i);
			if (start >= 0 && Math.abs(number(tokens, start) - number(tokens, start + 3)) < 0.5f) {
				right = Math.max(right, number(tokens, start));
			}
		}
		List<Object> out = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			int start = lineStart(tokens, i);
			boolean vertical = start >= 0 && Math.abs(number(tokens, start) - number(tokens, start + 3)) < 0.5f;
			if (vertical && Math.abs(number(tokens, start) - right) < 1.5f) {
				out.subList(out.size() - 6, out.size()).clear();
				continue;
			}
			out.add(tokens.get(i));
		}
		return out;
	}

	private static boolean isOperator(Object token, String name) {
		return token instanceof Operator operator && operator.getName().equals(name);
	}

	private static float number(List<Object> tokens, int at) {
		return ((COSNumber) tokens.get(at)).floatValue();
	}

}
