package org.xxgk.rollup.app;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * One run at a time per region and year: a PostgreSQL session-level advisory lock, held on a connection of its own
 * for the whole run. PostgreSQL releases it when that connection ends, so a killed process never leaves it behind,
 * and it works across machines sharing one server (a file lock would not).
 */
public final class RunLock implements AutoCloseable {

	private final Connection connection;

	private final String key;

	private RunLock(Connection connection, String key) {
		this.connection = connection;
		this.key = key;
	}

	/** The lock's key text; hashed by PostgreSQL into the 64-bit advisory lock id. */
	static String keyOf(String regionCode, int year) {
		return "xxgk-rollup:" + regionCode + ":" + year;
	}

	/** The lock for the region and year, or empty when another run holds it. */
	public static Optional<RunLock> tryAcquire(DataSource dataSource, String regionCode, int year)
			throws SQLException {
		String key = keyOf(regionCode, year);
		Connection connection = dataSource.getConnection();
		try (PreparedStatement statement = connection
			.prepareStatement("select pg_try_advisory_lock(hashtextextended(?, 0))")) {
			statement.setString(1, key);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				if (result.getBoolean(1)) {
					return Optional.of(new RunLock(connection, key));
				}
			}
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
		connection.close();
		return Optional.empty();
	}

	@Override
	public void close() throws SQLException {
		try (Connection held = this.connection;
				PreparedStatement statement = held
					.prepareStatement("select pg_advisory_unlock(hashtextextended(?, 0))")) {
			statement.setString(1, this.key);
			statement.execute();
		}
		catch (SQLException ex) {
			// the connection is gone (database outage): PostgreSQL has released the lock with it
		}
	}

}
