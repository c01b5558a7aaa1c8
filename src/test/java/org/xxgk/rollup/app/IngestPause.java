package org.xxgk.rollup.app;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds a run still in the middle of its ingest, so a test can kill, stop or cut off a run at a known point instead of
 * guessing how long the ingest takes: a trigger on {@code submission} makes every insert wait, once at least
 * {@code stored} rows stored by other (committed) transactions are in the table, for an advisory lock this object holds
 * until {@link #release()}. The database is migrated first (the run finds it up to date).
 */
final class IngestPause implements AutoCloseable {

	/** The advisory lock's key, ours alone: the run's own locks are hashed from text. */
	private static final long KEY = 0x78786B70L;

	private final TestDatabase.Database database;

	private final Connection holder;

	private final int holderPid;

	private IngestPause(TestDatabase.Database database, Connection holder, int holderPid) {
		this.database = database;
		this.holder = holder;
		this.holderPid = holderPid;
	}

	static IngestPause afterStored(TestDatabase.Database database, int stored) throws SQLException {
		database.migrated().jdbc().execute("""
				create or replace function test_pause_ingest() returns trigger language plpgsql as $$
				begin
					-- rows of this transaction (written in savepoints) do not count: only what earlier chunks committed
					if (select count(*) from submission
							where txid_status(((txid_current() >> 32) << 32) + xmin::text::bigint) = 'committed') >= %d then
						perform pg_advisory_xact_lock_shared(%d);
					end if;
					return null;
				end $$;
				create or replace trigger test_pause_ingest after insert on submission
					for each row execute function test_pause_ingest();
				""".formatted(stored, KEY));
		Connection holder = database.dataSource().getConnection();
		try (Statement statement = holder.createStatement();
				ResultSet pid = statement.executeQuery("select pg_backend_pid(), pg_advisory_lock(" + KEY + ")")) {
			pid.next();
			return new IngestPause(database, holder, pid.getInt(1));
		}
	}

	/** Waits until the run has an insert waiting on the pause (a condition, so no guess of the run's speed). */
	void awaitHeld(Duration patience) throws InterruptedException {
		JdbcTemplate jdbc = this.database.jdbc();
		long deadline = System.nanoTime() + patience.toNanos();
		while (waiting(jdbc) == 0) {
			assertThat(System.nanoTime()).as("no insert reached the pause").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	/**
	 * Ends every connection of the run (all of the database's but the caller's and the pause's own), as a database
	 * outage would; the run's held inserts fail.
	 */
	void cutOffTheRun() {
		this.database.jdbc().queryForList("""
				select pg_terminate_backend(pid) from pg_stat_activity
				where datname = current_database() and pid <> pg_backend_pid() and pid <> ?""", this.holderPid);
	}

	private static long waiting(JdbcTemplate jdbc) {
		// pg_locks lists the whole server's locks: other tests' databases hold the same key
		Long count = jdbc.queryForObject("""
				select count(*) from pg_locks where locktype = 'advisory' and objid = ? and not granted
					and database = (select oid from pg_database where datname = current_database())""", Long.class, KEY);
		return (count != null) ? count : 0;
	}

	/** Lets the held inserts go on, and every later one. */
	void release() throws SQLException {
		if (!this.holder.isClosed()) {
			this.holder.close();
		}
	}

	@Override
	public void close() throws SQLException {
		release();
		this.database.jdbc().execute("drop trigger if exists test_pause_ingest on submission");
	}

}
