package org.xxgk.rollup.parse;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.parse.SourceDocument.GridRow;

/**
 * Detects the template from labels only (units keep the 2019 form after 2021): the 2021 form's table 二 columns
 * 本年制发件数 / 本年废止件数 / 现行有效件数 / 本年收费金额, or the sub-rows of its table 三 （六）其他处理.
 */
final class TemplateDetector {

	private static final Set<String> MARKERS_2021 = Set.of("本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额");

	private static final List<String> SUB_ROW_MARKERS = List.of("逾期不补正", "逾期未按收费通知");

	Template detect(Collection<List<GridRow>> tables) {
		boolean is2021 = tables.stream()
			.flatMap(List::stream)
			.flatMap((row) -> row.cells().stream())
			.map((cell) -> LabelKey.of(cell.text()))
			.anyMatch((label) -> MARKERS_2021.contains(label)
					|| SUB_ROW_MARKERS.stream().anyMatch(label::contains));
		return is2021 ? Template.V2021 : Template.V2019;
	}

}
