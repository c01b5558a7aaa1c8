package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xxgk.rollup.parse.SourceDocument.Block;
import org.xxgk.rollup.parse.SourceDocument.Paragraph;

/** Collects the prose of parts 一, 五 and 六: the paragraphs after their heading, up to the next part heading. */
final class SectionReader {

	private static final List<String> PROSE = List.of("一", "五", "六");

	Map<String, String> read(SourceDocument document) {
		Map<String, List<String>> parts = new LinkedHashMap<>();
		PROSE.forEach((numeral) -> parts.put(numeral, new ArrayList<>()));
		String current = null;
		for (Block block : document.blocks()) {
			if (!(block instanceof Paragraph paragraph)) {
				continue;
			}
			String numeral = Headings.part(paragraph.text());
			if (numeral != null) {
				current = PROSE.contains(numeral) && parts.get(numeral).isEmpty() ? numeral : null;
			}
			else if (current != null) {
				parts.get(current).add(paragraph.text());
			}
		}
		Map<String, String> sections = new LinkedHashMap<>();
		parts.forEach((numeral, lines) -> sections.put(numeral, String.join("\n", lines).strip()));
		return sections;
	}

}
