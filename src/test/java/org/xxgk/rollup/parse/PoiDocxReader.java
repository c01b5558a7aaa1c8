package org.xxgk.rollup.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

import org.xxgk.rollup.parse.SourceDocument.Block;
import org.xxgk.rollup.parse.SourceDocument.Grid;
import org.xxgk.rollup.parse.SourceDocument.GridCell;
import org.xxgk.rollup.parse.SourceDocument.GridRow;
import org.xxgk.rollup.parse.SourceDocument.Paragraph;

/**
 * The reader the project used before the streaming {@link DocxReader}, kept as the oracle that the streaming one reads
 * the same document: POI's object model, paragraphs and tables in body order, gridSpan followed by empty cells, a vMerge
 * continuation as an empty cell, positions counted per paragraph and table row.
 */
final class PoiDocxReader {

	SourceDocument read(byte[] content) throws UnreadableReportException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			List<Block> blocks = new ArrayList<>();
			int position = 0;
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					position++;
					String text = paragraph.getText().strip();
					if (!text.isEmpty()) {
						blocks.add(new Paragraph(text, position));
					}
				}
				else if (element instanceof XWPFTable table) {
					List<GridRow> rows = new ArrayList<>();
					for (XWPFTableRow row : table.getRows()) {
						position++;
						rows.add(row(row, position));
					}
					blocks.add(new Grid(List.copyOf(rows)));
				}
			}
			return new SourceDocument(List.copyOf(blocks));
		}
		catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalStateException ex) {
			throw new UnreadableReportException("Word文档已损坏或格式不正确，无法读取", ex);
		}
	}

	private static GridRow row(XWPFTableRow row, int position) {
		List<GridCell> cells = new ArrayList<>();
		for (XWPFTableCell cell : row.getTableCells()) {
			CTTcPr properties = cell.getCTTc().getTcPr();
			boolean continuation = properties != null && properties.isSetVMerge()
					&& (properties.getVMerge().getVal() == null
							|| "continue".equals(properties.getVMerge().getVal().toString()));
			cells.add(new GridCell(continuation ? "" : text(cell), position));
			int span = (properties != null && properties.isSetGridSpan()) ? properties.getGridSpan().getVal().intValue()
					: 1;
			for (int i = 1; i < span; i++) {
				cells.add(new GridCell("", position));
			}
		}
		return new GridRow(List.copyOf(cells));
	}

	/** A cell's paragraphs joined by line breaks, as a label wrapped inside the cell reads. */
	private static String text(XWPFTableCell cell) {
		return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")).strip();
	}

}
