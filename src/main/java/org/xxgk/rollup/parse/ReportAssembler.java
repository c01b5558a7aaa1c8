package org.xxgk.rollup.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.SourceFile;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.parse.SourceDocument.GridRow;
import org.xxgk.rollup.parse.SourceDocument.Paragraph;

/**
 * Builds the canonical {@link Report} from a {@link SourceDocument}, whatever format it was read from: locates the
 * tables, detects the template, maps cells to metric codes by their labels, and reads title, year and prose. A file
 * that holds two reports is refused ({@link SecondReport}).
 */
final class ReportAssembler {

	private final TableLocator locator = new TableLocator();

	private final TemplateDetector detector = new TemplateDetector();

	private final TitleReader titleReader = new TitleReader();

	private final SectionReader sectionReader = new SectionReader();

	Report assemble(SourceFile source, SourceDocument document, String text) throws UnreadableReportException {
		Optional<Paragraph> second = SecondReport.start(document);
		if (second.isPresent()) {
			throw new UnreadableReportException("文件中有两份年度报告，第二份从" + Locations.origin(second.get().line()) + "的“"
					+ second.get().text().strip() + "”重新开始。一个文件只能报送一份报告，请把每份报告分别保存为一个文件后重新报送");
		}
		Map<Integer, List<GridRow>> tables = this.locator.locate(document);
		TitleReader.Heading heading = this.titleReader.read(document, text, source);
		if (heading.title().isEmpty() && tables.isEmpty()) {
			throw new UnreadableReportException("文件不是可识别的年度报告：找不到报告标题和表格");
		}
		Template template = this.detector.detect(tables.values());
		LabelIndex index = LabelIndex.of(template);
		Figures figures = new Figures();
		mapTable(tables, 2, (rows) -> new TableTwoMapper().map(rows, index, figures));
		mapTable(tables, 3, (rows) -> new TableThreeMapper().map(rows, index, figures));
		mapTable(tables, 4, (rows) -> new TableFourMapper().map(rows, index, figures));
		FormLayout.derive(template, figures.cells);
		return new Report(source, heading.title(), heading.statedUnit(), heading.year(), template,
				inCatalogOrder(template, figures.cells), Collections.unmodifiableSet(new TreeSet<>(tables.keySet())),
				List.copyOf(figures.unexpected), Collections.unmodifiableSet(figures.yuanHeaded),
				Collections.unmodifiableMap(this.sectionReader.read(document)),
				Collections.unmodifiableSet(new LinkedHashSet<>(figures.unplacedRows)),
				Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures.runTogether)));
	}

	private static void mapTable(Map<Integer, List<GridRow>> tables, int table,
			java.util.function.Consumer<List<GridRow>> mapper) {
		List<GridRow> rows = tables.get(table);
		if (rows != null) {
			mapper.accept(rows);
		}
	}

	private static Map<String, Cell> inCatalogOrder(Template template, Map<String, Cell> cells) {
		Map<String, Cell> ordered = new LinkedHashMap<>();
		for (Metric metric : MetricCatalog.standard().of(template)) {
			Cell cell = cells.get(metric.code());
			if (cell != null) {
				ordered.put(metric.code(), cell);
			}
		}
		return Collections.unmodifiableMap(ordered);
	}

}
