package org.xxgk.rollup.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.xxgk.rollup.blankform.FormWorkbook;
import org.xxgk.rollup.model.PrintedForm;

/**
 * A generated report written into the structured form ({@link FormWorkbook}) as a township returns it: as .xlsx, as
 * Excel 97–2003 .xls, or its rows saved as .csv.
 */
public final class FormSpreadsheetWriter {

	private static final int CSV_WIDTH = 15;

	private FormSpreadsheetWriter() {
	}

	/** The form filled in with a report, as a township returns it. */
	public static byte[] filledXlsx(GeneratedReport report) {
		return FormWorkbook.filledXlsx(form(report), report.publisher(), report.year(), report.prose());
	}

	/** The filled form as an Excel 97–2003 .xls. */
	public static byte[] filledXls(GeneratedReport report) {
		return FormWorkbook.filledXls(form(report), report.publisher(), report.year(), report.prose());
	}

	/** The filled form's rows as CSV (UTF-8 with BOM, as Excel saves it). */
	public static byte[] filledCsv(GeneratedReport report) {
		PrintedForm form = form(report);
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
			csv.printRecord(padded(List.of(FormWorkbook.UNIT_LABEL, report.publisher()), CSV_WIDTH));
			csv.printRecord(padded(List.of(FormWorkbook.YEAR_LABEL, String.valueOf(report.year())), CSV_WIDTH));
			for (int table = 2; table <= 4; table++) {
				csv.printRecord(padded(List.of(PrintedForm.HEADINGS.get(table)), CSV_WIDTH));
				for (List<String> row : form.expanded(table)) {
					csv.printRecord(row);
				}
			}
			for (String numeral : FormWorkbook.PROSE_PARTS) {
				csv.printRecord(padded(List.of(PrintedForm.PROSE_HEADINGS.get(numeral)), CSV_WIDTH));
				csv.printRecord(padded(List.of(report.prose().getOrDefault(numeral, "")), CSV_WIDTH));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static PrintedForm form(GeneratedReport report) {
		return PrintedForm.of(report.template(), report.cells());
	}

	private static List<String> padded(List<String> cells, int width) {
		List<String> row = new ArrayList<>(cells);
		while (row.size() < width) {
			row.add("");
		}
		return row;
	}

}
