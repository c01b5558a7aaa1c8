package org.xxgk.rollup.rollup;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roll-up script's totals above the counties: every region's sum of every metric, with the units that reported it
 * and the units it expects, inserted in the order of region_total's key (region, metric), so that each insert goes to
 * the index page the previous one did rather than to a random one (a country's 664,000 totals).
 */
@ExtendWith(TestDatabaseExtension.class)
class RegionTotalsScriptTests {

	@Test
	void totalsOfEveryRegionAreInsertedInTheOrderOfTheirKey(TestDatabase.Database database) {
		JdbcTemplate setup = database.migrated().jdbc();
		// 40 counties of 3 units: unit n is the ((n - 1) % 3 + 1)th of county (n - 1) / 3 + 1
		setup.update("""
				insert into region (code, name, level, parent_code) values ('440000', '省', 'province', null),
					('440800', '市', 'prefecture', '440000')""");
		setup.update("""
				insert into region (code, name, level, parent_code)
				select '4408' || lpad(c::text, 2, '0'), '县' || c, 'county', '440800' from generate_series(1, 40) as c""");
		setup.update("""
				insert into region (code, name, level, parent_code)
				select '4408' || lpad(((n - 1) / 3 + 1)::text, 2, '0') || lpad(n::text, 3, '0'), '镇' || n, 'unit',
					'4408' || lpad(((n - 1) / 3 + 1)::text, 2, '0')
				from generate_series(1, 120) as n""");
		// unit 120 sent nothing, unit 5's report was rejected
		setup.update("""
				insert into submission (id, year, scope_code, source_file, unit_code, file_status, status)
				select n, 2021, '440000', n || '.txt', '4408' || lpad(((n - 1) / 3 + 1)::text, 2, '0') || lpad(n::text, 3, '0'),
					case n when 5 then 'rejected' else 'accepted' end, case n when 5 then 'rejected' else 'accepted' end
				from generate_series(1, 119) as n""");
		// each unit n reports n for every metric, except that metric 7 is blank in unit 2's report
		setup.update("""
				insert into figure (submission_id, metric_key, value, state)
				select n, metric.key, case when n = 2 and metric.key = 7 then null else n end,
					case when n = 2 and metric.key = 7 then 'blank' else 'number' end
				from generate_series(1, 119) as n, metric""");
		List<String> regions = setup.queryForList("select code from region where level <> 'unit' order by code",
				String.class);

		Map<String, Object> parameters = Map.of("year", 2021, "scope", "440000", "regions", regions);
		SqlScript script = SqlScript.load("rollup/region_totals.sql");
		List<String> statements = script.statements();
		SingleConnectionDataSource connection = new SingleConnectionDataSource(database.url(), database.user(),
				database.password(), true);
		try {
			NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(connection);
			TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(connection));
			// the totals come to the insert sorted by region_code, metric: region_total's key
			String plan = transaction.execute((status) -> {
				statements.subList(0, statements.size() - 1).forEach((statement) -> named.update(statement, parameters));
				String insert = statements.get(statements.size() - 1);
				String explained = String.join("\n",
						named.queryForList("explain (costs off) " + insert, parameters, String.class));
				status.setRollbackOnly();
				return explained;
			});
			// the plan's first sort is the last step before the insert
			assertThat(plan.lines().filter((line) -> line.contains("Sort Key:")).findFirst().orElse("").strip())
				.as(plan)
				.isEqualTo("Sort Key: region_up.ancestor_code, metric.code");
			transaction.executeWithoutResult((status) -> script.execute(named, parameters));
		}
		finally {
			connection.destroy();
		}

		JdbcTemplate jdbc = database.jdbc();
		assertThat(jdbc.queryForList("""
				select region_code || ' ' || trim_scale(value) || ' ' || units_reported || '/' || units_expected
				from region_total where year = 2021 and metric = (select code from metric where key = 7)
					and region_code in ('440000', '440800', '440801', '440802', '440840')
				order by region_code""", String.class))
			.containsExactly("440000 7133 118/120", "440800 7133 118/120", "440801 4 3/3", "440802 10 2/3",
					"440840 237 2/3");
		assertThat(jdbc.queryForObject("""
				select count(*) || ' ' || trim_scale(sum(value)) from region_total
				where year = 2021 and metric = (select code from metric where key = 1)""", String.class))
			.isEqualTo("42 21405");
		assertThat(jdbc.queryForObject("select count(*) from region_total", Integer.class)).isEqualTo(42 * 226);
	}

}
