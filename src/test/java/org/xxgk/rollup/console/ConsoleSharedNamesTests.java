package org.xxgk.rollup.console;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.console.ConsoleQueries.FindingRow;
import org.xxgk.rollup.console.ConsoleQueries.HistoryRow;
import org.xxgk.rollup.console.ConsoleQueries.UnitRow;
import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console names units as the other outputs do: two 城关镇 of a prefecture's run are 城关镇（code） on the unit
 * page and in the decision history (which had no code column: both read 城关镇), a unique name stays bare; and a
 * finding's place is said in the form's words (表二 · 行政处罚 · 本年处理决定数量), not only by row and column number.
 */
@ExtendWith(TestDatabaseExtension.class)
class ConsoleSharedNamesTests {

	@Test
	void unitsSharingANameAreNamedWithTheirCode(TestDatabase.Database database) {
		JdbcTemplate jdbc = database.migrated().jdbc();
		jdbc.update("""
				insert into region (code, name, level, parent_code) values
					('441000', '某市', 'prefecture', null),
					('441001', '甲县', 'county', '441000'), ('441002', '乙县', 'county', '441000'),
					('441001101', '城关镇', 'unit', '441001'), ('441002101', '城关镇', 'unit', '441002'),
					('441002102', '新安镇', 'unit', '441002')""");
		for (String unit : List.of("441001101", "441002101", "441002102")) {
			jdbc.update("""
					insert into submission (year, scope_code, source_file, unit_code, unit_name, sha256, status, check_key)
					values (2021, '441000', ?, ?, '', ?, 'accepted_with_warnings', 'k')""", unit + ".txt", unit,
					"sha" + unit);
			jdbc.update("""
					insert into finding (year, scope_code, submission_id, unit_code, origin, rule, severity, metric,
						location, expected, actual, message)
					select 2021, '441000', id, unit_code, 'file', 'CELL-MISSING', 'warning', 'proactive.penalty.decisions',
						'表二 第10行第2列（原文第47行）', '数字', '空白', '为空。'
					from submission where unit_code = ?""", unit);
			jdbc.update("""
					insert into review_decision (year, scope_code, unit_code, rule, metric, sha256, decision, reason,
						decided_by)
					values (2021, '441000', ?, 'CELL-MISSING', 'proactive.penalty.decisions', ?, 'dismiss', '确无处罚',
						'zhang')""", unit, "sha" + unit);
		}
		jdbc.update("""
				insert into run_summary (run_id, year, scope_code, started_at, finished_at)
				values (1, 2021, '441000', now(), now())""");

		ConsoleQueries queries = new ConsoleQueries(jdbc);
		ConsoleQueries.Scope scope = queries.scope("441000", 2021).orElseThrow();
		assertThat(queries.units(scope)).extracting(UnitRow::shownName)
			.containsExactly("城关镇（441001101）", "城关镇（441002101）", "新安镇");
		assertThat(queries.history(scope)).extracting(HistoryRow::unitName)
			.containsExactlyInAnyOrder("城关镇（441001101）", "城关镇（441002101）", "新安镇");
		assertThat(queries.findings(scope, "441002101")).extracting(FindingRow::place)
			.containsExactly("表二 · 行政处罚 · 本年处理决定数量（表二 第10行第2列（原文第47行））");
	}

}
