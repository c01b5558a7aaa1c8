package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.junit.jupiter.api.Test;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.parse.TemplatePdfFixtures.Fixture;

/**
 * One file holding two reports (two years' or two units' reports put in one PDF) is refused, saying where the second
 * begins: its tables would be joined to the first's, so the second's figures were silently lost (沭阳县 2025 then 上海
 * 2025: accepted as 沭阳's, no finding) or mixed into the first's (沭阳县发改局 2023 then 沭阳县 2025: a (七)总计 of one
 * report checked against the rows of both). A contents list of the six parts before part 一 is no second report.
 */
class TwoReportsInOneFileTests {

	private static final Fixture SHUYANG = TemplatePdfFixtures.FIXTURES.get(0);

	private static final Fixture SHANGHAI = TemplatePdfFixtures.FIXTURES.get(2);

	private static final Fixture FGJ = TemplatePdfFixtures.FIXTURES.get(3);

	@Test
	void twoUnitsReportsInOnePdfAreRefusedNamingWhereTheSecondBegins() throws Exception {
		assertRefused(merged(SHUYANG, SHANGHAI), "原文第6页第3行");
	}

	@Test
	void twoYearsReportsInOnePdfAreRefused() throws Exception {
		assertRefused(merged(FGJ, SHUYANG), "原文第5页第3行");
	}

	/** The check is the form's, not the PDF's: the 上海 Markdown copy twice over is two reports too. */
	@Test
	void aTextCopyHoldingTwoReportsIsRefused() throws Exception {
		byte[] copy = Files.readAllBytes(RealWebPageTests.REAL.resolve("上海市人民政府办公厅2025年政府信息公开工作年度报告.pdf.md"));
		byte[] twice = (new String(copy, StandardCharsets.UTF_8) + "\n\n" + new String(copy, StandardCharsets.UTF_8))
			.getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(UnreadableReportException.class).isThrownBy(() -> parse(twice))
			.withMessageStartingWith("文件中有两份年度报告，第二份从原文第")
			.withMessageEndingWith("的“一、总体情况”重新开始。一个文件只能报送一份报告，请把每份报告分别保存为一个文件后重新报送");
	}

	@Test
	void aContentsListBeforePartOneIsNoSecondReport() throws Exception {
		String contents = "目录\n\n一、总体情况\n\n二、主动公开政府信息情况\n\n三、收到和处理政府信息公开申请情况\n\n"
				+ "四、政府信息公开行政复议、行政诉讼情况\n\n五、存在的主要问题及改进情况\n\n六、其他需要报告的事项\n\n";
		byte[] copy = Files.readAllBytes(RealWebPageTests.REAL.resolve("上海市人民政府办公厅2025年政府信息公开工作年度报告.pdf.md"));
		String text = new String(copy, StandardCharsets.UTF_8);
		int partOne = text.indexOf("一、总体情况");
		Report withContents = parse((text.substring(0, partOne) + contents + text.substring(partOne))
			.getBytes(StandardCharsets.UTF_8));
		// the same figures (their lines moved down by the contents list)
		assertThat(values(withContents)).isEqualTo(values(parse(copy))).hasSize(207);
		assertThat(withContents.tablesFound()).containsExactly(2, 3, 4);
	}

	private static Map<String, String> values(Report report) {
		Map<String, String> values = new TreeMap<>();
		report.figures().forEach((code, cell) -> values.put(code, cell.state() + " " + cell.value()));
		return values;
	}

	private static void assertRefused(byte[] pdf, String where) {
		assertThatExceptionOfType(UnreadableReportException.class).isThrownBy(() -> parse(pdf))
			.withMessage("文件中有两份年度报告，第二份从" + where + "的“一、总体情况”重新开始。一个文件只能报送一份报告，请把每份报告分别保存为一个文件后重新报送");
	}

	private static Report parse(byte[] content) throws UnreadableReportException {
		return new SubmissionParser().parse(SeedReportTests.source("report.pdf", "real"), content);
	}

	private static byte[] merged(Fixture first, Fixture second) throws Exception {
		PDFMergerUtility merger = new PDFMergerUtility();
		merger.addSource(new RandomAccessReadBuffer(new ByteArrayInputStream(FilledFormPdfTests.pdf(first))));
		merger.addSource(new RandomAccessReadBuffer(new ByteArrayInputStream(FilledFormPdfTests.pdf(second))));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		merger.setDestinationStream(out);
		merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
		return out.toByteArray();
	}

}
