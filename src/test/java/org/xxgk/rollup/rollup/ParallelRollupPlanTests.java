package org.xxgk.rollup.rollup;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roll-up's one statement over every figure row, the county sums, is a query PostgreSQL may run in parallel: a
 * CREATE TABLE … AS (an INSERT … SELECT never is) of parallel-safe functions only. Whether the planner chooses workers
 * depends on the table's size, so here the parallel costs are set to nothing: a plan with a Gather over a parallel
 * scan of figure is then possible only because nothing in the statement forbids one.
 */
@ExtendWith(TestDatabaseExtension.class)
class ParallelRollupPlanTests {

	@Test
	void theCountySumsMayRunInParallelWorkers(TestDatabase.Database database) throws Exception {
		JdbcTemplate setup = database.migrated().jdbc();
		setup.update("""
				insert into region (code, name, level, parent_code) values ('440000', '省', 'province', null),
					('440800', '市', 'prefecture', '440000'), ('440882', '县', 'county', '440800')""");
		setup.update("""
				insert into region (code, name, level, parent_code)
				select '440882' || lpad(n::text, 3, '0'), '镇' || n, 'unit', '440882' from generate_series(1, 30) as n""");
		setup.update("""
				insert into submission (id, year, scope_code, source_file, unit_code, status)
				select n, 2021, '440882', n || '.txt', '440882' || lpad(n::text, 3, '0'), 'accepted'
				from generate_series(1, 30) as n""");
		setup.update("""
				insert into figure (submission_id, metric_key, value, state)
				select n, metric.key, n, 'number' from generate_series(1, 30) as n, metric""");
		String countySums = RegionTotalsTasklet.countySums(2021, "440882");

		SingleConnectionDataSource connection = new SingleConnectionDataSource(database.url(), database.user(),
				database.password(), true);
		try {
			JdbcTemplate jdbc = new JdbcTemplate(connection);
			String plan = new TransactionTemplate(new DataSourceTransactionManager(connection)).execute((status) -> {
				for (String setting : List.of("parallel_setup_cost = 0", "parallel_tuple_cost = 0",
						"min_parallel_table_scan_size = 0", "enable_nestloop = off", "enable_indexscan = off")) {
					jdbc.execute("set local " + setting);
				}
				return String.join("\n", jdbc.queryForList("explain (costs off) " + countySums, String.class));
			});
			assertThat(plan).as(plan).contains("Gather").contains("Parallel Seq Scan on figure");
			// and it is the statement that makes the county sums the totals are inserted from
			new TransactionTemplate(new DataSourceTransactionManager(connection)).executeWithoutResult((status) -> {
				jdbc.execute(countySums);
				assertThat(jdbc.queryForObject("select count(*) || ' ' || sum(value) || ' ' || sum(units) from county_sum",
						String.class)).isEqualTo("226 105090.000000 6780");
			});
		}
		finally {
			connection.destroy();
		}
	}

}
