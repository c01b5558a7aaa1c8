package org.xxgk.rollup.run;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code xxgk.*}.
 *
 * @param dbUrl JDBC URL of a PostgreSQL server; empty means: start the embedded PostgreSQL
 * @param dbUser user for {@code dbUrl} (from the environment: XXGK_DB_USER, else PGUSER)
 * @param dbPassword password for {@code dbUrl} (from the environment: XXGK_DB_PASSWORD, else PGPASSWORD)
 * @param dataDir where the embedded PostgreSQL keeps its data between runs
 * @param maxFileBytes submissions larger than this are rejected with FILE-TOO-LARGE without being read
 * @param chunkSize files per transaction in the ingest step
 * @param ingestThreads threads (and partitions) the ingest step works with; 0 means one per processor
 * @param ingestMode {@code local} (threads in this JVM), {@code remote} (partitions sent to worker JVMs over RabbitMQ)
 * or {@code worker} (this JVM works on partitions a remote manager sends)
 * @param rabbitHost RabbitMQ host for the remote modes
 * @param rabbitPort RabbitMQ port for the remote modes
 * @param rabbitUser RabbitMQ user (from the environment: XXGK_RABBIT_USER, default guest)
 * @param rabbitPassword RabbitMQ password (from the environment: XXGK_RABBIT_PASSWORD, default guest)
 * @param remoteTimeout how long a remote manager waits for its workers before the ingest fails (a worker died)
 */
@ConfigurationProperties("xxgk")
public record RollupProperties(@DefaultValue("") String dbUrl, @DefaultValue("") String dbUser,
		@DefaultValue("") String dbPassword, @DefaultValue("xxgk-data") Path dataDir,
		@DefaultValue("52428800") long maxFileBytes, @DefaultValue("25") int chunkSize,
		@DefaultValue("0") int ingestThreads, @DefaultValue("local") String ingestMode,
		@DefaultValue("127.0.0.1") String rabbitHost, @DefaultValue("5672") int rabbitPort,
		@DefaultValue("guest") String rabbitUser, @DefaultValue("guest") String rabbitPassword,
		@DefaultValue("6h") Duration remoteTimeout) {

	public int ingestThreadCount() {
		return (this.ingestThreads > 0) ? this.ingestThreads : Runtime.getRuntime().availableProcessors();
	}

	public boolean usesServer() {
		return !this.dbUrl.isBlank();
	}

	public Path embeddedDataDirectory() {
		return this.dataDir.resolve("postgres");
	}

}
