package org.xxgk.rollup.parse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xxgk.rollup.demo.TemplateFormWriter;
import org.xxgk.rollup.demo.TemplateFormWriter.Filled;
import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.parse.TemplatePdfFixtures.Real;

/**
 * Real reports of ../shared/real in their published formats, with a variant of FORMAT.md applied to a copy: the form's
 * labels changed as real reports print them (every label cell of the tables passed through an edit), and chosen cells
 * filled as real reports fill them (by metric code). Each format edits its own kind of file, so the variant reaches
 * the reader as it would in the wild:
 * <ul>
 * <li>{@link Format#HTML}: 沭阳县发展和改革局's saved page (Word-generated HTML, rowspan/colspan), its table cells
 * edited in the page;</li>
 * <li>{@link Format#WEB_TEXT}: that edited page as a browser copies it, one row per line with {@code  | } between
 * cells ({@link PageCopies.Shape#PIPE_ROWS});</li>
 * <li>{@link Format#MARKDOWN}: 沭阳县人民政府's OCR Markdown, the cells of its pipe tables edited;</li>
 * <li>{@link Format#DOCX}: 上海市人民政府办公厅's figures typed into the real blank 2021 form
 * ({@link TemplateFormWriter}), its table cells edited in the document;</li>
 * <li>{@link Format#PDF}: that .docx exported to PDF by LibreOffice, read by the PDF reader ({@code RealVariantPdfIT}:
 * the export spawns {@code soffice}, so {@link RealVariantTests} leaves this format out).</li>
 * </ul>
 * A value cell is found for a metric by marking every value cell of the file with a number of its own and reading
 * the marked file: the metric that reads a cell's mark is that cell's.
 */
final class RealVariantInputs {

	enum Format {

		HTML("shuyang-fgj-2023", 2023, "沭阳县发展和改革局2023年政府信息公开年度报告"),
		WEB_TEXT("shuyang-fgj-2023", 2023, "沭阳县发展和改革局2023年政府信息公开年度报告"),
		MARKDOWN("shuyang-county-2025", 2025, "沐阳县人民政府2025年政府信息公开工作年度报告"),
		DOCX("shanghai-szfb-2025", 2025, "上海市人民政府办公厅2025年政府信息公开工作年度报告"),
		PDF("shanghai-szfb-2025", 2025, "上海市人民政府办公厅2025年政府信息公开工作年度报告");

		final String slug;

		final int year;

		final String title;

		Format(String slug, int year, String title) {
			this.slug = slug;
			this.year = year;
			this.title = title;
		}

		/** The transcription's figures by metric code, in the form's order (null = the cell is blank). */
		Map<String, BigDecimal> transcribed() {
			try {
				Map<String, BigDecimal> figures = new LinkedHashMap<>();
				JsonNode metrics = real().metrics();
				metrics.fields().forEachRemaining((entry) -> figures.put(entry.getKey(),
						entry.getValue().isNull() ? null : entry.getValue().decimalValue()));
				return figures;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		Real real() {
			return switch (this) {
				case HTML, WEB_TEXT -> Real.SHUYANG_FGJ;
				case MARKDOWN -> Real.SHUYANG_COUNTY;
				case DOCX, PDF -> Real.SHANGHAI;
			};
		}

		/** The formats read without another process: all but {@link #PDF}. */
		static List<Format> inProcess() {
			return List.of(HTML, WEB_TEXT, MARKDOWN, DOCX);
		}

	}

	/** A change of a table's shape, as real reports make it. */
	enum Structure {

		NONE,
		/** （六）其他处理 printed as one row holding the sums of its three sub-rows, as the 2019 form has it. */
		OTHER_AS_ONE_ROW

	}

	/** The metrics of the three sub-rows of （六）其他处理 in the 2021 form. */
	static boolean isOtherSubRow(String code) {
		return code.matches("applications\\.result\\.other\\.(no_correction|unpaid_fee|other)\\..*");
	}

	/** The sums of （六）'s three sub-rows, per column (自然人 … 总计), blank where all three are. */
	static List<String> otherSums(Format format) {
		Map<String, BigDecimal> figures = format.transcribed();
		List<String> sums = new ArrayList<>();
		for (String column : List.of("natural_person", "enterprise", "research", "public_interest", "legal_services",
				"other_org", "total")) {
			BigDecimal sum = null;
			for (Map.Entry<String, BigDecimal> figure : figures.entrySet()) {
				if (isOtherSubRow(figure.getKey()) && figure.getKey().endsWith("." + column) && figure.getValue() != null) {
					sum = (sum == null) ? figure.getValue() : sum.add(figure.getValue());
				}
			}
			sums.add((sum == null) ? "" : sum.toPlainString());
		}
		return sums;
	}

	/** Marks start here: no figure of the three reports is as large. */
	private static final int MARK = 900_000_000;

	private static final String OCR_MARKDOWN = "沭阳县人民政府2025年政府信息公开工作年度报告.ocr.md";

	private static final Map<Format, Map<String, Integer>> CELLS = new HashMap<>();

	private static Filled shanghai;

	private RealVariantInputs() {
	}

	/** The format's file with every table cell's text passed through {@code labels}, and the cells named set. */
	static byte[] write(Format format, UnaryOperator<String> labels, Map<String, String> cells) {
		return write(format, labels, cells, Structure.NONE);
	}

	/** The same, a table's shape changed. */
	static byte[] write(Format format, UnaryOperator<String> labels, Map<String, String> cells, Structure structure) {
		try {
			return switch (format) {
				case HTML -> html(labels, cellsByIndex(format, cells), structure).getBytes(StandardCharsets.UTF_8);
				case WEB_TEXT -> PageCopies.copy(html(labels, cellsByIndex(format, cells), structure),
						PageCopies.Shape.PIPE_ROWS).getBytes(StandardCharsets.UTF_8);
				case MARKDOWN -> markdown(labels, cellsByIndex(format, cells), structure).getBytes(StandardCharsets.UTF_8);
				// the .docx to export: parse converts it (the test spawning LibreOffice sets how)
				case DOCX, PDF -> docx(labels, cells, structure);
			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] write(Format format, UnaryOperator<String> labels) {
		return write(format, labels, Map.of());
	}

	/** How a {@link Format#PDF} variant's .docx becomes its PDF; set by the test that runs LibreOffice. */
	static UnaryOperator<byte[]> exportToPdf = (docx) -> {
		throw new IllegalStateException("a PDF variant is exported by LibreOffice in RealVariantPdfIT");
	};

	static Report parse(Format format, byte[] bytes) throws UnreadableReportException {
		byte[] read = (format == Format.PDF) ? exportToPdf.apply(bytes) : bytes;
		return new SubmissionParser().parse(SeedReportTests.source("report." + format.name().toLowerCase(), "real"), read);
	}

	/** The cells to set by their index among the file's value cells. */
	private static Map<Integer, String> cellsByIndex(Format format, Map<String, String> cells) throws Exception {
		Map<String, Integer> index;
		synchronized (CELLS) {
			index = CELLS.get(format);
			if (index == null) {
				index = locate(format);
				CELLS.put(format, index);
			}
		}
		Map<Integer, String> byIndex = new HashMap<>();
		for (Map.Entry<String, String> cell : cells.entrySet()) {
			Integer at = index.get(cell.getKey());
			if (at == null) {
				throw new IllegalArgumentException(format + " has no cell of " + cell.getKey());
			}
			byIndex.put(at, cell.getValue());
		}
		return byIndex;
	}

	private static Map<String, Integer> locate(Format format) throws Exception {
		Map<Integer, String> marks = new MarkAll();
		byte[] marked = switch (format) {
			case HTML, WEB_TEXT -> html(UnaryOperator.identity(), marks, Structure.NONE).getBytes(StandardCharsets.UTF_8);
			case MARKDOWN -> markdown(UnaryOperator.identity(), marks, Structure.NONE).getBytes(StandardCharsets.UTF_8);
			case DOCX, PDF -> throw new IllegalStateException("the .docx is written cell by cell");
		};
		Report report;
		try {
			report = parse(format, marked);
		}
		catch (UnreadableReportException ex) {
			throw new IllegalStateException(ex);
		}
		Map<String, Integer> index = new HashMap<>();
		report.figures().forEach((code, cell) -> {
			if (cell.state() == CellState.NUMBER && cell.value().intValue() >= MARK) {
				index.put(code, cell.value().intValue() - MARK);
			}
		});
		return index;
	}

	/** Every value cell's mark: {@link #MARK} plus its index. */
	private static final class MarkAll extends HashMap<Integer, String> {

		@Override
		public String get(Object key) {
			return String.valueOf(MARK + (Integer) key);
		}

		@Override
		public boolean containsKey(Object key) {
			return true;
		}

	}

	/** A value cell: digits, or blank (no-break spaces included), a place a figure is printed in. */
	private static boolean isValueCell(String text) {
		String plain = text.replace('\u00A0', ' ').strip();
		return plain.isEmpty() || plain.matches("[0-9.]+");
	}

	private static String html(UnaryOperator<String> labels, Map<Integer, String> values, Structure structure)
			throws Exception {
		Document page = Jsoup.parse(PageCopies.realPage());
		if (structure == Structure.OTHER_AS_ONE_ROW) {
			otherAsOneRow(page);
		}
		int valueCell = 0;
		for (Element table : page.selectFirst("ucapcontent").select("table")) {
			for (Element cell : table.select("td, th")) {
				String text = cell.text();
				if (isValueCell(text)) {
					if (values.containsKey(valueCell)) {
						cell.text(values.get(valueCell));
					}
					valueCell++;
				}
				else {
					String edited = labels.apply(text);
					if (!edited.equals(text)) {
						cell.empty();
						String[] lines = edited.split("\n", -1);
						for (int i = 0; i < lines.length; i++) {
							if (i > 0) {
								cell.appendElement("br");
							}
							cell.appendText(lines[i]);
						}
					}
				}
			}
		}
		return page.outerHtml();
	}

	/** The page's three sub-rows of （六） as one row: the first keeps its place, its label the parent's. */
	private static void otherAsOneRow(Document page) {
		Element first = page.select("ucapcontent tr").stream()
			.filter((row) -> row.text().contains("逾期不补正"))
			.findFirst()
			.orElseThrow();
		List<Element> cells = first.select("td");
		Element parent = cells.get(0);
		parent.removeAttr("rowspan");
		parent.attr("colspan", "2");
		cells.get(1).remove();
		List<String> sums = otherSums(Format.HTML);
		for (int c = 0; c < 7; c++) {
			cells.get(cells.size() - 7 + c).text(sums.get(c));
		}
		first.nextElementSibling().nextElementSibling().remove();
		first.nextElementSibling().remove();
		Element result = page.select("ucapcontent td").stream()
			.filter((cell) -> cell.text().equals("三、本年度办理结果"))
			.findFirst()
			.orElseThrow();
		result.attr("rowspan", String.valueOf(Integer.parseInt(result.attr("rowspan")) - 2));
	}

	private static String markdown(UnaryOperator<String> labels, Map<Integer, String> values, Structure structure)
			throws IOException {
		StringBuilder out = new StringBuilder();
		int valueCell = 0;
		List<String> lines = new ArrayList<>(List.of(Files.readString(RealWebPageTests.REAL.resolve(OCR_MARKDOWN))
			.split("\n", -1)));
		if (structure == Structure.OTHER_AS_ONE_ROW) {
			lines.replaceAll((line) -> line.contains("逾期不补正")
					? "| （六）其他处理 | " + String.join(" | ", otherSums(Format.MARKDOWN)) + " |" : line);
			lines.removeIf((line) -> line.contains("逾期未按收费通知") || line.startsWith("| 3. 其他 |"));
		}
		for (String line : lines) {
			if (!line.startsWith("|") || line.startsWith("|--")) {
				out.append(line).append('\n');
				continue;
			}
			String[] cells = line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0)).split("\\|", -1);
			List<String> edited = new ArrayList<>();
			for (String cell : cells) {
				String text = cell.strip();
				if (isValueCell(text) && !text.isEmpty()) {
					edited.add(values.containsKey(valueCell) ? values.get(valueCell) : text);
					valueCell++;
				}
				else {
					edited.add(labels.apply(text).replace("\n", "<br>"));
				}
			}
			out.append("| ").append(String.join(" | ", edited)).append(" |\n");
		}
		return out.substring(0, out.length() - 1);
	}

	private static synchronized Filled shanghai() {
		if (shanghai == null) {
			shanghai = TemplatePdfFixtures.filled(Real.SHANGHAI);
		}
		return shanghai;
	}

	private static byte[] docx(UnaryOperator<String> labels, Map<String, String> cells, Structure structure)
			throws IOException {
		Filled report = shanghai();
		List<String> figures = new ArrayList<>(report.figures());
		List<String> codes = new ArrayList<>(Format.DOCX.transcribed().keySet());
		cells.forEach((code, raw) -> figures.set(codes.indexOf(code), raw));
		byte[] filled = TemplateFormWriter.write(Files.readAllBytes(RealWebPageTests.REAL.resolve(
				"政府信息公开工作年度报告模板-2021版.docx")), new Filled(report.title(), report.unit(), report.date(),
						report.prose(), figures), EnumSet.noneOf(TemplateFormWriter.Layout.class));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(filled));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			if (structure == Structure.OTHER_AS_ONE_ROW) {
				otherAsOneRow(document.getTables().get(1));
			}
			for (XWPFTable table : document.getTables().subList(0, 3)) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						for (XWPFParagraph paragraph : cell.getParagraphs()) {
							String text = paragraph.getText();
							if (!text.isEmpty() && !isValueCell(text)) {
								String edited = labels.apply(text);
								if (!edited.equals(text)) {
									setText(paragraph, edited);
								}
							}
						}
					}
				}
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	/** The form's three sub-rows of （六） as one row, the parent's label across the two label columns. */
	private static void otherAsOneRow(XWPFTable table) {
		int first = 0;
		while (!table.getRow(first).getCell(1).getText().contains("其他处理")) {
			first++;
		}
		XWPFTableRow row = table.getRow(first);
		List<String> sums = otherSums(Format.DOCX);
		int cells = row.getTableCells().size();
		for (int c = 0; c < 7; c++) {
			setText(row.getCell(cells - 7 + c).getParagraphs().get(0), sums.get(c));
		}
		XWPFTableCell parent = row.getCell(1);
		var properties = parent.getCTTc().isSetTcPr() ? parent.getCTTc().getTcPr() : parent.getCTTc().addNewTcPr();
		if (properties.isSetVMerge()) {
			properties.unsetVMerge();
		}
		(properties.isSetGridSpan() ? properties.getGridSpan() : properties.addNewGridSpan())
			.setVal(java.math.BigInteger.valueOf(2));
		row.removeCell(2);
		table.removeRow(first + 2);
		table.removeRow(first + 1);
	}

	/** A paragraph's text replaced, a line break where the text has one. */
	static void setText(XWPFParagraph paragraph, String text) {
		List<XWPFRun> runs = paragraph.getRuns();
		XWPFRun first = runs.isEmpty() ? paragraph.createRun() : runs.get(0);
		for (int i = runs.size() - 1; i > 0; i--) {
			paragraph.removeRun(i);
		}
		String[] lines = text.split("\n", -1);
		first.setText(lines[0], 0);
		for (int i = 1; i < lines.length; i++) {
			first.addBreak();
			first.setText(lines[i]);
		}
	}

	/** The transcription with some figures changed: what a variant's file should read. */
	static Map<String, BigDecimal> expected(Format format, Map<String, BigDecimal> changes) {
		Map<String, BigDecimal> figures = format.transcribed();
		figures.putAll(changes);
		return figures;
	}

	static boolean isBlank(Cell cell) {
		return cell == null || cell.state() == CellState.BLANK;
	}

}
