package org.xxgk.rollup.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.report.FormTable.Block;
import org.xxgk.rollup.report.FormTable.HeaderCell;
import org.xxgk.rollup.report.ReviewData.Total;
import org.xxgk.rollup.report.ReviewData.Unit;

/**
 * {@code county-report.docx}: the county's own annual report to start from, in the layout of the form in force, with
 * tables 二, 三 and 四 filled with the county's figures ({@link CountyForm#shown}) and the notes under each table (the
 * N/M of rows only some units' forms have, the 2019-form units' unsplit （六）其他处理), and the prose parts left for the
 * county to write. Written with Word styles after GB/T 9704 (resource {@code report/county-report-styles.xml}: Title,
 * Heading 1 and 2, 仿宋 body, the table style 年报表格 in 宋体), on A4 with the standard's margins and the page number
 * in the footer; tables have a fixed grid with a wide label column, header rows repeated on every page, rows kept
 * whole and table 三 kept on one page when it fits.
 */
public class CountyReportDocument {

	/** A4 in twentieths of a point. */
	static final int PAGE_WIDTH = 11906;

	static final int PAGE_HEIGHT = 16838;

	/** GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
	static final int TOP = 2098;

	static final int BOTTOM = 1984;

	static final int LEFT = 1588;

	static final int RIGHT = 1474;

	static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;

	/** The label column of tables 二 and 三: the form's long labels (15 characters of 五号 a line). */
	static final int LABEL_WIDTH = 3400;

	/** The label column of a wide table whose labels are a word (table 四's 件数): its 15 columns need the room. */
	static final int SHORT_LABEL_WIDTH = 700;

	/** The table style's left and right cell margins together, and the width of a 五号 (10 pt) character. */
	private static final int CELL_MARGINS = 114;

	private static final int CHARACTER = 200;

	/** The sub-headings of part 一 that the reports use (and the evaluators look for). */
	static final List<String> PART_ONE = List.of("（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）平台建设",
			"（五）监督保障");

	private static final String WRITE_HERE = "（请根据本地区实际情况撰写。）";

	private final MetricCatalog catalog;

	public CountyReportDocument(MetricCatalog catalog) {
		this.catalog = catalog;
	}

	public byte[] write(ReviewData data) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			styles(document);
			pageSetup(document);
			pageNumbers(document);
			paragraph(document, "Title", data.regionName() + data.year() + "年政府信息公开工作年度报告");
			long accepted = data.acceptedCount();
			paragraph(document, "Remark", "（汇总稿：下列表格数据为" + data.regionName() + "所属 " + accepted
					+ " 个单位通过审核的年度报告之和，应报 " + data.unitCount() + " 个单位；汇总时间 "
					+ OverviewPage.time(data.runAt()) + "。按" + CountyForm.template(data.year()).code() + "年版表格汇总。"
					+ CountyForm.HARMONISED + "表下注明“N/M 个单位填报”的栏目只有部分单位的表格才有：N 个单位填报，共应报 M 个单位。"
					+ "本说明和各部分的撰写提示请在定稿前删除。）");
			paragraph(document, "Heading1", FormLayout.SECTION_ONE);
			for (String heading : PART_ONE) {
				paragraph(document, "Heading2", heading);
				paragraph(document, "Remark", WRITE_HERE);
			}
			Map<String, Total> shown = CountyForm.shown(data);
			for (FormTable table : CountyForm.tables(this.catalog, data.year())) {
				paragraph(document, "Heading1", table.title());
				boolean whole = table.title().equals(FormLayout.tableHeading(3));
				for (Block block : table.blocks()) {
					table(document, block, shown, whole);
				}
				for (String note : CountyForm.notes(this.catalog, table, data, shown)) {
					paragraph(document, "FormTableNote", note);
				}
			}
			paragraph(document, "Heading1", FormLayout.SECTION_FIVE);
			paragraph(document, "Remark", WRITE_HERE);
			paragraph(document, "Heading1", FormLayout.SECTION_SIX);
			paragraph(document, "Remark", "（请根据本地区实际情况撰写，并说明本年度信息处理费的收取情况。）");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void styles(XWPFDocument document) throws IOException {
		try (InputStream xml = CountyReportDocument.class.getResourceAsStream("/report/county-report-styles.xml")) {
			document.createStyles().setStyles(StylesDocument.Factory.parse(xml).getStyles());
		}
		catch (XmlException ex) {
			throw new IllegalStateException("report/county-report-styles.xml is not valid", ex);
		}
	}

	/** A4 portrait with the margins of official documents; Word would otherwise print on Letter. */
	private static void pageSetup(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(TOP));
		margins.setBottom(BigInteger.valueOf(BOTTOM));
		margins.setLeft(BigInteger.valueOf(LEFT));
		margins.setRight(BigInteger.valueOf(RIGHT));
		margins.setHeader(BigInteger.valueOf(851));
		margins.setFooter(BigInteger.valueOf(992));
	}

	/** The page number centred in the footer, as 公文 print it: — 1 —. */
	private static void pageNumbers(XWPFDocument document) {
		XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph paragraph = footer.createParagraph();
		paragraph.setStyle("PageNumber");
		paragraph.createRun().setText("— ");
		paragraph.getCTP().addNewFldSimple().setInstr("PAGE");
		paragraph.createRun().setText(" —");
	}

	/**
	 * One block of a form table: a fixed grid (Word and LibreOffice both lay out by it), the header rows repeated on
	 * every page with cells spanning columns merged and a header cell over an empty one below merged down, each body
	 * row kept whole; {@code whole} keeps every row with the next, so that a table that fits a page is not split.
	 */
	private void table(XWPFDocument document, Block block, Map<String, Total> shown, boolean whole) {
		int columns = 1 + block.columns();
		boolean wide = block.columns() > 7 && block.rows().stream().allMatch((row) -> row.label().length() <= 4);
		int label = wide ? SHORT_LABEL_WIDTH : LABEL_WIDTH;
		int value = (TEXT_WIDTH - label) / Math.max(1, block.columns());
		XWPFTable table = document.createTable(block.headers().size() + block.rows().size(), columns);
		table.setStyleID("FormTable");
		layout(table, label, value, columns);
		int rowIndex = 0;
		for (List<HeaderCell> header : block.headers()) {
			XWPFTableRow row = table.getRow(rowIndex);
			row.setRepeatHeader(true);
			row.setCantSplitRow(true);
			text(row.getCell(0), "", true, whole);
			mergeDown(row.getCell(0), rowIndex == 0);
			int column = 1;
			for (HeaderCell cell : header) {
				for (int i = 0; i < cell.span(); i++) {
					XWPFTableCell target = row.getCell(column + i);
					text(target, (i == 0) ? header(cell, value) : "", true, whole);
					if (cell.span() > 1) {
						properties(target).addNewHMerge().setVal((i == 0) ? STMerge.RESTART : STMerge.CONTINUE);
					}
				}
				// a one-column header over an empty one in the next header row: one cell down (自然人, 总计)
				if (cell.span() == 1 && !cell.text().isEmpty() && emptyBelow(block, rowIndex, column)) {
					mergeDown(row.getCell(column), true);
					mergeDown(table.getRow(rowIndex + 1).getCell(column), false);
				}
				column += cell.span();
			}
			rowIndex++;
		}
		for (FormTable.Row body : block.rows()) {
			XWPFTableRow row = table.getRow(rowIndex++);
			row.setCantSplitRow(true);
			boolean last = rowIndex == table.getNumberOfRows();
			text(row.getCell(0), body.label(), false, whole && !last);
			row.getCell(0).getParagraphs().get(0).setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT);
			for (int i = 0; i < body.metrics().size(); i++) {
				Total total = shown.get(body.metrics().get(i));
				text(row.getCell(i + 1), (total == null) ? "—" : Wording.number(total.value()), false, whole && !last);
			}
		}
		// a paragraph between tables, or Word joins consecutive tables into one
		document.createParagraph().setStyle("FormTableNote");
	}

	/**
	 * A one-column header too wide for its column broken into two even lines (商业 / 企业, 社会公 / 益组织), as the form
	 * prints them, rather than wrapped one character from its end.
	 */
	private static String header(HeaderCell cell, int columnWidth) {
		String text = cell.text();
		int fits = (columnWidth - CELL_MARGINS) / CHARACTER;
		if (cell.span() > 1 || text.length() <= fits || text.length() > 2 * fits) {
			return text;
		}
		int half = (text.length() + 1) / 2;
		return text.substring(0, half) + "\n" + text.substring(half);
	}

	/** Whether the header row below has an empty one-column cell at this grid column. */
	private static boolean emptyBelow(Block block, int rowIndex, int gridColumn) {
		if (rowIndex + 1 >= block.headers().size()) {
			return false;
		}
		int column = 1;
		for (HeaderCell cell : block.headers().get(rowIndex + 1)) {
			if (column == gridColumn) {
				return cell.span() == 1 && cell.text().isEmpty();
			}
			column += cell.span();
		}
		return false;
	}

	private static void layout(XWPFTable table, int label, int value, int columns) {
		CTTblPr properties = table.getCTTbl().getTblPr();
		CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(label + (long) value * (columns - 1)));
		(properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
			.setType(STTblLayoutType.FIXED);
		CTTblGrid grid = table.getCTTbl().getTblGrid();
		if (grid == null) {
			grid = table.getCTTbl().addNewTblGrid();
		}
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int column = 0; column < columns; column++) {
			grid.addNewGridCol().setW(BigInteger.valueOf((column == 0) ? label : value));
		}
		for (XWPFTableRow row : table.getRows()) {
			for (int i = 0; i < row.getTableCells().size(); i++) {
				row.getCell(i).setWidth(String.valueOf((i == 0) ? label : value));
			}
		}
	}

	/** Merges a cell with the one above ({@code start}: the first of the merged cells). */
	private static void mergeDown(XWPFTableCell cell, boolean start) {
		CTTcPr properties = properties(cell);
		(properties.isSetVMerge() ? properties.getVMerge() : properties.addNewVMerge())
			.setVal(start ? STMerge.RESTART : STMerge.CONTINUE);
	}

	private static CTTcPr properties(XWPFTableCell cell) {
		return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
	}

	private static void text(XWPFTableCell cell, String text, boolean bold, boolean keepWithNext) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setStyle("FormTableText");
		if (keepWithNext) {
			(paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr()).addNewKeepNext();
		}
		String[] lines = text.isEmpty() ? new String[0] : text.split("\n");
		for (int i = 0; i < lines.length; i++) {
			var run = paragraph.createRun();
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i]);
			run.setBold(bold);
		}
	}

	private static void paragraph(XWPFDocument document, String style, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle(style);
		paragraph.createRun().setText(text);
	}

}
