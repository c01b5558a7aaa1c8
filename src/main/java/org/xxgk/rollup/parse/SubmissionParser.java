package org.xxgk.rollup.parse;

import java.util.Locale;
import java.util.Optional;

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
		catch (TextDecoder.NotText ex) {
			throw damagedByItsName(source.fileName()).map((reason) -> new UnreadableReportException(reason, ex))
				.orElse(ex);
		}
		catch (UnreadableReportException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// a fault of a reader on this content; the township is told in words, the log keeps the exception
			throw new UnreadableReportException("文件内容无法解析，请另存为 .docx、.xlsx 或网页格式后重新报送", ex);
		}
	}

	/**
	 * Why a file that is no text in any encoding cannot be read, when its name says what it should have been: a Word,
	 * Excel or PDF file whose bytes are none of these was damaged (a broken download or copy, a renamed file), which a
	 * township can check by opening it; "unknown encoding" would tell it nothing. Empty when the name says nothing.
	 */
	private static Optional<String> damagedByItsName(String fileName) {
		String name = (fileName == null) ? "" : fileName.toLowerCase(Locale.ROOT);
		String extension = name.substring(name.lastIndexOf('.') + 1);
		String kind = switch (extension) {
			case "docx", "doc", "wps" -> "Word文档";
			case "xlsx", "xls", "et" -> "Excel表格";
			case "pdf" -> "PDF文件";
			default -> null;
		};
		return Optional.ofNullable(kind).map((what) -> "文件已损坏（文件名是 ." + extension + "，但内容无法作为" + what
				+ "打开，可能下载或复制不完整）。请在电脑上打开确认，重新保存或导出后再报送");
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
