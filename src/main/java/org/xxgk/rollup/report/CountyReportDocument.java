package org.xxgk.rollup.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.report.FormTable.Block;
import org.xxgk.rollup.report.FormTable.HeaderCell;
import org.xxgk.rollup.report.ReviewData.Total;
import org.xxgk.rollup.report.ReviewData.UnitStatus;

/**
 * {@code county-report.docx}: the county's own annual report in the form's layout, with tables 二, 三 and 四 filled
 * with the county totals and the prose parts left for the county to write, so it can start from it.
 */
public class CountyReportDocument {

	private static final String FONT = "宋体";

	private final MetricCatalog catalog;

	public CountyReportDocument(MetricCatalog catalog) {
		this.catalog = catalog;
	}

	public byte[] write(ReviewData data) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFParagraph title = document.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			run(title, data.regionName() + data.year() + "年政府信息公开工作年度报告", 18, true);
			long accepted = data.units().stream().filter(UnitStatus::accepted).count();
			paragraph(document, "（汇总稿：下列表格数据为本级 " + accepted + " 个单位通过审核的年度报告之和，应报 "
					+ data.units().size() + " 个单位；汇总时间 " + OverviewPage.time(data.runAt()) + "。）", false);
			paragraph(document, FormLayout.SECTION_ONE, true);
			paragraph(document, "（请根据本地区实际情况撰写。）", false);
			for (FormTable table : CountyForm.tables(this.catalog)) {
				paragraph(document, table.title(), true);
				for (Block block : table.blocks()) {
					table(document, block, data);
				}
			}
			paragraph(document, FormLayout.SECTION_FIVE, true);
			paragraph(document, "（请根据本地区实际情况撰写。）", false);
			paragraph(document, FormLayout.SECTION_SIX, true);
			paragraph(document, "（请根据本地区实际情况撰写。）", false);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void table(XWPFDocument document, Block block, ReviewData data) {
		int columns = 1 + block.columns();
		XWPFTable table = document.createTable(block.headers().size() + block.rows().size(), columns);
		table.setWidth("100%");
		int rowIndex = 0;
		for (List<HeaderCell> header : block.headers()) {
			XWPFTableRow row = table.getRow(rowIndex++);
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
			text(row.getCell(0), body.label(), false);
			for (int i = 0; i < body.metrics().size(); i++) {
				Total total = data.totals().get(body.metrics().get(i));
				text(row.getCell(i + 1), (total == null) ? "—" : Wording.number(total.value()), false);
			}
		}
		document.createParagraph();
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
