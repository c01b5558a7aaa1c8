package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;

/**
 * 沭阳县发展和改革局's real saved page (../shared/real) as pages really arrive: saved as one file (MHTML) by a browser
 * or by Word, in GBK with the charset in a {@code <meta>} or nowhere, with a BOM. Every figure is compared with the
 * transcription ({@link RealWebPageTests#assertTranscribed}), and the report is accepted with only its 125 blank
 * 法人或其他组织 cells as warnings, as the page itself is.
 */
class SavedPageFormTests {

	static final Charset GB18030 = Charset.forName("GB18030");

	/** The page's own charset declarations, which a re-encoded copy must say otherwise. */
	static String withoutCharset(String page) {
		return page.replaceAll("(?i)<meta\\s+charset=\"utf-8\"\\s*/?>", "");
	}

	static void assertReadAsThePage(byte[] bytes, String fileName) throws Exception {
		Report report = new SubmissionParser().parse(SeedReportTests.source(fileName, "real"), bytes);
		assertThat(report.title()).isEqualTo("沭阳县发展和改革局2023年政府信息公开年度报告");
		assertThat(report.statedUnit()).isEqualTo("沭阳县发展和改革局");
		assertThat(report.year()).isEqualTo(2023);
		RealWebPageTests.assertTranscribed(report);
		assertThat(byRule(FormStructureTests.validate(report, 2023))).containsExactly(Map.entry("CELL-MISSING", 125L));
	}

	static Map<String, Long> byRule(List<Finding> findings) {
		Map<String, Long> byRule = new TreeMap<>();
		findings.forEach((finding) -> byRule.merge(finding.rule(), 1L, Long::sum));
		return byRule;
	}

	/** How the page was saved as one file. */
	enum Archive {

		/** Chrome/Edge "网页，单个文件": UTF-8 re-serialised, quoted-printable, no charset in the part's header. */
		CHROME,
		/** IE/360 "Web 档案，单个文件": the page's GB2312 bytes, quoted-printable, charset in the part's header. */
		IE,
		/** Word's "单个文件网页": the GB2312 HTML quoted-printable, a Chinese preamble, images and filelist.xml parts. */
		WORD,
		/** A saver that base64-encodes the page, its charset (GBK) only in the page's {@code <meta>}. */
		BASE64_META_ONLY

	}

	static byte[] archive(String page, Archive kind) {
		String boundary = switch (kind) {
			case CHROME -> "----MultipartBoundary--Vh0XyGzQ3bS9kPq1lM4aWcE2nR7tYuIoJdFgHjKl----";
			case WORD -> "----=_NextPart_01DA4F2B.6C3E9A40";
			default -> "----=_NextPart_000_0000_01DA4F2B.6C3E9A40";
		};
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String gbPage = withoutCharset(page).replaceFirst("<head>",
				"<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">");
		switch (kind) {
			case CHROME -> {
				write(out, "From: <Saved by Blink>\r\nSnapshot-Content-Location: http://www.shuyang.gov.cn/sygfj/gknb/"
						+ "202401/2ecfb31a335f4d689220a3a23e24a986.shtml\r\nSubject: =?utf-8?Q?=E6=B2=AD=E9=98=B3?=\r\n"
						+ "Date: Tue, 16 Jan 2024 09:12:40 +0800\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
						+ "\ttype=\"text/html\";\r\n\tboundary=\"" + boundary + "\"\r\n\r\n\r\n--" + boundary + "\r\n"
						+ "Content-Type: text/html\r\nContent-ID: <frame-5E1B7C0A@mhtml.blink>\r\n"
						+ "Content-Transfer-Encoding: quoted-printable\r\n"
						+ "Content-Location: http://www.shuyang.gov.cn/sygfj/gknb/202401/2ecfb31a.shtml\r\n\r\n");
				write(out, quotedPrintable(page.getBytes(StandardCharsets.UTF_8)));
				write(out, "\r\n--" + boundary + "\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: "
						+ "quoted-printable\r\nContent-Location: cid:css-1@mhtml.blink\r\n\r\n@charset =22utf-8=22;\r\n"
						+ "body { margin: 0px; }\r\n\r\n--" + boundary + "--\r\n");
			}
			case IE, WORD -> {
				if (kind == Archive.IE) {
					// IE writes its own name in the system's code page, unencoded
					out.writeBytes("From: <由 Windows Internet Explorer 11 保存>\r\n".getBytes(GB18030));
				}
				write(out, "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"" + boundary + "\""
						+ ((kind == Archive.IE) ? "; type=\"text/html\"" : "") + "\r\n\r\n");
				if (kind == Archive.WORD) {
					out.writeBytes(("此文档为“单个文件网页”，也称为“Web 档案”文件。如果您看到此消息，但是您的浏览器或编辑器不支持“Web "
							+ "档案”文件，请下载支持“Web 档案”的浏览器，如 Windows® Internet Explorer®。\r\n\r\n").getBytes(GB18030));
				}
				write(out, "--" + boundary + "\r\nContent-Location: file:///C:/E3A2B1C0/2023.htm\r\n"
						+ "Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"gb2312\"\r\n\r\n");
				write(out, quotedPrintable(gbPage.getBytes(GB18030)));
				if (kind == Archive.WORD) {
					write(out, "\r\n--" + boundary + "\r\nContent-Location: file:///C:/E3A2B1C0/2023.files/image001.png"
							+ "\r\nContent-Transfer-Encoding: base64\r\nContent-Type: image/png\r\n\r\n"
							+ "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\r\n"
							+ "\r\n--" + boundary + "\r\nContent-Location: file:///C:/E3A2B1C0/2023.files/filelist.xml\r\n"
							+ "Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/xml; charset=\"utf-8\"\r\n\r\n"
							+ "<xml xmlns:o=3D\"urn:schemas-microsoft-com:office:office\">\r\n <o:MainFile HRef=3D\"../2023.htm\"/>"
							+ "\r\n</xml>");
				}
				write(out, "\r\n--" + boundary + "--\r\n");
			}
			case BASE64_META_ONLY -> {
				write(out, "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n boundary=" + boundary + "\r\n\r\n--"
						+ boundary + "\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n");
				write(out, Base64.getMimeEncoder().encodeToString(gbPage.replace("gb2312", "GBK").getBytes(GB18030)));
				write(out, "\r\n--" + boundary + "--\r\n");
			}
		}
		return out.toByteArray();
	}

	private static void write(ByteArrayOutputStream out, String ascii) {
		out.writeBytes(ascii.getBytes(StandardCharsets.UTF_8));
	}

	/** Quoted-printable as savers write it: lines of at most 76 characters, soft breaks {@code =}, {@code =3D}. */
	static String quotedPrintable(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		int column = 0;
		for (int i = 0; i < bytes.length; i++) {
			int b = bytes[i] & 0xFF;
			if (b == '\n') {
				out.append("\r\n");
				column = 0;
				continue;
			}
			String encoded = (b >= 33 && b <= 126 && b != '=' || b == ' ' && i + 1 < bytes.length && bytes[i + 1] != '\n')
					? String.valueOf((char) b) : String.format("=%02X", b);
			if (column + encoded.length() > 75) {
				out.append("=\r\n");
				column = 0;
			}
			out.append(encoded);
			column += encoded.length();
		}
		return out.toString();
	}

	@ParameterizedTest
	@EnumSource(Archive.class)
	void aPageSavedAsOneFileReadsAsThePage(Archive kind) throws Exception {
		byte[] mht = archive(PageCopies.realPage(), kind);
		assertThat(new SubmissionParser().detect(mht)).isEqualTo(InputFormat.HTML);
		assertReadAsThePage(mht, "沭阳县发展和改革局2023年政府信息公开年度报告.mht");
	}

	@Test
	void anArchiveWithoutItsPageIsRefusedSayingWhatToSend() {
		byte[] mht = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b1\"\r\n\r\n--b1\r\n"
				+ "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b1--\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		assertThatThrownBy(() -> new SubmissionParser().parse(SeedReportTests.source("年报.mht", "real"), mht))
			.isInstanceOf(UnreadableReportException.class)
			.hasMessage(WebArchive.NO_PAGE);
	}

	/** How the page's charset is said, if at all. */
	enum Encoding {

		/** GBK bytes, {@code <meta http-equiv="Content-Type" content="text/html; charset=gb2312">}. */
		GBK_HTTP_EQUIV,
		/** GB18030 bytes, {@code <meta charset="gb18030">}. */
		GB18030_META_CHARSET,
		/** GBK bytes and no declaration at all (the HTTP header that said it was lost on save). */
		GBK_UNDECLARED,
		/** GBK bytes declared UTF-8 (a CMS template's meta copied onto a GBK site). */
		GBK_DECLARED_UTF8,
		/** UTF-8 with a byte order mark (Notepad, some CMS exports). */
		UTF8_BOM,
		/** UTF-16 little-endian with its BOM (Word's "Unicode" web page). */
		UTF16LE_BOM

	}

	static byte[] encoded(String page, Encoding encoding) {
		String bare = withoutCharset(page);
		return switch (encoding) {
			case GBK_HTTP_EQUIV -> bare.replaceFirst("<head>",
					"<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">").getBytes(GB18030);
			case GB18030_META_CHARSET -> bare.replaceFirst("<head>", "<head>\n<meta charset=\"gb18030\">").getBytes(GB18030);
			case GBK_UNDECLARED -> bare.getBytes(GB18030);
			case GBK_DECLARED_UTF8 -> page.getBytes(GB18030);
			case UTF8_BOM -> ("\uFEFF" + page).getBytes(StandardCharsets.UTF_8);
			case UTF16LE_BOM -> {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE });
				out.writeBytes(bare.getBytes(StandardCharsets.UTF_16LE));
				yield out.toByteArray();
			}
		};
	}

	@ParameterizedTest
	@EnumSource(Encoding.class)
	void aPageInAnyChineseEncodingReadsAsThePage(Encoding encoding) throws Exception {
		byte[] bytes = encoded(PageCopies.realPage(), encoding);
		assertThat(new SubmissionParser().detect(bytes)).isEqualTo(InputFormat.HTML);
		assertReadAsThePage(bytes, "沭阳县发展和改革局2023年政府信息公开年度报告.html");
	}

	/** A government CMS's ways of wrapping and dressing the same article. */
	enum Shape {

		/** The page framed by a layout table, the article in a {@code <td>} of a table nested in another. */
		NESTED_LAYOUT_TABLES,
		/** Hidden blocks: a {@code display:none} copy of table 三 with other figures, a print-only copy of the article. */
		HIDDEN_COPIES,
		/** A second copy of every table for phones, hidden by the page's stylesheet (no inline style). */
		MOBILE_COPY,
		/** Cells as {@code <p><span style=…>} with {@code &nbsp;} and {@code <br>}, figures in {@code <font><strong>}. */
		DRESSED_CELLS,
		/** Header rows as {@code <th>}, every table's rows in two {@code <tbody>}s. */
		TH_AND_SPLIT_TBODY,
		/** Word's filler row ({@code <![if !supportMisalignedColumns]>}), {@code mso} conditional comments. */
		WORD_FILLER,
		/** The attachment list under the article and the site's breadcrumbs naming 年度报告 above it. */
		ATTACHMENTS_AND_BREADCRUMBS

	}

	static String cmsPage(Shape shape) throws Exception {
		Document page = parsed();
		Element article = article(page);
		List<Element> tables = article.select("table");
		switch (shape) {
			case NESTED_LAYOUT_TABLES -> {
				String inner = article.outerHtml();
				page.body().html("<table width=\"1000\" align=\"center\" cellpadding=\"0\"><tr><td colspan=\"2\">"
						+ "<img src=\"/images/logo.png\"> 沭阳县人民政府</td></tr>\n<tr><td width=\"200\" valign=\"top\">"
						+ "<table><tr><td><a href=\"/a\">机构职能</a></td></tr><tr><td><a href=\"/b\">政府信息公开年报</a></td></tr>"
						+ "</table></td>\n<td valign=\"top\"><table width=\"100%\"><tr><td align=\"center\"><h1>"
						+ "沭阳县发展和改革局2023年政府信息公开年度报告</h1></td></tr>\n<tr><td>发布日期：2024-01-17 浏览次数："
						+ "<span id=\"hits\">128</span></td></tr>\n<tr><td id=\"zoom\">" + inner + "</td></tr></table></td></tr>\n"
						+ "<tr><td colspan=\"2\" align=\"center\">主办单位：沭阳县人民政府办公室</td></tr></table>");
			}
			case HIDDEN_COPIES -> {
				Element tableThree = tables.get(1);
				String other = tableThree.outerHtml().replaceAll(">(\\d+)<", ">9$1<");
				tableThree.before("<div style=\"display: none\">" + other + "</div>");
				article.after("<div class=\"print-only\" style=\"DISPLAY:none;\">"
						+ article.html().replaceAll(">(\\d+)<", ">7$1<") + "</div>");
			}
			case MOBILE_COPY -> {
				page.head().append("<style>@media (min-width: 769px) { .m-table { display: none } }</style>");
				for (Element table : tables) {
					table.after("<div class=\"m-table\">" + table.outerHtml() + "</div>");
				}
			}
			case DRESSED_CELLS -> {
				for (Element cell : article.select("td")) {
					String text = cell.text();
					String dressed = text.matches("\\d+") ? "&nbsp;<font face=\"仿宋_GB2312\"><strong>" + text
							+ "</strong></font>&nbsp;" : text.replaceAll("(.{4})(?=.)", "$1<br>");
					cell.html("<p style=\"text-align:center;mso-line-height-rule:exactly\"><span style=\"font-size:"
							+ "10.5pt;font-family:宋体\">" + dressed + "</span><span>&nbsp;</span></p>");
				}
			}
			case TH_AND_SPLIT_TBODY -> {
				for (Element table : tables) {
					table.select("tr").first().select("td").tagName("th");
					List<Element> rows = table.select("tr");
					Element second = table.appendElement("tbody");
					rows.subList(rows.size() / 2, rows.size()).forEach(second::appendChild);
				}
			}
			case WORD_FILLER -> {
				page.head().prepend("<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>admin</o:Author>"
						+ "</o:DocumentProperties></xml><![endif]--><!--[if gte mso 10]><style>table.MsoNormalTable"
						+ "{mso-style-name:普通表格;}</style><![endif]-->");
				String html = page.outerHtml();
				String filler = "<![if !supportMisalignedColumns]>\n<tr height=0>"
						+ "<td width=183 style='border:none'></td>".repeat(4) + "</tr>\n<![endif]>\n";
				return html.replace("</tbody>", filler + "</tbody>")
					.replace("<ucapcontent>", "<ucapcontent><!--[if !mso]><span class=MsoNormal>&nbsp;</span><![endif]-->");
			}
			case ATTACHMENTS_AND_BREADCRUMBS -> {
				page.selectFirst("div.xxgkMain").before("<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; "
						+ "<a href=\"/xxgk\">政府信息公开</a> &gt; <a href=\"/nb\">政府信息公开年度报告</a></div>");
				article.after("<div class=\"fj\"><p>附件：</p><ul><li><a href=\"/u/2024/年报.pdf\">"
						+ "沭阳县发展和改革局2023年政府信息公开年度报告.pdf</a></li><li><a href=\"/u/2024/表.xls\">"
						+ "2023年政府信息公开工作年度报告统计表.xls</a></li></ul></div>");
			}
		}
		return page.outerHtml();
	}

	@ParameterizedTest
	@EnumSource(Shape.class)
	void aCmsPageShapeReadsAsThePage(Shape shape) throws Exception {
		assertReadAsThePage(cmsPage(shape).getBytes(StandardCharsets.UTF_8), "沭阳县发展和改革局2023年政府信息公开年度报告.html");
	}

	/**
	 * The page with table 三 cut into two {@code <table>}s by a page break, as Word's HTML has a table a page break
	 * was put into: the second part without the header. Cut at {@code row} (a row of the table as printed, 0 = the
	 * header's first); a cut inside 三、本年度办理结果 shortens its merged cell and starts the second part with the
	 * rest of it, empty.
	 */
	static String tableThreeSplit(int row) throws Exception {
		Document page = parsed();
		Element tableThree = article(page).select("table").get(1);
		List<Element> rows = tableThree.select("tr");
		Element merged = rows.get(5).selectFirst("td");
		assertThat(merged.text()).isEqualTo("三、本年度办理结果");
		Element second = tableThree.clone();
		second.select("tbody").first().empty();
		rows.subList(row, rows.size()).forEach(second.selectFirst("tbody")::appendChild);
		if (row > 5 && row <= 26) {
			merged.attr("rowspan", String.valueOf(row - 5));
			rows.get(row).prependElement("td").attr("rowspan", String.valueOf(27 - row)).attr("width", "40");
		}
		tableThree.after("<p class=\"MsoNormal\"><b><span style='font-size:10.5pt;mso-font-kerning:1.0pt'>"
				+ "<br clear=all style='page-break-before:always'></span></b></p>");
		tableThree.nextElementSibling().after(second);
		return page.outerHtml();
	}

	@ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(ints = { 5, 15, 23, 27 })
	void tableThreeCutByAPageBreakReadsAsThePage(int row) throws Exception {
		String html = tableThreeSplit(row);
		assertThat(Jsoup.parse(html).select("ucapcontent table")).hasSize(4);
		assertReadAsThePage(html.getBytes(StandardCharsets.UTF_8), "沭阳县发展和改革局2023年政府信息公开年度报告.html");
	}

	/**
	 * A PDF turned into a web page by poppler's {@code pdftohtml -s -i} (the committed fixtures: the real page's
	 * Chromium PDF and a 2021-form PDF of 沭阳县人民政府's figures) or pdf2htmlEX has no table, only text placed by its
	 * coordinates: it is refused, naming that and what to send, not read as a page whose tables are missing.
	 */
	@ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "/pdf/chromium-shuyang-fgj-2023.pdftohtml.html",
			"/pdf/template/shuyang-county-2025-plain.pdftohtml.html", "pdf2htmlEX" })
	void aPageConvertedFromAPdfIsRefusedSayingWhatToSend(String fixture) throws Exception {
		byte[] bytes;
		if (fixture.startsWith("/")) {
			try (java.io.InputStream in = SavedPageFormTests.class.getResourceAsStream(fixture)) {
				bytes = in.readAllBytes();
			}
		}
		else {
			// pdf2htmlEX places its fragments by classes (x1 y3…), not inline styles; its generator tag says what it is
			bytes = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><meta name=\"generator\" content=\"pdf2htmlEX\"/>"
					+ "</head><body><div id=\"page-container\"><div id=\"pf1\" class=\"pf w0 h0\"><div class=\"pc pc1 w0 h0\">"
					+ "<div class=\"t m0 x1 h2 y1 ff1 fs0 fc0 sc0 ls0 ws0\">沭阳县发展和改革局2023年政府信息公开年度报告</div>"
					+ "<div class=\"t m0 x2 h3 y2 ff2 fs1 fc0 sc0 ls0 ws0\">三、收到和处理政府信息公开申请情况</div>"
					+ "<div class=\"t m0 x3 h3 y3 ff2 fs1 fc0 sc0 ls0 ws0\">自然人</div><div class=\"t m0 x4 h3 y4 ff2 fs1\">26"
					+ "</div></div></div></div></body></html>").getBytes(StandardCharsets.UTF_8);
		}
		assertThat(new SubmissionParser().detect(bytes)).isEqualTo(InputFormat.HTML);
		assertThatThrownBy(() -> new SubmissionParser().parse(SeedReportTests.source("年报.html", "real"), bytes))
			.isInstanceOf(UnreadableReportException.class)
			.hasMessage(HtmlReader.CONVERTED_PDF);
	}

	/** A page with a few absolutely placed boxes (a floating QR code, a "back to top" button) is still read. */
	@Test
	void aPageWithAFewPlacedBoxesIsStillRead() throws Exception {
		Document page = parsed();
		for (int i = 0; i < 10; i++) {
			page.body().append("<div style=\"position:absolute;top:" + (100 * i) + "px;left:0\">返回顶部</div>");
		}
		assertReadAsThePage(page.outerHtml().getBytes(StandardCharsets.UTF_8), "年报.html");
	}

	/**
	 * The same page in the 2019 form: its three tables replaced by the 2019 form's, printed as the page prints cells
	 * (Word's {@code <p><span>…<o:p>}), filled with the page's figures where the two forms share a cell (blank where the
	 * page's is) and with figures of their own (1, 2, 3…) where only the 2019 form has one. Every figure is compared.
	 */
	@Test
	void thePageInThe2019FormReadsEveryFigure() throws Exception {
		Map<String, java.math.BigDecimal> transcribed = RealVariantInputs.Format.HTML.transcribed();
		Map<String, String> cells = new java.util.LinkedHashMap<>();
		int own = 0;
		int blank = 0;
		for (org.xxgk.rollup.model.Metric metric : org.xxgk.rollup.model.MetricCatalog.standard()
			.of(org.xxgk.rollup.model.Template.V2019)) {
			if (org.xxgk.rollup.model.FormLayout.isDerived(metric, org.xxgk.rollup.model.Template.V2019)) {
				continue;
			}
			if (!transcribed.containsKey(metric.code())) {
				cells.put(metric.code(), String.valueOf(++own));
			}
			else if (transcribed.get(metric.code()) != null) {
				cells.put(metric.code(), transcribed.get(metric.code()).toPlainString());
			}
			else {
				blank++;
			}
		}
		org.xxgk.rollup.model.PrintedForm form = org.xxgk.rollup.model.PrintedForm
			.of(org.xxgk.rollup.model.Template.V2019, cells);
		Document page = parsed();
		List<Element> tables = article(page).select("table");
		for (int t = 0; t < 3; t++) {
			StringBuilder html = new StringBuilder("<table style=\"BORDER-COLLAPSE:collapse\" cellspacing=\"0\" "
					+ "cellpadding=\"2\" bordercolor=\"#000000\" border=\"1\"><tbody>");
			for (List<org.xxgk.rollup.model.PrintedForm.FormCell> row : form.table(t + 2)) {
				html.append("<tr>");
				for (org.xxgk.rollup.model.PrintedForm.FormCell cell : row) {
					html.append("<td colspan=\"").append(cell.colSpan()).append("\" rowspan=\"").append(cell.rowSpan())
						.append("\" style=\"font-family: 微软雅黑;\" valign=\"center\"><p style=\"text-align: justify;\">"
								+ "<span style=\"font-family: 微软雅黑;\">")
						.append(cell.text().replace("\n", "<br>"))
						.append("</span><span style=\"font-family: 微软雅黑;\"><o:p></o:p></span></p></td>");
				}
				html.append("</tr>");
			}
			tables.get(t).after(html.append("</tbody></table>").toString());
			tables.get(t).remove();
		}
		Report report = new SubmissionParser().parse(SeedReportTests.source("年报.html", "real"),
				page.outerHtml().getBytes(StandardCharsets.UTF_8));
		assertThat(report.template()).isEqualTo(org.xxgk.rollup.model.Template.V2019);
		assertThat(report.tablesFound()).containsExactly(2, 3, 4);
		assertThat(report.unexpectedLabels()).isEmpty();
		assertThat(own).isGreaterThan(20);
		int compared = 0;
		for (org.xxgk.rollup.model.Metric metric : org.xxgk.rollup.model.MetricCatalog.standard()
			.of(org.xxgk.rollup.model.Template.V2019)) {
			if (org.xxgk.rollup.model.FormLayout.isDerived(metric, org.xxgk.rollup.model.Template.V2019)) {
				continue;
			}
			org.xxgk.rollup.model.Cell cell = report.figures().get(metric.code());
			assertThat(cell).as(metric.code()).isNotNull();
			if (cells.containsKey(metric.code())) {
				assertThat(cell.value()).as(metric.code()).isEqualByComparingTo(cells.get(metric.code()));
			}
			else {
				assertThat(cell.state()).as(metric.code()).isEqualTo(org.xxgk.rollup.model.CellState.BLANK);
			}
			compared++;
		}
		// the 法人或其他组织 columns of the 22 table 三 rows both forms have (all but （六）), blank as on the page
		assertThat(blank).isEqualTo(5 * 22);
		assertThat(compared).isEqualTo(cells.size() + blank);
	}

	/** The page's article (its ucapcontent element) as jsoup holds it, for the CMS shapes to be built around. */
	static Element article(Document page) {
		return page.selectFirst("ucapcontent");
	}

	static Document parsed() throws Exception {
		return Jsoup.parse(PageCopies.realPage());
	}

}
