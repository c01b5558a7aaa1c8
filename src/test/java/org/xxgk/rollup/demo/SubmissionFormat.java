package org.xxgk.rollup.demo;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A file format a generated report can be written in, with the name {@code jobs/generate --formats} knows it by. The
 * large-set generator picks a format per report by the shares it is given, so a new reader (Word .docx, a saved web
 * page, a spreadsheet) only adds an entry to {@link #KNOWN} with a writer of its own.
 */
public interface SubmissionFormat {

	/** The file name extension, with its dot. */
	String extension();

	byte[] write(GeneratedReport report);

	/** Word-extracted text in UTF-8, as most offices save it. */
	SubmissionFormat TEXT_UTF8 = text(StandardCharsets.UTF_8);

	/** The same text saved by an older editor in GBK. */
	SubmissionFormat TEXT_GBK = text(Charset.forName("GBK"));

	/**
	 * The mix a county office really receives: Word files (a fifth of them Word 97–2003 .doc from old office suites)
	 * and PDFs (most bodies publish the report as a PDF, and many offices forward that), then web pages and text
	 * copied from them, a few spreadsheets of the blank form (some .xls), a few old GBK editors and traditional-script
	 * pages. The default of {@code jobs/generate} and {@code jobs/bench}.
	 */
	String REALISTIC_MIX = "docx=0.25,doc=0.10,pdf=0.30,html=0.09,html-traditional=0.02,txt=0.08,txt-gbk=0.03,"
			+ "web-pipes=0.03,web-lines=0.02,xlsx=0.05,xls=0.01,csv=0.02";

	/** Every format by its name on the command line, in a fixed order. */
	Map<String, SubmissionFormat> KNOWN = known();

	private static Map<String, SubmissionFormat> known() {
		Map<String, SubmissionFormat> formats = new LinkedHashMap<>();
		formats.put("txt", TEXT_UTF8);
		formats.put("txt-gbk", TEXT_GBK);
		formats.put("docx", of(".docx", (report) -> DocxWriter.write(report, false)));
		formats.put("html", of(".html", (report) -> utf8(HtmlPageWriter.write(report))));
		formats.put("html-traditional",
				of(".html", (report) -> utf8(TraditionalScript.convert(HtmlPageWriter.write(report)))));
		formats.put("web-pipes", of(".txt", (report) -> utf8(WebTextWriter.write(report, WebTextWriter.Shape.PIPE_ROWS))));
		formats.put("web-lines",
				of(".txt", (report) -> utf8(WebTextWriter.write(report, WebTextWriter.Shape.CELL_PER_LINE))));
		formats.put("xlsx", of(".xlsx", FormSpreadsheetWriter::filledXlsx));
		formats.put("csv", of(".csv", FormSpreadsheetWriter::filledCsv));
		formats.put("markdown",
				of(".md", (report) -> utf8(MarkdownWriter.write(report, MarkdownWriter.Shape.TABLES))));
		formats.put("markdown-ocr",
				of(".md", (report) -> utf8(MarkdownWriter.write(report, MarkdownWriter.Shape.OCR_BLOCKS))));
		formats.put("column-text", of(".txt", (report) -> utf8(ColumnTextWriter.write(report))));
		formats.put("doc", of(".doc", LegacyDocWriter::write));
		formats.put("xls", of(".xls", FormSpreadsheetWriter::filledXls));
		formats.put("pdf", of(".pdf", PdfWriter::write));
		return Collections.unmodifiableMap(formats);
	}

	private static SubmissionFormat of(String extension, Function<GeneratedReport, byte[]> writer) {
		return new SubmissionFormat() {

			@Override
			public String extension() {
				return extension;
			}

			@Override
			public byte[] write(GeneratedReport report) {
				return writer.apply(report);
			}

		};
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static SubmissionFormat text(Charset charset) {
		return new SubmissionFormat() {

			@Override
			public String extension() {
				return ".txt";
			}

			@Override
			public byte[] write(GeneratedReport report) {
				String text = SeedLayoutWriter.write(report);
				if (!charset.equals(StandardCharsets.UTF_8)) {
					// GBK has no no-break space; an editor saving in GBK writes a plain one
					text = text.replace('\u00A0', ' ');
				}
				return text.getBytes(charset);
			}

		};
	}

}
