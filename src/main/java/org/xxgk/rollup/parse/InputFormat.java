package org.xxgk.rollup.parse;

/** The forms a submission arrives in, as recognised from its content (never from its file name). */
public enum InputFormat {

	/** Text extracted from Word: cells on tab-led lines (the seed). */
	WORD_TEXT,

	/** Text copied from a web page, table rows with {@code |} between cells. */
	PIPE_TEXT,

	/** Text copied from a web page, one table cell per line and no row boundaries. */
	CELL_PER_LINE_TEXT,

	/** Markdown written by a PDF or OCR converter: pipe tables with {@code |---|} rule lines, {@code ##} headings. */
	MARKDOWN,

	/** Plain text laid out in columns by runs of spaces, as {@code pdftotext -layout} writes a PDF. */
	COLUMN_TEXT,

	/** A saved web page. */
	HTML,

	/** Word 2007+ document. */
	DOCX,

	/** Word 97–2003 binary document (.doc), also WPS's .wps. */
	DOC,

	/** The structured spreadsheet of {@code jobs/blank-form}. */
	XLSX,

	/** The same spreadsheet as Excel 97–2003 (.xls), also WPS's .et. */
	XLS,

	/** The same spreadsheet saved as CSV. */
	CSV,

	/** A PDF with a text layer; tables rebuilt from positions and ruling lines. */
	PDF

}
