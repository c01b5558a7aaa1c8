package org.xxgk.rollup.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;
import org.xxgk.rollup.app.XxgkRollupApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest looks up and deletes a chunk's files by the unique key (year, scope, file), one index lookup per file.
 * A first run fills a table without statistics, and the plan made from none scans every stored row of the scope per
 * chunk (quadratic); the repository refreshes them as the table doubles, after which even the plan the server caches
 * for every later call is the index lookup.
 */
@ExtendWith(TestDatabaseExtension.class)
class StoredFileLookupPlanTests {

	@Test
	void aChunkOfFilesIsFoundByIndexOnceStatisticsAreRefreshed(@TempDir Path temp,
			TestDatabase.Database database) throws Exception {
		// the schema
		Files.createDirectories(temp.resolve("in"));
		XxgkRollupApplication.run(new String[] { "--year", "2021", "--input", temp.resolve("in").toString(),
				"--output", temp.resolve("out").toString(), "--db", database.url() },
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		try (Connection connection = DriverManager.getConnection(database.url(), database.user(),
				database.password()); Statement sql = connection.createStatement()) {
			sql.execute("""
					insert into submission (year, scope_code, source_file, status, file_status)
					select 2021, '440882', 'county/unit' || n || '.docx', 'accepted', 'accepted'
					from generate_series(1, 20000) as n""");
			// as on a first run: the table never analyzed (a server without autovacuum, or before it comes round)
			sql.execute("delete from pg_statistic where starelid = 'submission'::regclass");
			sql.execute("update pg_class set reltuples = -1, relpages = 0 where oid = 'submission'::regclass");
			assertThat(genericPlan(sql, SubmissionRepository.STORED_FILES)).as("without statistics")
				.contains("Index Cond: ((year = $2) AND (scope_code = $3))");
			new SubmissionRepository(new JdbcTemplate(new SingleConnectionDataSource(connection, true)))
				.refreshStatistics();
			for (String statement : new String[] { SubmissionRepository.STORED_FILES,
					SubmissionRepository.DELETE_FILES }) {
				String plan = genericPlan(sql, statement);
				assertThat(plan).as(plan)
					.contains("Index Cond")
					.containsPattern("source_file = \\(?page\\.path|source_file = \\(?replaced\\.path")
					.doesNotContain("Seq Scan on submission")
					.doesNotContainPattern("Filter: \\(source_file");
			}
		}
	}

	@Test
	void statisticsAreRefreshedEachTimeTheRowsWrittenDouble() {
		assertThat(SubmissionRepository.statisticsDue(0, 999)).isFalse();
		assertThat(SubmissionRepository.statisticsDue(975, 1_000)).isTrue();
		assertThat(SubmissionRepository.statisticsDue(1_000, 1_025)).isFalse();
		assertThat(SubmissionRepository.statisticsDue(1_990, 2_015)).isTrue();
		assertThat(SubmissionRepository.statisticsDue(2_015, 3_999)).isFalse();
		assertThat(SubmissionRepository.statisticsDue(31_990, 32_015)).isTrue();
		long refreshes = java.util.stream.LongStream.iterate(0, (n) -> n < 40_000, (n) -> n + 25)
			.filter((n) -> SubmissionRepository.statisticsDue(n, n + 25))
			.count();
		assertThat(refreshes).isEqualTo(6); // 1,000 … 32,000
	}

	private static String genericPlan(Statement sql, String statement) throws Exception {
		sql.execute("set plan_cache_mode = force_generic_plan");
		sql.execute("deallocate all");
		sql.execute("prepare lookup (text[], int, text) as " + numbered(statement));
		return plan(sql, "explain execute lookup('{county/unit7.docx,county/unit9.docx}', 2021, '440882')");
	}

	/** JDBC's ? placeholders as $1, $2… for PREPARE. */
	private static String numbered(String statement) {
		StringBuilder numbered = new StringBuilder();
		int parameter = 0;
		for (char c : statement.toCharArray()) {
			if (c == '?') {
				numbered.append('$').append(++parameter);
			}
			else {
				numbered.append(c);
			}
		}
		return numbered.toString();
	}

	private static String plan(Statement sql, String explain) throws Exception {
		StringBuilder plan = new StringBuilder();
		try (ResultSet rows = sql.executeQuery(explain)) {
			while (rows.next()) {
				plan.append(rows.getString(1)).append('\n');
			}
		}
		return plan.toString();
	}

}
