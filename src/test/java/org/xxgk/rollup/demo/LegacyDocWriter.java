package org.xxgk.rollup.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.PrintedForm;
import org.xxgk.rollup.model.Template;

/**
 * Writes a {@link GeneratedReport} as a Word 97–2003 .doc without an office suite, so {@code jobs/generate} and the
 * demo set can make them on any machine. Nothing writes a .doc from scratch in Java (POI's HWPF edits, but what it
 * writes back after text of another length is inserted it cannot read again itself), so LibreOffice made one once
 * per template: the {@link DocxWriter} document of a report whose every cell, the title and every prose line is a
 * fixed-width placeholder ({@code {{c17#########}}}), converted to .doc and kept as a resource. A .doc keeps its text
 * as UTF-16 in the WordDocument stream, so each report is that skeleton with every placeholder overwritten in place
 * by its text padded with spaces to the same width (readers strip them): the tables, merged cells and layout
 * LibreOffice wrote, the report's own text, no offset moved. A blank cell holds only spaces; unused prose lines are
 * paragraphs of spaces, which readers skip.
 *
 * <p>Remake the skeletons (after changing {@link DocxWriter} or {@link PrintedForm}) with {@code soffice} on the path:
 * {@code source jobs/classpath.sh && java -cp "$(xxgk_classpath)"
 * org.xxgk.rollup.demo.LegacyDocWriter src/test/resources}.
 */
public final class LegacyDocWriter {

	/** Prose lines a part may have: the skeleton has this many placeholder paragraphs per part. */
	static final int PROSE_LINES = 12;

	private static final int CELL_WIDTH = 16;

	private static final int TITLE_WIDTH = 120;

	private static final int LINE_WIDTH = 400;

	private static final String WORD_STREAM = "WordDocument";

	private static final List<String> PROSE_PARTS = List.of("一", "五", "六");

	private static final Map<Template, byte[]> SKELETONS = new java.util.EnumMap<>(Template.class);

	private LegacyDocWriter() {
	}

	public static byte[] write(GeneratedReport report) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put(titleToken(), report.title());
		int index = 0;
		for (String code : printedCodes(report.template())) {
			texts.put(cellToken(index++), report.cells().getOrDefault(code, ""));
		}
		for (String part : PROSE_PARTS) {
			List<String> lines = Arrays.stream(report.prose().getOrDefault(part, "").split("\n"))
				.filter((line) -> !line.isBlank())
				.toList();
			if (lines.size() > PROSE_LINES) {
				throw new IllegalArgumentException("part " + part + " has more than " + PROSE_LINES + " lines");
			}
			for (int line = 0; line < PROSE_LINES; line++) {
				texts.put(proseToken(part, line), (line < lines.size()) ? lines.get(line) : "");
			}
		}
		try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(skeleton(report.template())));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			byte[] stream;
			try (InputStream in = ole.createDocumentInputStream(WORD_STREAM)) {
				stream = in.readAllBytes();
			}
			overwrite(stream, texts);
			ole.getRoot().createOrUpdateDocument(WORD_STREAM, new ByteArrayInputStream(stream));
			ole.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Overwrites each placeholder's UTF-16 characters with its text, padded with spaces to the placeholder's width, in
	 * one pass over the stream.
	 */
	private static void overwrite(byte[] stream, Map<String, String> texts) {
		int replaced = 0;
		for (int i = 0; i + 3 < stream.length; i += 2) {
			if (charAt(stream, i) != '{' || charAt(stream, i + 2) != '{') {
				continue;
			}
			int end = i + 4;
			while (end + 3 < stream.length && !(charAt(stream, end) == '}' && charAt(stream, end + 2) == '}')) {
				end += 2;
			}
			String token = new String(stream, i, end + 4 - i, StandardCharsets.UTF_16LE);
			String text = texts.get(token);
			if (text == null) {
				continue;
			}
			if (text.length() > token.length()) {
				throw new IllegalArgumentException("too long for a .doc placeholder of " + token.length() + ": " + text);
			}
			byte[] bytes = (text + " ".repeat(token.length() - text.length())).getBytes(StandardCharsets.UTF_16LE);
			System.arraycopy(bytes, 0, stream, i, bytes.length);
			replaced++;
			i = end + 2;
		}
		if (replaced != texts.size()) {
			throw new IllegalStateException("the .doc skeleton has " + replaced + " of " + texts.size() + " placeholders");
		}
	}

	private static char charAt(byte[] stream, int at) {
		return (char) ((stream[at] & 0xFF) | (stream[at + 1] & 0xFF) << 8);
	}

	private static synchronized byte[] skeleton(Template template) {
		return SKELETONS.computeIfAbsent(template, (key) -> {
			String name = resource(key);
			try (InputStream in = LegacyDocWriter.class.getResourceAsStream(name)) {
				if (in == null) {
					throw new IllegalStateException("Missing classpath resource " + name);
				}
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static String resource(Template template) {
		return "/demo/doc-skeleton-" + template.name().toLowerCase(java.util.Locale.ROOT) + ".doc";
	}

	/** The metric codes the printed form has a cell for, in the catalog's order. */
	private static List<String> printedCodes(Template template) {
		return MetricCatalog.standard()
			.of(template)
			.stream()
			.map(Metric::code)
			.filter((code) -> !GeneratedReport.isDerived(template, code))
			.toList();
	}

	private static String titleToken() {
		return token("title", TITLE_WIDTH);
	}

	private static String cellToken(int index) {
		return token("c" + index, CELL_WIDTH);
	}

	private static String proseToken(String part, int line) {
		return token(part + line, LINE_WIDTH);
	}

	/** {@code {{name###}}}, {@code width} characters long; the name keeps every token distinct. */
	private static String token(String name, int width) {
		return "{{" + name + "#".repeat(width - name.length() - 4) + "}}";
	}

	/** The report the skeleton is made from: every cell, the title and every prose line a placeholder. */
	static GeneratedReport placeholders(Template template) {
		Map<String, String> cells = new LinkedHashMap<>();
		int index = 0;
		for (String code : printedCodes(template)) {
			cells.put(code, cellToken(index++));
		}
		Map<String, String> prose = new LinkedHashMap<>();
		for (String part : PROSE_PARTS) {
			StringBuilder lines = new StringBuilder();
			for (int line = 0; line < PROSE_LINES; line++) {
				lines.append(proseToken(part, line)).append('\n');
			}
			prose.put(part, lines.toString());
		}
		return new GeneratedReport(titleToken(), "", 2021, template, cells, prose);
	}

	/** Remakes the skeletons into {@code args[0]} (a resources folder) with one LibreOffice call. */
	public static void main(String[] args) throws IOException, InterruptedException {
		Path target = Path.of(args[0]);
		Path work = Files.createTempDirectory("xxgk-doc-skeleton");
		for (Template template : Template.values()) {
			Files.write(work.resolve(template.name() + ".docx"), DocxWriter.write(placeholders(template), false));
		}
		// a profile of its own: a LibreOffice already running would otherwise take the job
		Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + work.resolve("profile").toUri(),
				"--headless", "--convert-to", "doc", "--outdir", work.toString(),
				work.resolve("V2019.docx").toString(), work.resolve("V2021.docx").toString())
			.inheritIO()
			.start();
		if (!soffice.waitFor(5, TimeUnit.MINUTES) || soffice.exitValue() != 0) {
			throw new IllegalStateException("soffice failed");
		}
		for (Template template : Template.values()) {
			Path doc = target.resolve(resource(template).substring(1));
			Files.createDirectories(doc.getParent());
			Files.copy(work.resolve(template.name() + ".doc"), doc, StandardCopyOption.REPLACE_EXISTING);
			System.out.println("wrote " + doc);
		}
		try (var files = Files.walk(work)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
