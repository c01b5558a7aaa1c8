package org.xxgk.rollup.testdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Picks the real PostgreSQL the tests run against, never a mock and never H2: the server named by
 * {@code XXGK_TEST_DB_URL} (CI sets it to the machine's server; user from {@code XXGK_TEST_DB_USER}, default
 * postgres), else a Testcontainers PostgreSQL where a Docker engine answers, else the embedded PostgreSQL. Each
 * database made here is a new one on that server, dropped when closed, so tests never see each other's rows. Test
 * classes get theirs from {@link TestDatabaseExtension}; {@link #create()} is for a test that needs one more.
 */
public final class TestDatabase {

	public static final String URL_VARIABLE = "XXGK_TEST_DB_URL";

	private static Server server;

	private TestDatabase() {
	}

	/** Where databases are created, and with which credentials. */
	record Server(String kind, String adminUrl, String user, String password) {

		String urlOf(String database) {
			int slash = this.adminUrl.lastIndexOf('/');
			int query = this.adminUrl.indexOf('?', slash);
			return this.adminUrl.substring(0, slash + 1) + database
					+ ((query >= 0) ? this.adminUrl.substring(query) : "");
		}

	}

	/** A database of its own, dropped on {@link #close()}. */
	public record Database(String url, String user, String password, String kind) implements AutoCloseable {

		/** Command-line options that point the application at this database. */
		public String[] dbArguments() {
			return new String[] { "--db", this.url };
		}

		/** A data source without a pool: each use opens a connection of its own. */
		public DataSource dataSource() {
			return new DriverManagerDataSource(this.url, this.user, this.password);
		}

		public JdbcTemplate jdbc() {
			return new JdbcTemplate(dataSource());
		}

		/** Creates the application's tables, as a run's start does. */
		public Database migrated() {
			Flyway.configure().dataSource(dataSource()).locations("classpath:sql/migration").load().migrate();
			return this;
		}

		@Override
		public void close() {
			Server current = server();
			String name = this.url.substring(this.url.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
			execute(current, "drop database if exists " + name + " with (force)");
		}

	}

	public static synchronized Database create() {
		Server current = server();
		String name = "xxgk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		execute(current, "create database " + name);
		// the application reads its credentials from these properties (the environment in production)
		System.setProperty("xxgk.db-user", current.user());
		System.setProperty("xxgk.db-password", current.password());
		return new Database(current.urlOf(name), current.user(), current.password(), current.kind());
	}

	private static synchronized Server server() {
		if (server == null) {
			server = start();
			System.out.println("test databases on: " + server.kind());
		}
		return server;
	}

	private static Server start() {
		String url = System.getenv(URL_VARIABLE);
		if (url != null && !url.isBlank()) {
			String user = System.getenv().getOrDefault("XXGK_TEST_DB_USER", "postgres");
			String password = System.getenv().getOrDefault("XXGK_TEST_DB_PASSWORD", "");
			return new Server("server " + url, url, user, password);
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
			return new Server("testcontainers", container.getJdbcUrl(), container.getUsername(),
					container.getPassword());
		}
		try {
			EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					embedded.close();
				}
				catch (IOException ex) {
					// the JVM is going away; nothing left to tell
				}
			}));
			return new Server("embedded", embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	private static void execute(Server server, String sql) {
		try (Connection connection = DriverManager.getConnection(server.adminUrl(), server.user(), server.password());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot run '" + sql + "' on " + server.kind(), ex);
		}
	}

}
