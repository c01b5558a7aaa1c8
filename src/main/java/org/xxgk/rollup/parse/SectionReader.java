package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.parse.SourceDocument.Block;
import org.xxgk.rollup.parse.SourceDocument.Paragraph;

/**
 * Collects the prose of the six parts: the paragraphs after their heading, up to the next part heading (for 二, 三 and
 * 四 the text around their tables), and under {@link Report#OUTLINE} the numerals of the part headings in the order
 * the report prints them. The prose ends at a web page's footer ({@link SiteFooter}) below the last part heading: a
 * saved page, its copied text and its printed PDF put the site's furniture below part 六; and at an annex's heading
 * there (附件：…统计表, 附表1), whose text and tables are not the report's.
 */
final class SectionReader {

	private static final List<String> PROSE = List.of("一", "二", "三", "四", "五", "六");

	/** The heading line of an annex: 附件, 附件1：, 附表2、 with its title, no sentence. */
	private static final Pattern ANNEX = Pattern.compile("^(附件|附表)[0-9０-９一二三四五六七八九十]*[：:、.．\\s]?[^。，；]{0,40}$");

	Map<String, String> read(SourceDocument document) {
		Map<String, List<String>> parts = new LinkedHashMap<>();
		PROSE.forEach((numeral) -> parts.put(numeral, new ArrayList<>()));
		String current = null;
		StringBuilder outline = new StringBuilder();
		List<Block> blocks = document.blocks();
		// each paragraph's part numeral, recognised once: the footer test below needs the last heading's place
		String[] numerals = new String[blocks.size()];
		int lastHeading = -1;
		for (int index = 0; index < blocks.size(); index++) {
			if (blocks.get(index) instanceof Paragraph paragraph) {
				numerals[index] = Headings.part(paragraph.text());
				lastHeading = (numerals[index] != null) ? index : lastHeading;
			}
		}
		for (int index = 0; index < blocks.size(); index++) {
			if (!(blocks.get(index) instanceof Paragraph paragraph)) {
				continue;
			}
			String numeral = numerals[index];
			// only below the last part heading: a report's own line in part 一 or 四 may name a link word (网站地图,
			// 主办单位), and the parts after it must not be cut off
			if (index > lastHeading && lastHeading >= 0
					&& (SiteFooter.isFooter(paragraph.text()) || ANNEX.matcher(paragraph.text().strip()).matches())) {
				break;
			}
			if (numeral != null) {
				outline.append(numeral);
				current = PROSE.contains(numeral) && parts.get(numeral).isEmpty() ? numeral : null;
			}
			else if (current != null) {
				parts.get(current).add(paragraph.text());
			}
		}
		Map<String, String> sections = new LinkedHashMap<>();
		parts.forEach((numeral, lines) -> sections.put(numeral, String.join("\n", lines).strip()));
		sections.put(Report.OUTLINE, outline.toString());
		return sections;
	}

}
