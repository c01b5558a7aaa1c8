package org.xxgk.rollup.parse;

import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.SourceFile;

/**
 * Converts one submitted file into the canonical {@link Report}. Three stages, so new formats only add the first
 * two: decode bytes to text, read the layout into a {@link SourceDocument}, assemble the report from labels. Any
 * failure becomes an {@link UnreadableReportException} with a Chinese reason, so one bad file never stops a batch.
 */
public class SubmissionParser {

	private final TextDecoder decoder = new TextDecoder();

	private final WordTextLayoutReader layoutReader = new WordTextLayoutReader();

	private final ReportAssembler assembler = new ReportAssembler();

	public Report parse(SourceFile source, byte[] content) throws UnreadableReportException {
		try {
			String text = this.decoder.decode(content);
			return this.assembler.assemble(source, this.layoutReader.read(text), text);
		}
		catch (UnreadableReportException ex) {
			throw ex;
		}
		catch (RuntimeException | StackOverflowError ex) {
			throw new UnreadableReportException("文件内容无法解析：" + ex.getClass().getSimpleName(), ex);
		}
	}

}
