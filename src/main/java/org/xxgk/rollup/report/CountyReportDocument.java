package org.xxgk.rollup.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.report.FormTable.Block;
import org.xxgk.rollup.report.FormTable.HeaderCell;
import org.xxgk.rollup.report.ReviewData.Total;
import org.xxgk.rollup.report.ReviewData.Unit;

/**
 * {@code county-report.docx}: the county's own annual report in the layout of the form in force, with tables 二, 三 and
 * 四 filled with the county's figures ({@link CountyForm#shown}, the N/M notes under figures only some units' forms have)
 * and the prose parts left for the county to write, so it can start from it. A4 portrait, the label column wide enough
 * for the form's long labels, header rows repeated on each page and body rows kept whole.
 */
public class CountyReportDocument {

	private static final String FONT = "宋体";

	private final MetricCatalog catalog;

	public CountyReportDocument(MetricCatalog catalog) {
		this.catalog = catalog;
	}

	/** A4 in twentieths of a point, with 2.5 cm (1418) margins left and right, 2.54 cm (1440) top and bottom. */
	static final int PAGE_WIDTH = 11906;

	static final int PAGE_HEIGHT = 16838;

	private static final int MARGIN = 1418;

	/** Width of the label column in twentieths of a point: about 40% of the text width, the rest shared by the values. */
	static final int LABEL_WIDTH = 3800;

	public byte[] write(ReviewData data) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			pageSetup(document);
			XWPFParagraph title = document.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			run(title, data.regionName() + data.year() + "年政府信息公开工作年度报告", 18, true);
			long accepted = data.units().stream().filter(Unit::accepted).count();
			paragraph(document, "（汇总稿：下列表格数据为" + data.regionName() + "所属 " + accepted + " 个单位通过审核的年度报告之和，应报 "
					+ data.units().size() + " 个单位；汇总时间 " + OverviewPage.time(data.runAt()) + "。按"
					+ CountyForm.template(data.year()).code() + "年版表格汇总。" + CountyForm.HARMONISED
					+ "标注“N/M 个单位”的栏目只有部分单位的表格才有：N 个单位填报，共应报 M 个单位。）", false);
			paragraph(document, FormLayout.SECTION_ONE, true);
			paragraph(document, "（请根据本地区实际情况撰写。）", false);
			Map<String, Total> shown = CountyForm.shown(data);
			for (FormTable table : CountyForm.tables(this.catalog, data.year())) {
				paragraph(document, table.title(), true);
				for (Block block : table.blocks()) {
					table(document, block, data, shown);
				}
			}
			paragraph(document, FormLayout.SECTION_FIVE, true);
			paragraph(document, "（请根据本地区实际情况撰写。）", false);
			paragraph(document, FormLayout.SECTION_SIX, true);
			paragraph(document, "（请根据本地区实际情况撰写，并说明本年度信息处理费的收取情况。）", false);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
		margins.setLeft(BigInteger.valueOf(MARGIN));
		margins.setRight(BigInteger.valueOf(MARGIN));
		margins.setTop(BigInteger.valueOf(1440));
		margins.setBottom(BigInteger.valueOf(1440));
	}

	private void table(XWPFDocument document, Block block, ReviewData data, Map<String, Total> shown) {
		int columns = 1 + block.columns();
		XWPFTable table = document.createTable(block.headers().size() + block.rows().size(), columns);
		int valueWidth = (PAGE_WIDTH - 2 * MARGIN - LABEL_WIDTH) / Math.max(1, block.columns());
		table.setWidth(PAGE_WIDTH - 2 * MARGIN);
		int rowIndex = 0;
		for (List<HeaderCell> header : block.headers()) {
			XWPFTableRow row = table.getRow(rowIndex++);
			row.setRepeatHeader(true);
			text(row.getCell(0), "", true);
			int column = 1;
			for (HeaderCell cell : header) {
				for (int i = 0; i < cell.span(); i++) {
					XWPFTableCell target = row.getCell(column + i);
					text(target, (i == 0) ? cell.text() : "", true);
					if (cell.span() > 1) {
						CTTcPr properties = target.getCTTc().isSetTcPr() ? target.getCTTc().getTcPr()
								: target.getCTTc().addNewTcPr();
						properties.addNewHMerge().setVal((i == 0) ? STMerge.RESTART : STMerge.CONTINUE);
					}
				}
				column += cell.span();
			}
		}
		for (FormTable.Row body : block.rows()) {
			XWPFTableRow row = table.getRow(rowIndex++);
			row.setCantSplitRow(true);
			text(row.getCell(0), body.label(), false);
			row.getCell(0).getParagraphs().get(0).setAlignment(ParagraphAlignment.LEFT);
			for (int i = 0; i < body.metrics().size(); i++) {
				String metric = body.metrics().get(i);
				Total total = shown.get(metric);
				XWPFTableCell cell = row.getCell(i + 1);
				text(cell, (total == null) ? "—" : Wording.number(total.value()), false);
				if (total != null && this.catalog.get(metric).templates().size() == 1) {
					note(cell, total.unitsReported() + "/" + total.unitsExpected() + " 个单位");
				}
				BigDecimal unsplit = CountyForm.unsplit(data, shown, metric);
				if (unsplit.signum() != 0) {
					note(cell, "含其他处理（未分项）" + Wording.number(unsplit));
				}
			}
		}
		for (XWPFTableRow row : table.getRows()) {
			for (int i = 0; i < row.getTableCells().size(); i++) {
				row.getCell(i).setWidth(String.valueOf((i == 0) ? LABEL_WIDTH : valueWidth));
			}
		}
		document.createParagraph();
	}

	/** A small second line in a cell: the N/M note or the unsplit part. */
	private static void note(XWPFTableCell cell, String text) {
		XWPFParagraph paragraph = cell.addParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		run(paragraph, text, 7, false);
	}

	private static void text(XWPFTableCell cell, String text, boolean bold) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		run(paragraph, text, 9, bold);
	}

	private static void paragraph(XWPFDocument document, String text, boolean heading) {
		XWPFParagraph paragraph = document.createParagraph();
		if (heading) {
			paragraph.setSpacingBefore(240);
		}
		else {
			paragraph.setFirstLineIndent(480);
		}
		run(paragraph, text, heading ? 14 : 12, heading);
	}

	private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
		run.setFontFamily(FONT);
	}

}
