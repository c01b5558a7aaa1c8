package org.xxgk.rollup.parse;

import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.SourceFile;

/**
 * Converts one submitted file into the canonical {@link Report}: detect the format from the content, read its layout
 * into a {@link SourceDocument} (one reader per format), convert traditional script to simplified, then assemble the
 * report from labels, the same way for every format. Any failure of the content becomes an
 * {@link UnreadableReportException} with a Chinese reason ({@link OversizedReportException} for zip bombs), so one bad
 * file never stops a batch; errors of the JVM itself (out of memory, stack overflow) go up to the caller, as they
 * say nothing about the file. NUL characters (an .xlsx's {@code _x0000_}, a text's 0 byte) are dropped: nothing
 * stores them; Kangxi radicals and compatibility ideographs a broken font table gives are read as the characters they
 * show ({@link LookAlikes}).
 */
public class SubmissionParser {

	/** What a compressed submission may expand to when no limit is configured: 50 MB, as the file limit. */
	public static final long DEFAULT_MAX_EXPANDED_BYTES = 50L * 1024 * 1024;

	private final FormatDetector detector;

	private final ReportAssembler assembler = new ReportAssembler();

	public SubmissionParser() {
		this(DEFAULT_MAX_EXPANDED_BYTES);
	}

	/** @param maxExpandedBytes a .docx or .xlsx expanding past this is rejected as FILE-TOO-LARGE */
	public SubmissionParser(long maxExpandedBytes) {
		this.detector = new FormatDetector(new ZipGuard(maxExpandedBytes));
	}

	public Report parse(SourceFile source, byte[] content) throws UnreadableReportException {
		try {
			FormatDetector.Detected detected = this.detector.detect(content);
			// text is converted before reading, as web-text layouts find their tables by the headings
			SourceDocument document = ((detected.text() != null) ? read(detected, content)
					: ScriptConverter.toSimplified(read(detected, content))).map(SubmissionParser::withoutNul);
			return this.assembler.assemble(source, document, document.text());
		}
		catch (UnreadableReportException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// a fault of a reader on this content; the township is told in words, the log keeps the exception
			throw new UnreadableReportException("文件内容无法解析，请另存为 .docx、.xlsx 或网页格式后重新报送", ex);
		}
	}

	/** Without NUL characters, and with look-alike code points ({@link LookAlikes}) as the characters they show. */
	private static String withoutNul(String text) {
		return LookAlikes.unify((text.indexOf('\0') < 0) ? text : text.replace("\0", ""));
	}

	/** The format a submission is in, as the parser sees it (for the benchmark and tests). */
	public InputFormat detect(byte[] content) throws UnreadableReportException {
		return this.detector.detect(content).format();
	}

	private static SourceDocument read(FormatDetector.Detected detected, byte[] content)
			throws UnreadableReportException {
		// text layouts find their tables by the headings, which must read 二、 rather than a look-alike ⼆、
		String text = (detected.text() != null) ? LookAlikes.unify(detected.text()) : null;
		return switch (detected.format()) {
			case WORD_TEXT -> new WordTextLayoutReader().read(text);
			case PIPE_TEXT -> new WebTextReader(true).read(text);
			case CELL_PER_LINE_TEXT -> new WebTextReader(false).read(text);
			case MARKDOWN -> new MarkdownReader().read(text);
			case COLUMN_TEXT -> new ColumnTextReader().read(text);
			case HTML -> new HtmlReader().read(text);
			case DOCX -> new DocxReader().read(content);
			case DOC -> new LegacyWordReader().read(content);
			case XLSX -> new SpreadsheetReader().readXlsx(content);
			case XLS -> new SpreadsheetReader().readXls(content);
			case CSV -> new SpreadsheetReader().readCsv(text);
			case PDF -> new PdfReader().read(content);
		};
	}

}
