package org.xxgk.rollup.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what a submission is from its bytes, never from its extension (a .doc that is really .docx, a web page saved
 * as .txt): a zip is a .docx or .xlsx by its parts; an OLE2 container is a Word 97–2003 .doc or WPS .wps by its
 * WordDocument stream, an Excel 97–2003 .xls or WPS .et by its Workbook stream, or an encrypted Office file; text is a
 * web page by its markup, a CSV by its comma rows, Markdown by its {@code |---|} rule lines or {@code ##} part
 * headings, text in columns by its lines of cells spaced apart, else one of the text layouts. Formats that
 * cannot be read are refused with a Chinese reason that says what to send instead.
 */
final class FormatDetector {

	/** What a submission is, with its decoded text for the text formats (null for binary ones). */
	record Detected(InputFormat format, String text) {
	}

	private static final Pattern HTML = Pattern.compile(
			"(?is)^\\s*(<!doctype\\s+html|<html|<head|<body|<meta|<title|<table|<div|<p[\\s>]).*|(?is).*<table[\\s>].*</t[dh]>.*");

	private static final Pattern PIPE_ROW = Pattern.compile("[^|\\s][^|]*\\|\\s*[^|\\s].*");

	private static final Pattern PIPE_ONLY_OR_TRAILING = Pattern.compile("^\\s*\\|\\s*$|.*\\s\\|\\s*$");

	private static final Pattern MARKDOWN_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*\\|.*");

	private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6}\\s+|\\*\\*).+");

	/**
	 * A line of text in columns ending in a number: a label or numbers, two or more spaces, a number (in full-width
	 * digits too, as an OCR writes them, or with thousands separators).
	 */
	private static final Pattern COLUMN_ROW = Pattern
		.compile("^\\s*\\S.*?\\S {2,}[+-]?[0-9０-９][0-9０-９,]*(?:\\.[0-9０-９]+)?\\s*$");

	private static final int MIN_ROWS = 5;

	/** A table row as browsers put it on the clipboard: cells with a tab between them, no pipe. */
	private static final Pattern TAB_ROW = Pattern.compile("[^|\\t]*[^|\\s][^|\\t]*\\t[^|]*");

	/** Offset of the flags in a .doc's file information block; fEncrypted is bit 8 (0x0100) of that word. */
	private static final int FIB_FLAGS = 0x0A;

	static final String PASSWORD_PROTECTED = "文件设置了打开密码（已加密），无法读取，请取消密码保护后重新报送";

	private final TextDecoder decoder = new TextDecoder();

	private final ZipGuard zipGuard;

	FormatDetector(ZipGuard zipGuard) {
		this.zipGuard = zipGuard;
	}

	Detected detect(byte[] content) throws UnreadableReportException {
		if (content == null || content.length == 0) {
			throw new UnreadableReportException("文件为空，没有可读取的内容");
		}
		if (TextDecoder.startsWith(content, 'P', 'K', 3, 4)) {
			return new Detected(zipFormat(this.zipGuard.entries(content)), null);
		}
		if (TextDecoder.startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			return new Detected(oleFormat(content), null);
		}
		if (isPdf(content)) {
			return new Detected(InputFormat.PDF, null);
		}
		if (WebArchive.isWebArchive(content)) {
			// a page saved as one file (.mht): its HTML part is the page
			return new Detected(InputFormat.HTML, ScriptConverter.toSimplified(WebArchive.page(content)));
		}
		if (TextDecoder.startsWith(content, '{', '\\', 'r', 't', 'f')) {
			throw new UnreadableReportException("暂不支持RTF文件，请用Word另存为.docx格式后重新报送");
		}
		String text = ScriptConverter.toSimplified(this.decoder.decode(content));
		return new Detected(textFormat(text), text);
	}

	/** A PDF's header may follow a few bytes of junk; readers look for it in the first kilobyte. */
	private static boolean isPdf(byte[] content) {
		int end = Math.min(content.length, 1024) - 5;
		for (int i = 0; i <= end; i++) {
			if (content[i] == '%' && content[i + 1] == 'P' && content[i + 2] == 'D' && content[i + 3] == 'F'
					&& content[i + 4] == '-') {
				return true;
			}
		}
		return false;
	}

	private static InputFormat zipFormat(Set<String> entries) throws UnreadableReportException {
		if (entries.contains("word/document.xml")) {
			return InputFormat.DOCX;
		}
		if (entries.contains("xl/workbook.xml")) {
			return InputFormat.XLSX;
		}
		throw new UnreadableReportException("压缩文件不是Word（.docx）或Excel（.xlsx）文档，请直接报送年度报告文件");
	}

	/**
	 * An OLE2 container is a legacy .doc/.wps or .xls/.et; an encrypted one (an encrypted .docx/.xlsx package, a .doc
	 * whose header says fEncrypted; an encrypted .xls is found by its reader) or any other is refused.
	 */
	private static InputFormat oleFormat(byte[] content) throws UnreadableReportException {
		Set<String> entries;
		boolean encryptedWord = false;
		try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			entries = ole.getRoot().getEntryNames();
			if (entries.contains("WordDocument")) {
				try (InputStream word = ole.createDocumentInputStream("WordDocument")) {
					encryptedWord = (word.readNBytes(FIB_FLAGS + 2)[FIB_FLAGS + 1] & 0x01) != 0;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableReportException("Office文档已损坏，无法读取，请重新保存为.docx后报送", ex);
		}
		if (entries.contains("EncryptedPackage") || entries.contains("EncryptionInfo") || encryptedWord) {
			throw new UnreadableReportException(PASSWORD_PROTECTED);
		}
		if (entries.contains("WordDocument")) {
			return InputFormat.DOC;
		}
		if (entries.contains("Workbook")) {
			return InputFormat.XLS;
		}
		if (entries.contains("Book")) {
			throw new UnreadableReportException("这是Excel 5.0/95格式的旧表格，无法读取，请用Excel或WPS另存为.xlsx格式后重新报送");
		}
		throw new UnreadableReportException("不是可识别的Office文档，请报送.docx或.xlsx格式的年度报告");
	}

	/** A part heading written as Markdown: {@code ## 三、…} or {@code **三、…**}. */
	private static boolean isMarkdownHeading(String line) {
		return MARKDOWN_HEADING.matcher(line).matches() && Headings.part(line.replaceAll("^#+\\s*|\\*\\*", "")) != null;
	}

	private static InputFormat textFormat(String text) {
		String[] lines = text.split("\r\n|\r|\n");
		// Markdown whose tables a converter wrote as HTML (MinerU) is Markdown by its part headings
		boolean markdownHeaded = Arrays.stream(lines).filter(FormatDetector::isMarkdownHeading).count() >= 2;
		if (HTML.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).matches() && !markdownHeaded
				|| (text.contains("<table") && text.contains("</td>")) && !markdownHeaded) {
			return InputFormat.HTML;
		}
		int tabLed = 0;
		int pipeRows = 0;
		int tabRows = 0;
		int pipeMarks = 0;
		int commaRows = 0;
		int markdownRules = 0;
		int markdownHeadings = 0;
		int columnRows = 0;
		int nonBlank = 0;
		for (String line : lines) {
			if (line.isBlank()) {
				continue;
			}
			nonBlank++;
			tabLed += line.startsWith("\t") ? 1 : 0;
			pipeRows += PIPE_ROW.matcher(line).matches() ? 1 : 0;
			// a tab first: on a line without one the pattern backtracks over its two runs of cell characters
			tabRows += (line.indexOf('\t') >= 0 && TAB_ROW.matcher(line).matches()) ? 1 : 0;
			pipeMarks += PIPE_ONLY_OR_TRAILING.matcher(line).matches() ? 1 : 0;
			commaRows += (line.chars().filter((c) -> c == ',').count() >= 3) ? 1 : 0;
			markdownRules += MARKDOWN_RULE.matcher(line).matches() ? 1 : 0;
			markdownHeadings += isMarkdownHeading(line) ? 1 : 0;
			columnRows += (line.indexOf('\t') < 0 && line.indexOf('|') < 0 && COLUMN_ROW.matcher(line).matches()) ? 1 : 0;
		}
		if (commaRows >= 2 * MIN_ROWS && commaRows * 2 > nonBlank && tabLed == 0) {
			return InputFormat.CSV;
		}
		if (markdownRules >= 2 || markdownRules == 1 && markdownHeadings >= 1 || markdownHeadings >= 3) {
			return InputFormat.MARKDOWN;
		}
		// rows with a tab between cells are pipe rows by another separator (Word's text puts a tab first, never between)
		if (pipeRows >= MIN_ROWS || tabRows >= MIN_ROWS && tabLed < MIN_ROWS) {
			return InputFormat.PIPE_TEXT;
		}
		if (tabLed >= MIN_ROWS || pipeMarks < MIN_ROWS && tabLed > 0) {
			return InputFormat.WORD_TEXT;
		}
		if (columnRows >= MIN_ROWS && pipeMarks < MIN_ROWS) {
			return InputFormat.COLUMN_TEXT;
		}
		return (pipeMarks >= MIN_ROWS || tabLed == 0) ? InputFormat.CELL_PER_LINE_TEXT : InputFormat.WORD_TEXT;
	}

}
