package org.xxgk.rollup.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import org.xxgk.rollup.blankform.DeterministicZip;
import org.xxgk.rollup.model.PrintedForm.FormCell;
import org.xxgk.rollup.model.PrintedForm.Slot;
import org.xxgk.rollup.model.PrintedForm;

/**
 * Writes a {@link GeneratedReport} as the Word .docx a township types: real tables with merged cells (gridSpan across,
 * vMerge down), some numbers with a stray space, an empty row left at the end of table 二, and optionally table 三
 * broken across a page into two tables. Timestamps are fixed, so the bytes are the same on every run.
 */
public final class DocxWriter {

	/** Table 三 is broken before this row label when a split is asked for (inside the merged 三、本年度办理结果). */
	private static final String SPLIT_BEFORE = "（四）无法提供";

	/** Every grid column is this wide (twips, 1/1440 inch): table 三's fifteen columns fit an A4 page. */
	private static final int COLUMN_WIDTH = 600;

	private DocxWriter() {
	}

	public static byte[] write(GeneratedReport report, boolean splitTableThree) {
		PrintedForm form = PrintedForm.of(report.template(), report.cells());
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getProperties().getCoreProperties().setCreated(Optional.of(new Date(1_640_995_200_000L)));
			document.getProperties().getCoreProperties().setModified(Optional.of(new Date(1_640_995_200_000L)));
			document.getProperties().getCoreProperties().setCreator(report.publisher());
			paragraph(document, report.title());
			prose(document, report, "一");
			for (int table = 2; table <= 4; table++) {
				paragraph(document, PrintedForm.HEADINGS.get(table));
				List<List<Slot>> rows = form.slots(table);
				int split = (table == 3 && splitTableThree) ? splitRow(rows) : rows.size();
				table(document, rows.subList(0, split), table == 2);
				if (split < rows.size()) {
					document.createParagraph().createRun().addBreak(BreakType.PAGE);
					table(document, rows.subList(split, rows.size()), false);
				}
			}
			prose(document, report, "五");
			prose(document, report, "六");
			document.write(out);
			return DeterministicZip.normalize(out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int splitRow(List<List<Slot>> rows) {
		for (int r = 0; r < rows.size(); r++) {
			if (rows.get(r).stream().anyMatch((slot) -> !slot.continuation() && slot.cell().text().equals(SPLIT_BEFORE))) {
				return r;
			}
		}
		return rows.size();
	}

	private static void prose(XWPFDocument document, GeneratedReport report, String numeral) {
		paragraph(document, PrintedForm.PROSE_HEADINGS.get(numeral));
		for (String line : report.prose().getOrDefault(numeral, "").split("\n")) {
			if (!line.isBlank()) {
				paragraph(document, line);
			}
		}
	}

	private static void paragraph(XWPFDocument document, String text) {
		document.createParagraph().createRun().setText(text);
	}

	private static void table(XWPFDocument document, List<List<Slot>> rows, boolean trailingBlankRow) {
		XWPFTable table = document.createTable();
		table.removeRow(0);
		int columns = grid(table, rows);
		int stray = 0;
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = table.createRow();
			while (!row.getTableCells().isEmpty()) {
				row.removeCell(0);
			}
			for (Slot slot : rows.get(r)) {
				FormCell cell = slot.cell();
				XWPFTableCell tableCell = row.addNewTableCell();
				CTTcPr properties = tableCell.getCTTc().isSetTcPr() ? tableCell.getCTTc().getTcPr()
						: tableCell.getCTTc().addNewTcPr();
				if (cell.colSpan() > 1) {
					properties.addNewGridSpan().setVal(BigInteger.valueOf(cell.colSpan()));
				}
				properties.addNewTcW().setW(BigInteger.valueOf((long) COLUMN_WIDTH * cell.colSpan()));
				properties.getTcW().setType(STTblWidth.DXA);
				// a continuation at the top of the second half of a split table starts afresh, empty
				boolean continues = slot.continuation() && r > 0;
				if (cell.rowSpan() > 1 && !(slot.continuation() && r == 0)) {
					properties.addNewVMerge().setVal(continues ? STMerge.CONTINUE : STMerge.RESTART);
				}
				String text = slot.continuation() ? "" : cell.text();
				if (!cell.label() && !text.isEmpty() && stray++ % 5 == 2) {
					text = text + " ";
				}
				setText(tableCell, text);
			}
		}
		if (trailingBlankRow) {
			XWPFTableRow blank = table.createRow();
			while (!blank.getTableCells().isEmpty()) {
				blank.removeCell(0);
			}
			XWPFTableCell cell = blank.addNewTableCell();
			CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
			properties.addNewGridSpan().setVal(BigInteger.valueOf(columns));
			setText(cell, "");
		}
	}

	/**
	 * The table's column grid (tblGrid) and cell widths, as Word writes them: without them an office suite
	 * converting the file (to .doc, to PDF) guesses the columns and loses which cells span which.
	 */
	private static int grid(XWPFTable table, List<List<Slot>> rows) {
		int columns = rows.stream()
			.mapToInt((row) -> row.stream().mapToInt((slot) -> slot.cell().colSpan()).sum())
			.max()
			.orElse(1);
		CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		for (int c = 0; c < columns; c++) {
			grid.addNewGridCol().setW(BigInteger.valueOf(COLUMN_WIDTH));
		}
		return columns;
	}

	/** A label broken inside its cell (本年新\n制作数量) becomes two paragraphs, as Word keeps it. */
	private static void setText(XWPFTableCell cell, String text) {
		String[] lines = text.split("\n", -1);
		cell.getParagraphs().get(0).createRun().setText(lines[0]);
		for (int i = 1; i < lines.length; i++) {
			cell.addParagraph().createRun().setText(lines[i]);
		}
	}

}
