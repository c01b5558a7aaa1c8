package org.xxgk.rollup.demo;

import java.util.List;

import org.xxgk.rollup.model.PrintedForm.FormCell;
import org.xxgk.rollup.model.PrintedForm;

/**
 * Writes a {@link GeneratedReport} as a county's disclosure-catalogue page saves it: navigation, breadcrumbs, a
 * metadata box (索引号, 发布机构, 成文日期…), scripts and a footer around the report, whose tables carry rowspan and
 * colspan and whose 第二十条 headers use half-width brackets, as such pages do.
 */
public final class HtmlPageWriter {

	private HtmlPageWriter() {
	}

	public static String write(GeneratedReport report) {
		PrintedForm form = PrintedForm.of(report.template(), report.cells());
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
			.append(escape(report.title()))
			.append(" - 雷州市人民政府门户网站</title>\n")
			.append("<meta name=\"ArticleTitle\" content=\"").append(escape(report.title())).append("\">\n")
			.append("<script>var _hmt = _hmt || []; document.write('统计代码');</script>\n")
			.append("<style>table{border-collapse:collapse} td{border:1px solid #000}</style>\n</head>\n<body>\n")
			.append("<div class=\"top-nav\"><a href=\"/\">首页</a> <a href=\"/xxgk/\">政务公开</a> <a href=\"/hdjl/\">互动交流</a>"
					+ " <a href=\"/bsfw/\">办事服务</a></div>\n")
			.append("<div class=\"breadcrumb\">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>\n")
			.append("<div class=\"xxgk-meta\"><table>\n")
			.append("<tr><td>索引号：</td><td>11440882007049813F/2022-00012</td><td>分类：</td><td>政府信息公开年报</td></tr>\n")
			.append("<tr><td>发布机构：</td><td>").append(escape(report.publisher()))
			.append("</td><td>成文日期：</td><td>").append(report.year() + 1).append("-01-15</td></tr>\n")
			.append("<tr><td>名称：</td><td colspan=\"3\">").append(escape(report.title())).append("</td></tr>\n")
			.append("<tr><td>文号：</td><td></td><td>发布日期：</td><td>").append(report.year() + 1)
			.append("-01-18</td></tr>\n</table></div>\n")
			.append("<div class=\"article\">\n<h1 class=\"title\">").append(escape(report.title())).append("</h1>\n")
			.append("<div class=\"info\"><span>来源：").append(escape(report.publisher()))
			.append("</span> <span>字号：大 中 小</span></div>\n<div id=\"zoom\">\n");
		prose(html, report, "一");
		for (int table = 2; table <= 4; table++) {
			html.append("<p><strong>").append(PrintedForm.HEADINGS.get(table)).append("</strong></p>\n");
			table(html, form.table(table));
		}
		prose(html, report, "五");
		prose(html, report, "六");
		html.append("</div>\n</div>\n")
			.append("<div class=\"share\">分享到：微信 微博</div>\n")
			.append("<div class=\"footer\">主办：雷州市人民政府办公室 网站标识码4408820001 粤ICP备00000000号</div>\n")
			.append("<script src=\"/js/common.js\"></script>\n</body>\n</html>\n");
		return html.toString();
	}

	private static void prose(StringBuilder html, GeneratedReport report, String numeral) {
		html.append("<p><strong>").append(PrintedForm.PROSE_HEADINGS.get(numeral)).append("</strong></p>\n");
		for (String line : report.prose().getOrDefault(numeral, "").split("\n")) {
			if (!line.isBlank()) {
				html.append("<p style=\"text-indent:2em\">").append(escape(line)).append("</p>\n");
			}
		}
	}

	private static void table(StringBuilder html, List<List<FormCell>> rows) {
		html.append("<table border=\"1\" cellspacing=\"0\" width=\"100%\"><tbody>\n");
		for (List<FormCell> row : rows) {
			html.append("<tr>");
			for (FormCell cell : row) {
				html.append("<td");
				if (cell.colSpan() > 1) {
					html.append(" colspan=\"").append(cell.colSpan()).append('"');
				}
				if (cell.rowSpan() > 1) {
					html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
				}
				String text = cell.text().startsWith("第二十条") ? WebTextWriter.halfWidth(cell.text()) : cell.text();
				html.append("><p>").append(escape(text).replace("\n", "<br>")).append("</p></td>");
			}
			html.append("</tr>\n");
		}
		html.append("</tbody></table>\n");
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
