package org.xxgk.rollup.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.xxgk.rollup.demo.TemplateFormWriter;
import org.xxgk.rollup.demo.TemplateFormWriter.Filled;
import org.xxgk.rollup.demo.TemplateFormWriter.Layout;
import org.xxgk.rollup.model.Report;

/**
 * The real reports' figures typed into the real blank 2021 form ({@link TemplateFormWriter}), one .docx per fixture of
 * src/test/resources/pdf/template (README there): LibreOffice turns them into the committed PDFs. The figures are the
 * hand transcriptions' (../shared/real/*.json, src/test/resources/real/shuyang-fgj-2023.json), the prose the real
 * copies' own, as the project reads them.
 */
public final class TemplatePdfFixtures {

	/** A real report to type in: its transcription, the copy its prose is read from, and how it is signed. */
	enum Real {

		SHUYANG_COUNTY("shuyang-county-2025", "沭阳县人民政府2025年政府信息公开工作年度报告", "沭阳县人民政府", "2026年1月20日"),
		SHANGHAI("shanghai-szfb-2025", "上海市人民政府办公厅2025年政府信息公开工作年度报告", "上海市人民政府办公厅", "2026年1月16日"),
		SHUYANG_FGJ("shuyang-fgj-2023", "沭阳县发展和改革局2023年政府信息公开年度报告", "沭阳县发展和改革局", "2024年1月17日");

		final String slug;

		final String title;

		final String unit;

		final String date;

		Real(String slug, String title, String unit, String date) {
			this.slug = slug;
			this.title = title;
			this.unit = unit;
			this.date = date;
		}

		/** The transcription's metrics, by code in the form's order (null = blank). */
		JsonNode metrics() throws IOException {
			Path shared = RealWebPageTests.REAL.resolve(this.slug + ".json");
			if (Files.exists(shared)) {
				return new ObjectMapper().readTree(Files.readString(shared)).get("metrics");
			}
			try (InputStream in = TemplatePdfFixtures.class.getResourceAsStream("/real/" + this.slug + ".json")) {
				return new ObjectMapper().readTree(in).get("metrics");
			}
		}

	}

	/** A fixture: the report, how the form is laid out, and the file name of its PDF. */
	record Fixture(String file, Real real, Set<Layout> layouts) {

		/** The year the report is on: the year before the one it was published in. */
		int reportYear() {
			return Integer.parseInt(this.real.date.substring(0, 4)) - 1;
		}

		/** A text copy of the PDF committed beside it: {@code suffix} ".layout.txt" or ".raw.txt". */
		String textCopy(String suffix) throws IOException {
			String name = "/pdf/template/" + this.file.replace(".pdf", suffix);
			try (InputStream in = TemplatePdfFixtures.class.getResourceAsStream(name)) {
				if (in == null) {
					throw new IOException("no text copy " + name);
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}

		@Override
		public String toString() {
			return this.file;
		}

	}

	static final List<Fixture> FIXTURES = List.of(
			new Fixture("shuyang-county-2025-plain.pdf", Real.SHUYANG_COUNTY, EnumSet.noneOf(Layout.class)),
			new Fixture("shuyang-county-2025-repeated-header.pdf", Real.SHUYANG_COUNTY,
					EnumSet.of(Layout.REPEATED_HEADER, Layout.PAGE_OF_PAGES)),
			new Fixture("shanghai-2025-landscape.pdf", Real.SHANGHAI,
					EnumSet.of(Layout.LANDSCAPE_TABLE_THREE, Layout.DASHED_PAGE_NUMBER)),
			new Fixture("shuyang-fgj-2023-shaded-vertical.pdf", Real.SHUYANG_FGJ,
					EnumSet.of(Layout.SHADED, Layout.VERTICAL_TEXT)),
			new Fixture("shuyang-fgj-2023-rotated-labels.pdf", Real.SHUYANG_FGJ, EnumSet.of(Layout.ROTATED_TEXT)),
			new Fixture("shuyang-fgj-2023-cover-annex.pdf", Real.SHUYANG_FGJ,
					EnumSet.of(Layout.COVER_PAGE, Layout.ANNEX, Layout.PAGE_OF_PAGES)),
			new Fixture("shanghai-2025-no-lines.pdf", Real.SHANGHAI, EnumSet.of(Layout.NO_LINES)),
			new Fixture("shuyang-county-2025-row-across-pages.pdf", Real.SHUYANG_COUNTY, EnumSet.of(Layout.ROW_ACROSS_PAGES)),
			new Fixture("shuyang-county-2025-row-across-pages-repeated-header.pdf", Real.SHUYANG_COUNTY,
					EnumSet.of(Layout.ROW_ACROSS_PAGES, Layout.REPEATED_HEADER)));

	private TemplatePdfFixtures() {
	}

	/** Writes each fixture's .docx into the folder given (then: soffice --headless --convert-to pdf *.docx). */
	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		Files.createDirectories(folder);
		byte[] form = Files.readAllBytes(RealWebPageTests.REAL.resolve("政府信息公开工作年度报告模板-2021版.docx"));
		Map<Real, Filled> filled = new LinkedHashMap<>();
		for (Fixture fixture : FIXTURES) {
			Filled report = filled.computeIfAbsent(fixture.real(), TemplatePdfFixtures::filled);
			Files.write(folder.resolve(fixture.file().replace(".pdf", ".docx")),
					TemplateFormWriter.write(form, report, fixture.layouts()));
		}
	}

	/**
	 * A copy's lines wrapped at its page width joined back into paragraphs: a line ends one after 。 or ：, or as a
	 * heading (short, or numbered （一） without a full stop).
	 */
	private static String paragraphs(String lines) {
		StringBuilder text = new StringBuilder();
		String previous = "";
		for (String line : lines.split("\n")) {
			boolean ends = previous.endsWith("。") || previous.endsWith("：") || previous.length() < 20
					|| (previous.startsWith("（") && !previous.contains("。"));
			text.append((text.length() == 0) ? "" : ends ? "\n" : "").append(line.strip());
			previous = line.strip();
		}
		return text.toString();
	}

	static Filled filled(Real real) {
		try {
			List<String> figures = new ArrayList<>();
			for (Iterator<JsonNode> values = real.metrics().elements(); values.hasNext();) {
				JsonNode value = values.next();
				figures.add(value.isNull() ? "" : value.asText());
			}
			Map<String, String> prose = new LinkedHashMap<>();
			Report copy = RealWebPageTests.parseReal(switch (real) {
				case SHUYANG_COUNTY -> "沭阳县人民政府2025年政府信息公开工作年度报告.ocr.md";
				case SHANGHAI -> "上海市人民政府办公厅2025年政府信息公开工作年度报告.pdf.md";
				case SHUYANG_FGJ -> "沭阳县发展和改革局2023年政府信息公开年度报告.html";
			});
			for (String numeral : List.of("一", "五", "六")) {
				String text = copy.section(numeral);
				if (text.isBlank() && numeral.equals("五")) {
					// the Markdown copy of 上海 lost its heading 五: its text follows table 四's
					String four = copy.section("四");
					text = four.substring(four.indexOf("（一）"));
				}
				// the OCR copy's misreading of 沭阳 is the converter's, not the report's
				prose.put(numeral, paragraphs(text.replace("沐阳", "沭阳")));
			}
			return new Filled(real.title, real.unit, real.date, prose, figures);
		}
		catch (Exception ex) {
			throw new IllegalStateException(real.slug, ex);
		}
	}

}
