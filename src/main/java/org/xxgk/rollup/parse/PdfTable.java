package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.xxgk.rollup.parse.PdfGlyphs.Glyph;
import org.xxgk.rollup.parse.PdfRulings.Segment;

/**
 * One ruled table of a page, rebuilt from its lines: every distinct x of a vertical line is a column boundary, every
 * distinct y of a horizontal line a row boundary. Neighbouring grid squares with no line drawn between them belong to
 * one merged cell, and each glyph belongs to the cell whose box holds it. The rows come out as Word's text export
 * gives them: a merged cell's text in its top-left square, the squares it covers empty.
 */
final class PdfTable {

	/** Lines closer than this are one boundary (double lines, rounding). */
	static final float TOLERANCE = 2f;

	/** A glyph whose size exceeds its cell's height this many times over is drawn over the table, not in the cell. */
	private static final float OVERSIZE = 1.25f;

	/** Glyphs this many times the table's text size are drawn over the table (a watermark, a stamp). */
	private static final float LARGER = 2f;

	/** Thinner rows or columns than this are drawing artefacts, not cells. */
	private static final float MIN_SIZE = 3f;

	private final float[] xs;

	private final float[] ys;

	/** The merged cell each grid square belongs to, as the index of its top-left square. */
	private final int[] owner;

	private final List<List<Glyph>> glyphs;

	/** The size most of the table's text is set in, once its glyphs are all taken (0 until asked). */
	private float textSize;

	private PdfTable(float[] xs, float[] ys, int[] owner) {
		this.xs = xs;
		this.ys = ys;
		this.owner = owner;
		this.glyphs = new ArrayList<>();
		for (int i = 0; i < owner.length; i++) {
			this.glyphs.add(new ArrayList<>());
		}
	}

	/**
	 * The tables a page's lines draw: each connected set of lines with two rows, or one row of two columns (the last
	 * row of a table alone at the top of a page); a single framed box is not a table.
	 */
	static List<PdfTable> of(List<Segment> segments) {
		List<PdfTable> tables = new ArrayList<>();
		for (List<Segment> component : components(segments)) {
			float[] xs = boundaries(component, false);
			float[] ys = boundaries(component, true);
			if (xs.length >= 2 && ys.length >= 2 && xs.length + ys.length >= 5) {
				tables.add(new PdfTable(xs, ys, owners(component, xs, ys)));
			}
		}
		tables.sort((a, b) -> Float.compare(a.top(), b.top()));
		return tables;
	}

	float top() {
		return this.ys[0];
	}

	float bottom() {
		return this.ys[this.ys.length - 1];
	}

	int rowCount() {
		return this.ys.length - 1;
	}

	int columnCount() {
		return this.xs.length - 1;
	}

	/** The top of grid row {@code r}. */
	float rowTop(int r) {
		return this.ys[r];
	}

	/** Whether this table has the same column boundaries as another (a table continued on the next page). */
	boolean sameColumns(PdfTable other) {
		if (other.xs.length != this.xs.length) {
			return false;
		}
		for (int i = 0; i < this.xs.length; i++) {
			if (Math.abs(other.xs[i] - this.xs[i]) > TOLERANCE) {
				return false;
			}
		}
		return true;
	}

	/**
	 * For a table continued with fewer columns than the part before it (whose cells span several of that part's):
	 * the column of {@code other} where each of this table's columns starts, or null unless every boundary of this
	 * table is one of {@code other}'s and both have the same outer edges.
	 */
	int[] columnsWithin(PdfTable other) {
		if (this.xs.length >= other.xs.length) {
			return null;
		}
		int[] columns = new int[columnCount()];
		int o = 0;
		for (int i = 0; i < this.xs.length; i++) {
			while (o < other.xs.length && Math.abs(other.xs[o] - this.xs[i]) > TOLERANCE) {
				o++;
			}
			if (o == other.xs.length || (i == 0 && o != 0)) {
				return null;
			}
			if (i < columns.length) {
				columns[i] = o;
			}
		}
		return (o == other.xs.length - 1) ? columns : null;
	}

	/**
	 * Takes the glyph when it is drawn inside this table. A glyph taller than the cell it falls in is no text of that
	 * cell but drawn over the table (a watermark set level and opaque, a stamp): it is taken and left out.
	 */
	boolean take(Glyph glyph) {
		int column = index(this.xs, glyph.center());
		int row = index(this.ys, glyph.middle());
		if (column < 0 || row < 0) {
			return false;
		}
		int cell = this.owner[row * columnCount() + column];
		if (glyph.size() <= OVERSIZE * cellHeight(cell)) {
			this.glyphs.get(cell).add(glyph);
		}
		return true;
	}

	/** The height of the merged cell whose top-left square is {@code cell}. */
	private float cellHeight(int cell) {
		int column = cell % columnCount();
		int last = cell / columnCount();
		while (last + 1 < rowCount() && this.owner[(last + 1) * columnCount() + column] == cell) {
			last++;
		}
		return this.ys[last + 1] - this.ys[cell / columnCount()];
	}

	/**
	 * The text of the cell at a grid square: the merged cell's text at its top-left square, "" where it only covers.
	 * Glyphs more than twice the size the table's text is set in are left out: drawn over the table, not in it.
	 */
	String text(int row, int column) {
		int square = row * columnCount() + column;
		if (this.owner[square] != square) {
			return "";
		}
		float largest = LARGER * textSize();
		return PdfLines.text(this.glyphs.get(square).stream().filter((glyph) -> glyph.size() <= largest).toList());
	}

	/** The median size of the glyphs in the table's cells. */
	private float textSize() {
		if (this.textSize == 0) {
			float[] sizes = new float[this.glyphs.stream().mapToInt(List::size).sum()];
			int i = 0;
			for (List<Glyph> cell : this.glyphs) {
				for (Glyph glyph : cell) {
					sizes[i++] = glyph.size();
				}
			}
			Arrays.sort(sizes);
			this.textSize = (sizes.length > 0) ? sizes[sizes.length / 2] : Float.MAX_VALUE;
		}
		return this.textSize;
	}

	/** Whether the grid square is the top-left of its cell. */
	boolean starts(int row, int column) {
		int square = row * columnCount() + column;
		return this.owner[square] == square;
	}

	/** The grid row where the cell covering this square starts. */
	int startRow(int row, int column) {
		return this.owner[row * columnCount() + column] / columnCount();
	}

	/** Whether the cell covering this square reaches the last grid row. */
	boolean reachesBottom(int row, int column) {
		int owner = this.owner[row * columnCount() + column];
		return this.owner[(rowCount() - 1) * columnCount() + column] == owner;
	}

	/** The grid squares of the cell covering this square, spread over how many columns. */
	int columnSpan(int row, int column) {
		int owner = this.owner[row * columnCount() + column];
		int span = 0;
		for (int c = 0; c < columnCount(); c++) {
			span += (this.owner[row * columnCount() + c] == owner) ? 1 : 0;
		}
		return span;
	}

	private static int index(float[] bounds, float at) {
		if (at < bounds[0] || at > bounds[bounds.length - 1]) {
			return -1;
		}
		int i = Arrays.binarySearch(bounds, at);
		int slot = (i >= 0) ? i : -i - 2;
		return Math.min(slot, bounds.length - 2);
	}

	/** Sets of lines that touch or cross each other. */
	private static List<List<Segment>> components(List<Segment> segments) {
		int[] parent = new int[segments.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int i = 0; i < segments.size(); i++) {
			for (int j = i + 1; j < segments.size(); j++) {
				if (touch(segments.get(i), segments.get(j))) {
					parent[find(parent, i)] = find(parent, j);
				}
			}
		}
		List<List<Segment>> components = new ArrayList<>();
		int[] slot = new int[parent.length];
		Arrays.fill(slot, -1);
		for (int i = 0; i < segments.size(); i++) {
			int root = find(parent, i);
			if (slot[root] < 0) {
				slot[root] = components.size();
				components.add(new ArrayList<>());
			}
			components.get(slot[root]).add(segments.get(i));
		}
		return components;
	}

	private static boolean touch(Segment a, Segment b) {
		if (a.horizontal() == b.horizontal()) {
			return Math.abs(a.at() - b.at()) <= TOLERANCE && a.from() <= b.to() + TOLERANCE
					&& b.from() <= a.to() + TOLERANCE;
		}
		Segment h = a.horizontal() ? a : b;
		Segment v = a.horizontal() ? b : a;
		return v.at() >= h.from() - TOLERANCE && v.at() <= h.to() + TOLERANCE && h.at() >= v.from() - TOLERANCE
				&& h.at() <= v.to() + TOLERANCE;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	/**
	 * The distinct positions of the lines across ({@code rows}: horizontal lines' y) or down, sorted. Where the lines
	 * of the other direction run on past the outermost line (a browser draws a row's top border only once, on the
	 * page before a break, so the first row of the next page has its sides but no top), their ends close the table.
	 */
	private static float[] boundaries(List<Segment> component, boolean rows) {
		List<Float> positions = new ArrayList<>();
		float min = Float.MAX_VALUE;
		float max = -Float.MAX_VALUE;
		for (Segment segment : component) {
			if (segment.horizontal() == rows) {
				positions.add(segment.at());
				min = Math.min(min, segment.at());
				max = Math.max(max, segment.at());
			}
		}
		float from = Float.MAX_VALUE;
		float to = -Float.MAX_VALUE;
		for (Segment segment : component) {
			if (segment.horizontal() != rows) {
				from = Math.min(from, segment.from());
				to = Math.max(to, segment.to());
			}
		}
		if (!positions.isEmpty() && from < min - MIN_SIZE) {
			positions.add(from);
		}
		if (!positions.isEmpty() && to > max + MIN_SIZE) {
			positions.add(to);
		}
		positions.sort(Float::compare);
		List<Float> distinct = new ArrayList<>();
		for (float position : positions) {
			if (distinct.isEmpty() || position - distinct.get(distinct.size() - 1) > MIN_SIZE) {
				distinct.add(position);
			}
		}
		float[] bounds = new float[distinct.size()];
		for (int i = 0; i < bounds.length; i++) {
			bounds[i] = distinct.get(i);
		}
		return bounds;
	}

	/** Joins grid squares with no line between them; each square's owner is its cell's top-left square. */
	private static int[] owners(List<Segment> component, float[] xs, float[] ys) {
		int columns = xs.length - 1;
		int rows = ys.length - 1;
		int[] parent = new int[rows * columns];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int r = 0; r < rows; r++) {
			float middleY = (ys[r] + ys[r + 1]) / 2;
			for (int c = 0; c < columns; c++) {
				float middleX = (xs[c] + xs[c + 1]) / 2;
				if (c + 1 < columns && !drawn(component, false, xs[c + 1], middleY)) {
					union(parent, r * columns + c, r * columns + c + 1);
				}
				if (r + 1 < rows && !drawn(component, true, ys[r + 1], middleX)) {
					union(parent, r * columns + c, (r + 1) * columns + c);
				}
			}
		}
		int[] owner = new int[parent.length];
		for (int i = 0; i < parent.length; i++) {
			owner[i] = find(parent, i);
		}
		return owner;
	}

	/** Keeps the smaller index as the root, so a cell's owner is its top-left square. */
	private static void union(int[] parent, int a, int b) {
		int rootA = find(parent, a);
		int rootB = find(parent, b);
		if (rootA != rootB) {
			parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
		}
	}

	/** Whether a line is drawn at {@code at} across the point {@code along} of the other axis. */
	private static boolean drawn(List<Segment> component, boolean horizontal, float at, float along) {
		for (Segment segment : component) {
			if (segment.horizontal() == horizontal && Math.abs(segment.at() - at) <= MIN_SIZE
					&& along >= segment.from() - TOLERANCE && along <= segment.to() + TOLERANCE) {
				return true;
			}
		}
		return false;
	}

}
