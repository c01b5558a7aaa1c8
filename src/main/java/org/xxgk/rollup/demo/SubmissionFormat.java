package org.xxgk.rollup.demo;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

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

	/** Every format by its name on the command line. */
	Map<String, SubmissionFormat> KNOWN = known();

	private static Map<String, SubmissionFormat> known() {
		Map<String, SubmissionFormat> formats = new LinkedHashMap<>();
		formats.put("txt", TEXT_UTF8);
		formats.put("txt-gbk", TEXT_GBK);
		return Map.copyOf(formats);
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
