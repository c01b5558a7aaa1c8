package org.xxgk.rollup.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.groups.Tuple;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.SourceFile;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;
import org.xxgk.rollup.validate.ValueOutOfRangeRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The narrow figure row (V50): the metric's key, the text as written only where it is not the value's own text, the
 * locations once per submission; view figure_cell gives back every cell as it was read, also from rows V50 rewrote.
 */
@ExtendWith(TestDatabaseExtension.class)
class FigureStorageTests {

	private static final MetricCatalog CATALOG = MetricCatalog.standard();

	private static final String CELLS = "select metric, value, state, raw, location from figure_cell"
			+ " where submission_id = ? order by metric collate \"C\"";

	/** Every shape of cell the parsers make, each under a metric of its own. */
	private static final List<Cell> SHAPES = List.of(Cell.number("12", new BigDecimal("12"), "表三 第5行第3列（原文第121行）"),
			Cell.number(" 1 ", new BigDecimal("1"), "表三 第5行第4列（原文第121行）"),
			Cell.number("0", BigDecimal.ZERO, "表三 第5行第5列（原文第4页第12行）"),
			Cell.number("1.50", new BigDecimal("1.50"), "表二 第3行第2列（原文第60行）"),
			Cell.number("0.1234567", new BigDecimal("0.1234567"), "表二 第3行第3列（原文第60行）"),
			Cell.number("-0", new BigDecimal("-0"), "第\"7\"行, {a\\b}"), Cell.number("100", new BigDecimal("100"), ""),
			Cell.number("1e30", new BigDecimal("1e30"), "第8行"), Cell.blank("", "第9行\t(制表)\n下一行"),
			new Cell("—", null, CellState.DASH, "NULL"), new Cell("不适用", null, CellState.NOT_APPLICABLE, "第11行"),
			new Cell("十二", null, CellState.NOT_NUMBER, "第12行"), Cell.derived(new BigDecimal("7")),
			// a county correction: the published text beside the corrected value
			new Cell("5", new BigDecimal("7"), CellState.NUMBER, "第13行"));

	@Test
	void theMetricTableIsTheCatalogueWithEachMetricsLineAsItsKey(TestDatabase.Database database) {
		JdbcTemplate jdbc = database.migrated().jdbc();
		List<String> codes = jdbc.queryForList("select code from metric order by key", String.class);
		assertThat(codes).isEqualTo(CATALOG.all().stream().map(Metric::code).toList());
		assertThat(jdbc.queryForObject("select min(key) || '-' || max(key) from metric", String.class))
			.isEqualTo("1-226");
		assertThat(CATALOG.key("proactive.rules.new_made")).isEqualTo(1);
		assertThat(CATALOG.key(codes.get(225))).isEqualTo(226);
	}

	@Test
	void everyCellReadsBackAsItWasReadAndRawIsStoredOnlyWhereItIsNotTheValue(TestDatabase.Database database) {
		JdbcTemplate jdbc = database.migrated().jdbc();
		Report report = report(SHAPES);
		FigureCopy.Chunk chunk = new FigureCopy.Chunk();
		chunk.add(41, report);
		chunk.add(42, report(List.of(Cell.number("3", new BigDecimal("3"), ""))));
		assertThat(jdbc.execute((ConnectionCallback<Long>) chunk::copy)).isEqualTo(SHAPES.size() + 1);

		assertThat(cells(jdbc, 41)).containsExactlyElementsOf(expected(report));
		// the value's own digits are not stored again; a padded, decimal-looking, rounded or corrected text is
		assertThat(jdbc.queryForList("""
				select metric.code from figure join metric on metric.key = figure.metric_key
				where submission_id = 41 and raw is null order by metric.key""", String.class))
			.containsExactly(code(0), code(2), code(6), code(8));
		assertThat(jdbc.queryForObject("select count(*) from figure_location", Integer.class)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select cardinality(locations) from figure_location where submission_id = 42",
				Integer.class)).isEqualTo(CATALOG.size());
	}

	@Test
	void v50RewritesStoredFiguresIntoTheNarrowRowWithoutChangingAnyCell(TestDatabase.Database database) {
		JdbcTemplate jdbc = database.jdbc();
		Flyway.configure().dataSource(database.dataSource()).locations("classpath:sql/migration").target("40")
			.load().migrate();
		Report report = report(SHAPES);
		jdbc.update("insert into submission (id, year, scope_code, status) values (41, 2021, '440882', 'accepted')");
		report.figures().forEach((code, cell) -> jdbc.update("""
				insert into figure (submission_id, metric, value, state, raw, location)
				values (41, ?, ?, ?, ?, ?)""", code, stored(cell), cell.state().code(),
				cell.raw(), cell.location()));

		database.migrated();

		assertThat(cells(jdbc, 41)).containsExactlyElementsOf(expected(report));
		assertThat(jdbc.queryForObject("select count(*) from figure where raw is null", Integer.class)).isEqualTo(4);
		jdbc.update("delete from submission where id = 41");
		assertThat(jdbc.queryForObject("select (select count(*) from figure) + (select count(*) from figure_location)",
				Integer.class)).as("a deleted submission's figures and locations").isZero();
	}

	/** The value as the table holds it: none when it cannot (VALUE-OUT-OF-RANGE), else rounded to 6 places. */
	private static BigDecimal stored(Cell cell) {
		return (cell.value() != null && ValueOutOfRangeRule.storable(cell.value()))
				? cell.value().setScale(6, RoundingMode.HALF_UP) : null;
	}

	private static List<Tuple> expected(Report report) {
		return report.figures()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((figure) -> tuple(figure.getKey(), stored(figure.getValue()),
					figure.getValue().state().code(), figure.getValue().raw(), figure.getValue().location()))
			.toList();
	}

	private static List<Tuple> cells(JdbcTemplate jdbc, long submissionId) {
		return jdbc.query(CELLS, (row, i) -> tuple(row.getString(1), row.getBigDecimal(2), row.getString(3),
				row.getString(4), row.getString(5)), submissionId);
	}

	private static String code(int index) {
		return CATALOG.all().get(index).code();
	}

	private static Report report(List<Cell> cells) {
		Map<String, Cell> figures = new LinkedHashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			figures.put(code(i), cells.get(i));
		}
		SourceFile source = new SourceFile("2021/a.txt", "a.txt", "", "", 1, Instant.EPOCH);
		return new Report(source, "", "", 2021, Template.V2021, figures, Set.of(), List.of(), Set.of(), Map.of());
	}

}
