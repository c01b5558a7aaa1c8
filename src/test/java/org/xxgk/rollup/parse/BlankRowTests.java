package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;

/**
 * A row of a table in columns (淮安市人民政府's PDF as {@code pdftotext -layout} writes it) printed with its label and
 * no figure: the unit left the zeros of （五）3.要求提供公开出版物 and 4.无正当理由大量反复申请 blank. The form says the
 * row is there and its cells are blank: each is CELL-MISSING (a warning), read as blank and not as 0, and every other
 * figure is the transcription's. But when a line of numbers is left with no label at all, the layout moved the
 * numbers away from their row, and the row is not taken as blank: TABLE-INCOMPLETE names it.
 */
class BlankRowTests {

	private static final List<String> BLANK_ROWS = List.of("3.要求提供公开出版物", "4.无正当理由大量反复申请");

	private static final List<String> CODES = List.of("applications.result.not_processed.publication.",
			"applications.result.not_processed.excessive_repeat.");

	private static final List<String> COLUMNS = List.of("natural_person", "enterprise", "research", "public_interest",
			"legal_services", "other_org", "total");

	private static final Pattern ZEROS = Pattern.compile("(\\s+0){7}");

	@Test
	void aRowLeftBlankIsReadAsBlankCells() throws Exception {
		String text = huaianLayout();
		for (String row : BLANK_ROWS) {
			text = withoutNumbers(text, row).text();
		}
		Report report = parse(text);
		Set<String> blank = new java.util.TreeSet<>();
		CODES.forEach((prefix) -> COLUMNS.forEach((column) -> blank.add(prefix + column)));
		// every other figure as transcribed (the blanked ones are the transcription's zeros)
		RealTextCopyTests.assertTranscribed(report, "huaian-city-2024.json", 2024, blank);
		for (String code : blank) {
			assertThat(report.figures().get(code).state()).as(code).isEqualTo(CellState.BLANK);
			assertThat(report.figures().get(code).location()).as(code).startsWith("表三 第2");
		}
		assertThat(report.unexpectedLabels()).isEmpty();
		List<Finding> findings = FormStructureTests.validate(report, 2024);
		Map<String, Long> byRule = new TreeMap<>();
		findings.forEach((finding) -> byRule.merge(finding.rule(), 1L, Long::sum));
		assertThat(byRule).containsExactly(Map.entry("CELL-MISSING", 14L));
		assertThat(findings).extracting(Finding::metric).containsExactlyInAnyOrderElementsOf(blank);
	}

	@Test
	void numbersMovedAwayFromTheirLabelMakeTheRowIncomplete() throws Exception {
		Removed removed = withoutNumbers(huaianLayout(), BLANK_ROWS.get(0));
		int carried = removed.text().indexOf("四、结转下年度继续办理");
		String text = removed.text().substring(0, carried) + " ".repeat(40) + removed.numbers() + "\n\n\n\n"
				+ removed.text().substring(carried);
		List<Finding> findings = FormStructureTests.validate(parse(text), 2024);
		assertThat(FormStructureTests.only(findings, "TABLE-INCOMPLETE").actual()).contains("（五）不予处理 3.要求提供公开出版物");
	}

	private record Removed(String text, String numbers) {
	}

	/** The text with the seven zeros after a row's label taken out. */
	private static Removed withoutNumbers(String text, String label) {
		int at = text.indexOf(label) + label.length();
		Matcher zeros = ZEROS.matcher(text).region(at, text.length());
		assertThat(zeros.lookingAt()).as(label).isTrue();
		return new Removed(text.substring(0, at) + text.substring(zeros.end()), zeros.group().strip());
	}

	private static String huaianLayout() throws Exception {
		try (InputStream in = BlankRowTests.class.getResourceAsStream("/real/huaian-city-2024.layout.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Report parse(String text) throws Exception {
		return new SubmissionParser().parse(SeedReportTests.source("report.txt", "real"), text.getBytes(StandardCharsets.UTF_8));
	}

}
