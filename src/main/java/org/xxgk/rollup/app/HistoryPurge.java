package org.xxgk.rollup.app;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.xxgk.rollup.rollup.SqlScript;

/**
 * {@code jobs/consolidate --purge-history <days>}: Spring Batch keeps a row per run, step and parameter forever; a
 * nightly job adds a few hundred a year. This removes the ones older than the given number of days in one
 * transaction ({@code sql/maintenance/purge_batch_history.sql}), keeping {@code run_summary}.
 */
@Component
public class HistoryPurge {

	private static final SqlScript PURGE = SqlScript.load("maintenance/purge_batch_history.sql");

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	public HistoryPurge(DataSource dataSource, PlatformTransactionManager transactionManager) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/** Purges executions that ended more than {@code days} days ago; returns how many executions went. */
	public int purge(int days) {
		int[] counts = this.transaction.execute((status) -> PURGE.execute(this.jdbc, Map.of("days", days)));
		// statements: temp table, step contexts, steps, job contexts, parameters, executions, instances
		return counts[5];
	}

}
