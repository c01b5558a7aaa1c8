package org.xxgk.rollup.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTextDirection;

/**
 * Fills the real blank 2021 form as circulated (../shared/real/政府信息公开工作年度报告模板-2021版.docx) with a real
 * report's figures and prose, as a reporting body types into it, laid out in the ways offices do before exporting to
 * PDF ({@link Layout}). The form's own tables, merged cells, widths and borders (WPS's outset lines) are kept; only
 * the empty value cells are filled, in the form's order.
 */
public final class TemplateFormWriter {

	/** The paragraphs of the blank form the writer replaces. */
	private static final String FORM_TITLE = "政府信息公开工作年度报告格式模板";

	private static final String PROSE_PLACEHOLDER = "（文字描述";

	/** Table 三's merged labels a body may turn: 三、本年度办理结果 and the parents （三） to （六）. */
	private static final Pattern ROTATED = Pattern.compile("^(三、本年度|（[三四五六]）\\S+$)");

	/** How a body lays the filled form out. */
	public enum Layout {
		/** Table 三 on a landscape page of its own (a section break before and after). */
		LANDSCAPE_TABLE_THREE,
		/** Table 三's three header rows repeated at the top of the page it continues on. */
		REPEATED_HEADER,
		/** A footer 第 3 页 共 8 页 and a running header naming the report. */
		PAGE_OF_PAGES,
		/** A footer - 3 -. */
		DASHED_PAGE_NUMBER,
		/** Every table border removed (the cells' own ones too): an unruled table. */
		NO_LINES,
		/** The header rows and label cells shaded grey. */
		SHADED,
		/** Table 三's merged label 三、本年度办理结果 set in vertical text (tbRl: upright characters one below the other). */
		VERTICAL_TEXT,
		/** Table 三's merged labels (三、本年度办理结果, （三）不予公开 … （六）其他处理) turned to read bottom to top (btLr). */
		ROTATED_TEXT,
		/** The title on a cover page of its own, unit and title on two lines and the date below; none above part 一. */
		COVER_PAGE,
		/** An annex after part 六: its own heading and a small table of figures not of the form. */
		ANNEX,
		/**
		 * Table 三 starting a page, {@link #ROW_ACROSS_LINES} blank lines between its heading and the table: the page
		 * ends inside a row of three lines, which Word and LibreOffice let break across the pages (the form does not
		 * forbid it), its label's lines and its figures printed on two pages.
		 */
		ROW_ACROSS_PAGES
	}

	/**
	 * The blank lines that put the end of table 三's first page inside a row, with 沭阳县人民政府 2025's prose and
	 * LibreOffice 7.4's export: （六）2's first label line and its figures on one page, the rest of its label (and of
	 * the merged （六）其他处理) on the next.
	 */
	static final int ROW_ACROSS_LINES = 7;

	/** A report to type into the form: figures in the form's order (table 二, 三, 四), "" for a blank cell. */
	public record Filled(String title, String unit, String date, Map<String, String> prose, List<String> figures) {
	}

	private TemplateFormWriter() {
	}

	public static byte[] write(byte[] template, Filled report, Set<Layout> layouts) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fillTables(document, report.figures().iterator(), layouts);
			fillText(document, report, layouts);
			if (layouts.contains(Layout.LANDSCAPE_TABLE_THREE)) {
				landscapeTableThree(document);
			}
			if (layouts.contains(Layout.PAGE_OF_PAGES)) {
				XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
				XWPFParagraph running = header.createParagraph();
				running.setAlignment(ParagraphAlignment.CENTER);
				running.createRun().setText(report.title());
				footer(document, "第 ", "PAGE", " 页 共 ", "NUMPAGES", " 页");
			}
			if (layouts.contains(Layout.DASHED_PAGE_NUMBER)) {
				footer(document, "- ", "PAGE", " -");
			}
			if (layouts.contains(Layout.ROW_ACROSS_PAGES)) {
				rowAcrossPages(document);
			}
			if (layouts.contains(Layout.ANNEX)) {
				annex(document);
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A centred footer of texts and fields in turn (第 PAGE 页 共 NUMPAGES 页). */
	private static void footer(XWPFDocument document, String... parts) {
		XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph number = footer.createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		for (int i = 0; i < parts.length; i++) {
			if (i % 2 == 0) {
				number.createRun().setText(parts[i]);
			}
			else {
				number.getCTP().addNewFldSimple().setInstr(parts[i]);
			}
		}
	}

	/**
	 * Every empty value cell of the three tables, in the form's order: table 二's rows below each 信息内容 row, table
	 * 三's last seven cells of the rows below its three header rows, table 四's last row.
	 */
	private static void fillTables(XWPFDocument document, Iterator<String> figures, Set<Layout> layouts) {
		List<XWPFTable> tables = document.getTables();
		for (int t = 0; t < 3; t++) {
			XWPFTable table = tables.get(t);
			List<XWPFTableRow> rows = table.getRows();
			for (int r = 0; r < rows.size(); r++) {
				List<XWPFTableCell> cells = rows.get(r).getTableCells();
				// table 二's item and 信息内容 rows, the three header rows of 三 and of 四
				boolean header = (t == 0) ? cells.size() < 2 || cells.get(0).getText().equals("信息内容") : r < 3;
				if (layouts.contains(Layout.REPEATED_HEADER) && t == 1 && r < 3) {
					rows.get(r).setRepeatHeader(true);
				}
				for (int c = 0; c < cells.size(); c++) {
					XWPFTableCell cell = cells.get(c);
					boolean value = !header && ((t == 0) ? c > 0 : (t == 1) ? c >= cells.size() - 7 : true);
					if (value) {
						setText(cell, figures.next());
					}
					else if (layouts.contains(Layout.SHADED) && !cell.getText().isBlank()) {
						cell.setColor("D9D9D9");
					}
					if (layouts.contains(Layout.NO_LINES)) {
						noBorders(cell);
					}
					if (layouts.contains(Layout.VERTICAL_TEXT) && t == 1 && c == 0 && !value
							&& cell.getText().startsWith("三、本年度")) {
						tcPr(cell).addNewTextDirection().setVal(STTextDirection.TB_RL);
					}
					if (layouts.contains(Layout.ROTATED_TEXT) && t == 1 && !value
							&& ROTATED.matcher(cell.getText()).find()) {
						tcPr(cell).addNewTextDirection().setVal(STTextDirection.BT_LR);
					}
				}
			}
			if (layouts.contains(Layout.NO_LINES)) {
				var borders = table.getCTTbl().getTblPr().getTblBorders();
				for (CTBorder border : List.of(borders.getTop(), borders.getLeft(), borders.getBottom(),
						borders.getRight(), borders.getInsideH(), borders.getInsideV())) {
					border.setVal(STBorder.NONE);
				}
			}
		}
		if (figures.hasNext()) {
			throw new IllegalArgumentException("more figures than the form has cells");
		}
	}

	private static CTTcPr tcPr(XWPFTableCell cell) {
		return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
	}

	private static void noBorders(XWPFTableCell cell) {
		CTTcPr properties = tcPr(cell);
		if (properties.isSetTcBorders()) {
			properties.unsetTcBorders();
		}
		CTTcBorders borders = properties.addNewTcBorders();
		borders.addNewTop().setVal(STBorder.NIL);
		borders.addNewLeft().setVal(STBorder.NIL);
		borders.addNewBottom().setVal(STBorder.NIL);
		borders.addNewRight().setVal(STBorder.NIL);
	}

	/** The cell's text in its first paragraph's first run (keeping the form's font), other runs emptied. */
	private static void setText(XWPFTableCell cell, String text) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		List<XWPFRun> runs = paragraph.getRuns();
		if (runs.isEmpty()) {
			paragraph.createRun().setText(text);
			return;
		}
		runs.get(0).setText(text, 0);
		for (int i = 1; i < runs.size(); i++) {
			runs.get(i).setText("", 0);
		}
	}

	private static void fillText(XWPFDocument document, Filled report, Set<Layout> layouts) {
		List<String> numerals = new ArrayList<>(List.of("一", "五", "六"));
		for (XWPFParagraph paragraph : new ArrayList<>(document.getParagraphs())) {
			String text = paragraph.getText();
			if (text.equals(FORM_TITLE)) {
				replace(paragraph, layouts.contains(Layout.COVER_PAGE) ? "" : report.title());
				if (layouts.contains(Layout.COVER_PAGE)) {
					cover(document, paragraph, report);
				}
			}
			else if (text.startsWith(PROSE_PLACEHOLDER) && !numerals.isEmpty()) {
				String[] lines = report.prose().getOrDefault(numerals.remove(0), "").split("\n");
				replace(paragraph, lines[0]);
				XWPFParagraph after = paragraph;
				for (int i = 1; i < lines.length; i++) {
					after = insertAfter(document, after, lines[i]);
				}
				if (numerals.isEmpty()) {
					XWPFParagraph signed = insertAfter(document, after, report.unit());
					signed.setAlignment(ParagraphAlignment.RIGHT);
					insertAfter(document, signed, report.date()).setAlignment(ParagraphAlignment.RIGHT);
				}
			}
		}
	}

	/** Before the body: the unit and the title's rest on two lines, the date, then a page break. */
	private static void cover(XWPFDocument document, XWPFParagraph before, Filled report) {
		String rest = report.title().substring(report.unit().length());
		for (String line : List.of(report.unit(), rest, "", report.date())) {
			XmlCursor cursor = before.getCTP().newCursor();
			XWPFParagraph paragraph = document.insertNewParagraph(cursor);
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			paragraph.setSpacingBefore(1200);
			XWPFRun run = paragraph.createRun();
			run.setFontSize(line.equals(report.date()) ? 16 : 26);
			run.setBold(!line.equals(report.date()));
			run.setText(line);
		}
		XWPFParagraph breaking = document.insertNewParagraph(before.getCTP().newCursor());
		breaking.createRun().addBreak(BreakType.PAGE);
	}

	private static XWPFParagraph insertAfter(XWPFDocument document, XWPFParagraph paragraph, String text) {
		XmlCursor cursor = paragraph.getCTP().newCursor();
		cursor.toNextSibling();
		XWPFParagraph inserted = document.insertNewParagraph(cursor);
		inserted.getCTP().setPPr(paragraph.getCTP().getPPr());
		inserted.createRun().setText(text);
		return inserted;
	}

	private static void replace(XWPFParagraph paragraph, String text) {
		List<XWPFRun> runs = paragraph.getRuns();
		for (int i = runs.size() - 1; i > 0; i--) {
			paragraph.removeRun(i);
		}
		if (runs.isEmpty()) {
			paragraph.createRun();
		}
		paragraph.getRuns().get(0).setText(text, 0);
	}

	/**
	 * Table 三 alone on a landscape page: the paragraph before its heading ends the first (portrait) section, the
	 * paragraph after it the landscape one; the body's own section properties stay portrait.
	 */
	private static void landscapeTableThree(XWPFDocument document) {
		CTSectPr body = document.getDocument().getBody().getSectPr();
		XWPFParagraph heading = document.getParagraphs()
			.stream()
			.filter((paragraph) -> paragraph.getText().startsWith("三、收到和处理"))
			.findFirst()
			.orElseThrow();
		XWPFParagraph before = document.getParagraphs().get(document.getParagraphs().indexOf(heading) - 1);
		before.getCTP().addNewPPr().setSectPr((CTSectPr) body.copy());
		XWPFTable table = document.getTables().get(1);
		XmlCursor cursor = table.getCTTbl().newCursor();
		cursor.toNextSibling();
		XWPFParagraph after = document.insertNewParagraph(cursor);
		CTSectPr landscape = (CTSectPr) body.copy();
		landscape.getPgSz().setOrient(STPageOrientation.LANDSCAPE);
		landscape.getPgSz().setW(body.getPgSz().getH());
		landscape.getPgSz().setH(body.getPgSz().getW());
		after.getCTP().addNewPPr().setSectPr(landscape);
	}

	/** Table 三's heading starts a page, blank lines after it push the table down. */
	private static void rowAcrossPages(XWPFDocument document) {
		XWPFParagraph heading = document.getParagraphs()
			.stream()
			.filter((paragraph) -> paragraph.getText().startsWith("三、收到和处理"))
			.findFirst()
			.orElseThrow();
		XWPFParagraph after = heading;
		for (int i = 0; i < ROW_ACROSS_LINES; i++) {
			after = insertAfter(document, after, "");
		}
		heading.setPageBreak(true);
	}

	/** After part 六 and the signature: 附件 with its own title and a two-column table of other figures. */
	private static void annex(XWPFDocument document) {
		XWPFParagraph heading = document.createParagraph();
		heading.setPageBreak(true);
		heading.createRun().setText("附件：2025年度政务新媒体发布情况统计表");
		XWPFTable table = document.createTable(4, 2);
		String[][] rows = { { "平台", "发布条数" }, { "政府网站", "1268" }, { "政务微博", "835" }, { "政务微信", "412" } };
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < 2; c++) {
				setText(table.getRow(r).getCell(c), rows[r][c]);
				tcPr(table.getRow(r).getCell(c)).addNewTcW().setW(BigInteger.valueOf(3000));
			}
		}
	}

}
