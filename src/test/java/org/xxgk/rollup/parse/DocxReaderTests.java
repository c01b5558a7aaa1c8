package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.xxgk.rollup.demo.DocxWriter;
import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.parse.SourceDocument.Grid;
import org.xxgk.rollup.parse.SourceDocument.GridCell;
import org.xxgk.rollup.parse.SourceDocument.GridRow;
import org.xxgk.rollup.parse.SourceDocument.Paragraph;

/**
 * The streaming {@link DocxReader} reads every .docx we have into the same document as POI's object model did
 * ({@link PoiDocxReader}): generated reports of both templates, whole and with table 三 split across pages, the demo
 * set's Word file and the real blank 2021 form as circulated; and what Word writes beyond plain runs (hyperlinks,
 * fields, tracked changes, tabs and breaks, merged cells) is read as Word shows it.
 */
class DocxReaderTests {

	private static final Path REAL_FORM = Path.of("../shared/real/政府信息公开工作年度报告模板-2021版.docx");

	static Stream<Arguments> documents() throws IOException {
		List<Arguments> documents = new ArrayList<>();
		for (Template template : Template.values()) {
			for (boolean split : new boolean[] { false, true }) {
				documents.add(Arguments.of(template + " distinct" + (split ? ", split" : ""),
						DocxWriter.write(GeneratedReport.of("雷州市东里镇人民政府", 2021, template,
								SampleFigures.distinct(template)), split)));
				documents.add(Arguments.of(template + " consistent" + (split ? ", split" : ""),
						DocxWriter.write(GeneratedReport.of("雷州市东里镇人民政府", 2021, template,
								SampleFigures.consistent(template, new Random(7), 5)), split)));
			}
		}
		try (Stream<Path> files = Files.walk(Path.of("jobs/demo-set"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".docx")).sorted().toList()) {
				documents.add(Arguments.of(file.getFileName().toString(), Files.readAllBytes(file)));
			}
		}
		documents.add(Arguments.of("the real blank 2021 form", Files.readAllBytes(REAL_FORM)));
		documents.add(Arguments.of("Word's markup beyond plain runs", wordMarkup(false)));
		return documents.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("documents")
	void readsTheSameDocumentAsPoisObjectModel(String name, byte[] docx) throws Exception {
		assertThat(new DocxReader().read(docx)).isEqualTo(new PoiDocxReader().read(docx));
	}

	@Test
	void theRealBlankFormHasItsThreeTablesInFullWidth() throws Exception {
		SourceDocument document = new DocxReader().read(Files.readAllBytes(REAL_FORM));
		List<Grid> grids = document.blocks()
			.stream()
			.filter(Grid.class::isInstance)
			.map(Grid.class::cast)
			.toList();
		assertThat(grids).hasSize(3);
		// table 三: 3 label columns of merged cells + 7 values, every row expanded to the full width
		assertThat(grids.get(1).rows()).allSatisfy((row) -> assertThat(row.cells()).hasSize(10));
		assertThat(grids.get(1).rows().get(0).cells().get(0).text()).isEqualTo("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
	}

	/** Also the paragraph inside a block-level content control, which Word shows and POI's body elements left out. */
	@Test
	void readsRunsAsWordShowsThem() throws Exception {
		SourceDocument document = new DocxReader().read(wordMarkup(true));
		assertThat(document.blocks()).containsExactly(new Paragraph("雷州市东里镇人民政府\t2021年度报告", 1),
				new Paragraph("一、总体情况\n本年新收申请12件。", 2),
				new Grid(List.of(
						new GridRow(List.of(new GridCell("信息内容", 3), new GridCell("", 3),
								new GridCell("本年新\n制作数量", 3))),
						new GridRow(List.of(new GridCell("规章", 4), new GridCell("", 4), new GridCell("7", 4))),
						new GridRow(List.of(new GridCell("", 5), new GridCell("", 5), new GridCell("8", 5))))),
				new Paragraph("五、存在的主要问题", 7));
	}

	@Test
	void aHostileGridSpanStopsAtWordsColumnLimit() throws Exception {
		byte[] docx = withBody("""
				<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2147483647"/></w:tcPr><w:p><w:r><w:t>规章</w:t></w:r></w:p>\
				</w:tc></w:tr></w:tbl><w:sectPr/>""");
		Grid grid = (Grid) new DocxReader().read(docx).blocks().get(0);
		assertThat(grid.rows().get(0).cells()).hasSize(63);
		assertThat(grid.rows().get(0).cells().get(0).text()).isEqualTo("规章");
	}

	@Test
	void aDocumentWithoutItsBodyPartIsUnreadable() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("word/styles.xml"));
			zip.write("<styles/>".getBytes(StandardCharsets.UTF_8));
		}
		assertThatExceptionOfType(UnreadableReportException.class)
			.isThrownBy(() -> new DocxReader().read(bytes.toByteArray()))
			.withMessage("Word文档已损坏或格式不正确，无法读取");
	}

	/**
	 * A generated .docx whose body is replaced by one that uses a hyperlink, a simple field, a tab, a line break,
	 * a tracked insertion and deletion, a field instruction, a text box in a drawing, an empty paragraph, a cell
	 * spanning two grid columns and a vertically merged cell; the second paragraph inside a block-level content
	 * control when asked for.
	 */
	private static byte[] wordMarkup(boolean contentControl) throws IOException {
		String body = """
				<w:p><w:r><w:t>雷州市</w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>东里镇人民政府</w:t></w:r></w:hyperlink>\
				<w:r><w:tab/></w:r><w:fldSimple w:instr=" DATE "><w:r><w:t>2021</w:t></w:r></w:fldSimple>\
				<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>\
				<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>年度报告</w:t></w:r></w:p>
				<w:sdt><w:sdtPr/><w:sdtContent>\
				<w:p><w:r><w:t>一、总体情况</w:t><w:br/></w:r>\
				<w:ins w:id="1" w:author="x"><w:r><w:t>本年新收申请12件。</w:t></w:r></w:ins>\
				<w:del w:id="2" w:author="x"><w:r><w:delText>本年新收申请13件。</w:delText></w:r></w:del>\
				<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r>\
				<w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice></mc:AlternateContent></w:r></w:p>\
				</w:sdtContent></w:sdt>
				""";
		if (!contentControl) {
			body = body.replace("<w:sdt><w:sdtPr/><w:sdtContent>", "").replace("</w:sdtContent></w:sdt>", "");
		}
		body += """
				<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
				<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>信息内容</w:t></w:r></w:p></w:tc>\
				<w:tc><w:p><w:r><w:t xml:space="preserve">本年新</w:t></w:r></w:p><w:p><w:r><w:t>制作数量</w:t></w:r></w:p></w:tc></w:tr>
				<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc>\
				<w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t xml:space="preserve"> 7 </w:t></w:r></w:p></w:tc></w:tr>
				<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc>\
				<w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>8</w:t></w:r></w:p></w:tc></w:tr>
				</w:tbl>
				<w:p/>
				<w:p><w:r><w:t>五、存在的主要问题</w:t></w:r></w:p>
				<w:sectPr/>""";
		return withBody(body);
	}

	/** A generated .docx whose document body is {@code body}. */
	private static byte[] withBody(String body) throws IOException {
		byte[] template = DocxWriter.write(GeneratedReport.of("雷州市东里镇人民政府", 2021, Template.V2021,
				SampleFigures.distinct(Template.V2021)), false);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(template));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("word/document.xml")) {
					String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					int open = xml.indexOf('>', xml.indexOf("<w:body")) + 1;
					int close = xml.indexOf("</w:body>");
					String document = xml.substring(0, open) + body + xml.substring(close);
					document = declare(document, "mc", "http://schemas.openxmlformats.org/markup-compatibility/2006");
					document = declare(document, "r",
							"http://schemas.openxmlformats.org/officeDocument/2006/relationships");
					out.write(document.getBytes(StandardCharsets.UTF_8));
				}
				else {
					in.transferTo(out);
				}
			}
		}
		return bytes.toByteArray();
	}

	private static String declare(String document, String prefix, String namespace) {
		return document.contains("xmlns:" + prefix + "=") ? document
				: document.replaceFirst("<w:document ", "<w:document xmlns:" + prefix + "=\"" + namespace + "\" ");
	}

}
