package org.xxgk.rollup.parse;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the ruling lines a page draws: stroked horizontal and vertical path segments (m/l/S, re/S) and filled
 * rectangles thin enough to be a line (how some writers draw borders). Wide filled rectangles are cell shading, not
 * borders, and clipping paths are not drawn at all. Coordinates are turned to the page's top-left origin, as
 * {@link org.apache.pdfbox.text.TextPosition} reports text. It also tells whether the page draws an image at all,
 * on the page itself, inline or inside a form XObject (where a scanner's or a combining tool's page puts its scan).
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

	/** A horizontal ({@code at} = y, from/to = x) or vertical ({@code at} = x, from/to = y) line. */
	record Segment(boolean horizontal, float at, float from, float to) {
	}

	/** A filled shape narrower than this is a line, not shading. */
	private static final float LINE_THICKNESS = 2.5f;

	/** Slope allowed for a segment to count as horizontal or vertical. */
	private static final float STRAIGHT = 0.5f;

	private static final float MIN_LENGTH = 2f;

	private final float left;

	private final float bottom;

	private final float width;

	private final float height;

	/** 0, 90, 180 or 270: lines are turned as the page's text runs (its /Rotate, or a page printed sideways). */
	private final int rotation;

	private final List<Segment> segments = new ArrayList<>();

	private final List<Point2D[]> path = new ArrayList<>();

	private final List<Point2D[]> rectangles = new ArrayList<>();

	private boolean image;

	/** The path being built has a curve in it: a drawn shape (a glyph's outline, a seal, a chart), not a ruling. */
	private boolean curved;

	private Point2D start;

	private Point2D current;

	/** The page's lines, turned as its text runs ({@link PdfGlyphs#direction()}). */
	PdfRulings(PDPage page, int direction) {
		super(page);
		PDRectangle box = page.getCropBox();
		this.left = box.getLowerLeftX();
		this.bottom = box.getLowerLeftY();
		this.width = box.getWidth();
		this.height = box.getHeight();
		this.rotation = direction;
	}

	/** The height of the page as its text reads (a page turned by 90 degrees shows its width). */
	static float shownHeight(PDPage page, int direction) {
		return (direction == 90 || direction == 270) ? page.getCropBox().getWidth() : page.getCropBox().getHeight();
	}

	List<Segment> read() throws IOException {
		processPage(getPage());
		return List.copyOf(this.segments);
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		this.rectangles.add(new Point2D[] { p0, p2 });
		edge(p0, p1);
		edge(p1, p2);
		edge(p2, p3);
		edge(p3, p0);
		this.start = p0;
		this.current = p0;
	}

	@Override
	public void moveTo(float x, float y) {
		this.start = new Point2D.Float(x, y);
		this.current = this.start;
	}

	@Override
	public void lineTo(float x, float y) {
		Point2D to = new Point2D.Float(x, y);
		if (this.current != null) {
			edge(this.current, to);
		}
		this.current = to;
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		this.curved = true;
		this.current = new Point2D.Float(x3, y3);
	}

	@Override
	public Point2D getCurrentPoint() {
		return (this.current != null) ? this.current : new Point2D.Float();
	}

	@Override
	public void closePath() {
		if (this.current != null && this.start != null) {
			edge(this.current, this.start);
		}
		this.current = this.start;
	}

	@Override
	public void endPath() {
		clear();
	}

	@Override
	public void strokePath() {
		if (!isOutline()) {
			this.path.forEach((edge) -> add(edge[0], edge[1]));
		}
		clear();
	}

	@Override
	public void fillPath(int windingRule) {
		for (Point2D[] corners : this.rectangles) {
			double width = Math.abs(corners[1].getX() - corners[0].getX());
			double height = Math.abs(corners[1].getY() - corners[0].getY());
			if (Math.min(width, height) <= LINE_THICKNESS) {
				double x = (corners[0].getX() + corners[1].getX()) / 2;
				double y = (corners[0].getY() + corners[1].getY()) / 2;
				if (width >= height) {
					add(new Point2D.Double(corners[0].getX(), y), new Point2D.Double(corners[1].getX(), y));
				}
				else {
					add(new Point2D.Double(x, corners[0].getY()), new Point2D.Double(x, corners[1].getY()));
				}
			}
		}
		clear();
	}

	@Override
	public void fillAndStrokePath(int windingRule) {
		strokePath();
	}

	@Override
	public void clip(int windingRule) {
		// the clipping path is ended by the next endPath (W n); it draws nothing
	}

	@Override
	public void drawImage(PDImage pdImage) {
		// images are not rulings; a page that draws one may be a scan
		this.image = true;
	}

	/** Whether the page read drew an image (called after {@link #read()}). */
	boolean drewImage() {
		return this.image;
	}

	@Override
	public void shadingFill(COSName shadingName) {
		// shading is not a ruling
	}

	/** A point of the page's space where it is shown: from the top-left corner of the page as turned by /Rotate. */
	private float[] shown(Point2D point) {
		float x = (float) point.getX() - this.left;
		float y = (float) point.getY() - this.bottom;
		return switch (this.rotation) {
			case 90 -> new float[] { y, x };
			case 180 -> new float[] { this.width - x, y };
			case 270 -> new float[] { this.height - y, this.width - x };
			default -> new float[] { x, this.height - y };
		};
	}

	private void edge(Point2D from, Point2D to) {
		this.path.add(new Point2D[] { from, to });
	}

	private void clear() {
		this.path.clear();
		this.rectangles.clear();
		this.curved = false;
	}

	/**
	 * A stroked path with a curve or a slanting edge in it is the outline of a shape, not a set of borders: text
	 * printed in a synthetic bold (filled and stroked, as LibreOffice writes a bold its font lacks) comes out of
	 * cairo (pdftocairo, a "print to PDF" through poppler) as the glyphs filled as text and their outlines stroked
	 * as paths, whose straight strokes (县's, 政's) made boxes round the title's characters and took them out of
	 * the prose (沭阳县人民政府 read 沭人政). A table's borders are straight lines across and down.
	 */
	private boolean isOutline() {
		if (this.curved) {
			return true;
		}
		for (Point2D[] edge : this.path) {
			double dx = Math.abs(edge[0].getX() - edge[1].getX());
			double dy = Math.abs(edge[0].getY() - edge[1].getY());
			if (dx > STRAIGHT && dy > STRAIGHT) {
				return true;
			}
		}
		return false;
	}

	private void add(Point2D from, Point2D to) {
		float[] a = shown(from);
		float[] b = shown(to);
		float x1 = a[0];
		float x2 = b[0];
		float y1 = a[1];
		float y2 = b[1];
		if (Math.abs(y1 - y2) <= STRAIGHT && Math.abs(x1 - x2) >= MIN_LENGTH) {
			this.segments.add(new Segment(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2)));
		}
		else if (Math.abs(x1 - x2) <= STRAIGHT && Math.abs(y1 - y2) >= MIN_LENGTH) {
			this.segments.add(new Segment(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2)));
		}
	}

}
