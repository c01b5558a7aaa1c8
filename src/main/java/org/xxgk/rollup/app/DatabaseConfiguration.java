package org.xxgk.rollup.app;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.xxgk.rollup.run.RollupProperties;

/**
 * One SQL dialect everywhere: the PostgreSQL server named by {@code xxgk.db-url}, or, when none is configured, a real
 * PostgreSQL started by the application itself from the Maven Central binaries, keeping its data under
 * {@code xxgk.data-dir} so nightly runs accumulate history as they would on a server.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RollupProperties.class)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	DatabaseServer databaseServer(RollupProperties properties) {
		if (properties.usesServer()) {
			return DatabaseServer.external(properties.dbUrl(), properties.dbUser(), properties.dbPassword());
		}
		return DatabaseServer.embedded(properties.embeddedDataDirectory());
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseServer server, RollupProperties properties) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername(server.user());
		dataSource.setPassword(server.password());
		dataSource.setPoolName("xxgk");
		// one connection per ingest thread, plus the job repository's, the step manager's and the run lock's (RunLock)
		dataSource.setMaximumPoolSize(Math.max(5, properties.ingestThreadCount() + 4));
		// the driver sends a batch of inserts as multi-row inserts: figures are written in bulk
		dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
		// fail within seconds when the server is unreachable, rather than hanging the nightly run
		dataSource.setConnectionTimeout(10_000);
		dataSource.setInitializationFailTimeout(10_000);
		return dataSource;
	}

	/** Where the database is: an external server, or the embedded one this process started and will stop. */
	record DatabaseServer(String jdbcUrl, String user, String password, EmbeddedDatabase embedded)
			implements AutoCloseable {

		static DatabaseServer external(String jdbcUrl, String user, String password) {
			return new DatabaseServer(jdbcUrl, user, password, null);
		}

		/** The embedded PostgreSQL on its data folder (see {@link EmbeddedDatabase}). */
		static DatabaseServer embedded(java.nio.file.Path dataDirectory) {
			EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory);
			return new DatabaseServer(database.jdbcUrl(), "postgres", "", database);
		}

		@Override
		public void close() throws IOException {
			if (this.embedded != null) {
				this.embedded.close();
			}
		}

	}

}
