package org.xxgk.rollup.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.xxgk.rollup.model.Applicant;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.model.SubmissionStatus;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.registry.RegionRegistry;

/**
 * Writes the demo set of {@code jobs/demo-set}: one year-2021 report for every unit of 雷州市 but one, most in the
 * seed's Word-extracted text layout and eleven in the other accepted formats (.docx, Word 97–2003 .doc, web page,
 * traditional-script web page, web-copied text in two shapes, .xlsx, .xls and .csv form, an OCR converter's Markdown,
 * a PDF's column text), most of them correct and a few broken on purpose so the demo shows each outcome: two
 * rejected units, one missing, and warnings (old template, blank cells, a late arrival). 企水镇's report is the real
 * seed itself, which this generator does not write. Run it with the target folder as argument; the output is
 * deterministic, so a test can check that the committed set is what the generator makes.
 */
public final class DemoSetGenerator {

	public static final int YEAR = 2021;

	public static final String COUNTY = "440882";

	/** 企水镇: its report is the real seed, committed as it is. */
	public static final String SEED_UNIT = "440882105";

	public static final String SEED_FILE = "企水镇/000_5f48812134be5170.txt";

	/** 覃斗镇 sends nothing. */
	public static final String MISSING_UNIT = "440882116";

	private static final String ON_TIME = "2022-01-%02d 10:00:00 +0800";

	private static final String LATE = "2022-02-14 16:30:00 +0800";

	private DemoSetGenerator() {
	}

	/**
	 * One file of the demo set and what the job must make of it.
	 *
	 * @param unit the unit it reports for
	 * @param file path relative to the year folder
	 * @param figures the values the county totals must count (blank and broken cells count as 0), empty for the seed
	 * @param status the submission status the job must give it
	 * @param rules the rule ids of the findings it must get
	 * @param received when it arrived (the demo script sets the file's time to this)
	 */
	public record DemoSubmission(Region unit, String file, Template template, Map<String, BigDecimal> figures,
			SubmissionStatus status, Set<Rule> rules, String received, byte[] content) {

	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: DemoSetGenerator <folder, e.g. jobs/demo-set>");
			System.exit(2);
		}
		write(Path.of(args[0]));
	}

	/** Writes {@code <folder>/2021/...} (every file but the seed) and {@code <folder>/arrivals.csv}. */
	public static void write(Path folder) throws IOException {
		Path yearFolder = folder.resolve(String.valueOf(YEAR));
		StringBuilder arrivals = new StringBuilder("file,received\n");
		for (DemoSubmission submission : plan()) {
			if (submission.content() != null) {
				Path file = yearFolder.resolve(submission.file());
				Files.createDirectories(file.getParent());
				Files.write(file, submission.content());
			}
			arrivals.append(submission.file()).append(',').append(submission.received()).append('\n');
		}
		Files.writeString(folder.resolve("arrivals.csv"), arrivals, StandardCharsets.UTF_8);
	}

	/** Every file of the demo set, in registry order of the units (the missing unit has none). */
	public static List<DemoSubmission> plan() {
		List<DemoSubmission> plan = new ArrayList<>();
		int day = 5;
		for (Region unit : RegionRegistry.standard().unitsUnder(COUNTY)) {
			day++;
			String received = ON_TIME.formatted(day);
			switch (unit.code()) {
				case MISSING_UNIT -> {
				}
				case SEED_UNIT -> plan.add(new DemoSubmission(unit, SEED_FILE, Template.V2019, Map.of(),
						SubmissionStatus.ACCEPTED_WITH_WARNINGS, Set.of(Rule.TEMPLATE_OUTDATED), received, null));
				default -> plan.add(generated(unit, received));
			}
		}
		return plan;
	}

	private static DemoSubmission generated(Region unit, String received) {
		Template template = switch (unit.code()) {
			case "440882100", "440882111" -> Template.V2019; // 白沙镇, 调风镇 still use the old form
			default -> Template.V2021;
		};
		Map<String, BigDecimal> figures = figuresFor(unit, template);
		String fullName = fullName(unit);
		String file = fullName + YEAR + "年度政府信息公开工作年度报告.txt";
		SubmissionStatus status = (template == Template.V2019) ? SubmissionStatus.ACCEPTED_WITH_WARNINGS
				: SubmissionStatus.ACCEPTED;
		Set<Rule> rules = (template == Template.V2019) ? Set.of(Rule.TEMPLATE_OUTDATED) : Set.of();
		Charset charset = StandardCharsets.UTF_8;
		GeneratedReport report;
		switch (unit.name()) {
			case "沈塘镇" -> {
				// 本年新收 two more than the results and carry-overs allow: the form's own balance is broken
				figures.merge(FormLayout.NEW + Applicant.NATURAL_PERSON.code(), BigDecimal.valueOf(2), BigDecimal::add);
				figures.merge(FormLayout.NEW + FormLayout.TOTAL, BigDecimal.valueOf(2), BigDecimal::add);
				report = GeneratedReport.of(fullName, YEAR, template, figures);
				status = SubmissionStatus.REJECTED;
				rules = Set.of(Rule.APP_BALANCE);
			}
			case "南兴镇" -> {
				// a count written in words
				figures.put("proactive.licensing.decisions", BigDecimal.ZERO);
				report = GeneratedReport.of(fullName, YEAR, template, figures)
					.withCell("proactive.licensing.decisions", "十二");
				status = SubmissionStatus.REJECTED;
				rules = Set.of(Rule.CELL_NOT_NUMBER);
			}
			case "唐家镇" -> {
				// two cells left blank: counted as 0, but the township is asked to fill them in
				figures.put("proactive.penalty.decisions", BigDecimal.ZERO);
				figures.put("proactive.coercion.decisions", BigDecimal.ZERO);
				report = GeneratedReport.of(fullName, YEAR, template, figures)
					.withCell("proactive.penalty.decisions", "")
					.withCell("proactive.coercion.decisions", "");
				status = SubmissionStatus.ACCEPTED_WITH_WARNINGS;
				rules = Set.of(Rule.CELL_MISSING);
			}
			case "纪家镇" -> {
				report = GeneratedReport.of(fullName, YEAR, template, figures);
				received = LATE;
				status = SubmissionStatus.ACCEPTED_WITH_WARNINGS;
				rules = Set.of(Rule.SUBMISSION_LATE);
			}
			case "西湖街道" -> {
				// saved by an old editor in GBK, in a folder named after the unit
				report = GeneratedReport.of(fullName, YEAR, template, figures);
				charset = Charset.forName("GBK");
				file = "西湖街道/2021年报.txt";
			}
			default -> report = GeneratedReport.of(fullName, YEAR, template, figures);
		}
		byte[] content;
		String otherFormat = OTHER_FORMATS.get(unit.name());
		if (otherFormat != null) {
			file = fullName + YEAR + "年度政府信息公开工作年度报告." + otherFormat.substring(0, otherFormat.indexOf(' '));
			content = inFormat(report, otherFormat);
		}
		else {
			String text = SeedLayoutWriter.write(report);
			if (!charset.equals(StandardCharsets.UTF_8)) {
				// GBK has no no-break space; an editor saving in GBK writes a plain one
				text = text.replace('\u00A0', ' ');
			}
			content = text.getBytes(charset);
		}
		return new DemoSubmission(unit, file, template, figures, status, rules, received, content);
	}

	/**
	 * Units whose correct report arrives in another format than the seed's text, one per format, so the demo reads
	 * every accepted format (extension, then the layout).
	 */
	private static final Map<String, String> OTHER_FORMATS = Map.ofEntries(
			Map.entry("东里镇", "docx with table 三 split across pages"), Map.entry("白沙镇", "doc (Word 97–2003)"),
			Map.entry("乌石镇", "html page"), Map.entry("客路镇", "html page in traditional script"),
			Map.entry("北和镇", "txt copied from the web in pipe rows"),
			Map.entry("英利镇", "txt copied from the web one cell per line"), Map.entry("杨家镇", "xlsx form"),
			Map.entry("雷高镇", "xls form (Excel 97–2003)"), Map.entry("松竹镇", "csv form"),
			Map.entry("附城镇", "md written by an OCR converter from the PDF"),
			Map.entry("龙门镇", "txt of the PDF as pdftotext -layout writes it"),
			Map.entry("新城街道", "pdf as WPS exports it"));

	private static byte[] inFormat(GeneratedReport report, String format) {
		return switch (format) {
			case "docx with table 三 split across pages" -> DocxWriter.write(report, true);
			case "html page" -> HtmlPageWriter.write(report).getBytes(StandardCharsets.UTF_8);
			case "html page in traditional script" ->
				TraditionalScript.convert(HtmlPageWriter.write(report)).getBytes(StandardCharsets.UTF_8);
			case "txt copied from the web in pipe rows" ->
				WebTextWriter.write(report, WebTextWriter.Shape.PIPE_ROWS).getBytes(StandardCharsets.UTF_8);
			case "txt copied from the web one cell per line" ->
				WebTextWriter.write(report, WebTextWriter.Shape.CELL_PER_LINE).getBytes(StandardCharsets.UTF_8);
			case "doc (Word 97–2003)" -> LegacyDocWriter.write(report);
			case "xlsx form" -> FormSpreadsheetWriter.filledXlsx(report);
			case "xls form (Excel 97–2003)" -> FormSpreadsheetWriter.filledXls(report);
			case "csv form" -> FormSpreadsheetWriter.filledCsv(report);
			case "md written by an OCR converter from the PDF" ->
				MarkdownWriter.write(report, MarkdownWriter.Shape.OCR_BLOCKS).getBytes(StandardCharsets.UTF_8);
			case "txt of the PDF as pdftotext -layout writes it" ->
				ColumnTextWriter.write(report).getBytes(StandardCharsets.UTF_8);
			case "pdf as WPS exports it" -> PdfWriter.write(report);
			default -> throw new IllegalArgumentException(format);
		};
	}

	/** Consistent figures drawn from the unit's code; townships make no 规章, so those stay 0. */
	static Map<String, BigDecimal> figuresFor(Region unit, Template template) {
		return townshipFigures(template, new Random(Long.parseLong(unit.code())));
	}

	/** Consistent figures drawn from {@code random}, with the 规章 rows 0 as a township's are. */
	static Map<String, BigDecimal> townshipFigures(Template template, Random random) {
		Map<String, BigDecimal> figures = new LinkedHashMap<>(SampleFigures.consistent(template, random, 1));
		figures.replaceAll((code, value) -> code.startsWith(FormLayout.RULES) ? BigDecimal.ZERO : value);
		return figures;
	}

	/** The name a unit signs its report with: 雷州市白沙镇人民政府, 雷州市雷城街道办事处. */
	static String fullName(Region unit) {
		return "雷州市" + unit.name() + (unit.name().endsWith("街道") ? "办事处" : "人民政府");
	}

}
