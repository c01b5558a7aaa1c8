package org.xxgk.rollup.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.app.XxgkRollupApplication;
import org.xxgk.rollup.demo.GeneratedRegionSet;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reruns of the ingest on a real database: a file saved again unchanged is not parsed and its new time is stored, a
 * file changed to the same size is parsed, and what the chunk writes in bulk equals what SQL would have built.
 */
@ExtendWith(TestDatabaseExtension.class)
class IngestRerunTests {

	private static final Instant RECEIVED = Instant.parse("2022-01-10T01:00:00Z");

	private TestDatabase.Database database;

	private HikariDataSource dataSource;

	private JdbcTemplate jdbc;

	@BeforeEach
	void database(TestDatabase.Database testDatabase) {
		this.database = testDatabase;
		this.dataSource = new HikariDataSource();
		this.dataSource.setJdbcUrl(this.database.url());
		this.dataSource.setUsername(this.database.user());
		this.dataSource.setPassword(this.database.password());
		this.jdbc = new JdbcTemplate(this.dataSource);
	}

	@AfterEach
	void closePool() {
		this.dataSource.close();
	}

	@Test
	void aTouchedFileIsNotParsedAgainButItsTimeIsStoredAndASameSizeChangeIsParsed(@TempDir Path temp)
			throws IOException {
		GeneratedRegionSet.Layout layout = GeneratedRegionSet.write(temp.resolve("set"), 1, 6, 2021);
		String[] args = { "--year", "2021", "--input", layout.input().toString(), "--output",
				temp.resolve("out").toString(), "--region", GeneratedRegionSet.PREFECTURE, "--regions",
				layout.registry().toString(), "--db", this.database.url(), "--threads", "2" };
		assertThat(consolidate(args)).contains("本次解析 6 个");
		String path = pathOfUnit(0);
		Path file = layout.input().resolve(path);
		assertThat(stored(path)).containsEntry("modified_at", Timestamp.from(RECEIVED))
			.containsEntry("arrived_at", Timestamp.from(RECEIVED));

		Instant savedAgain = Instant.parse("2022-02-01T08:30:00.123456789Z");
		Files.setLastModifiedTime(file, FileTime.from(savedAgain));
		Object checkedAt = stored(path).get("checked_at");
		assertThat(consolidate(args)).contains("本次解析 0 个").contains("无新增或修改的报告");
		assertThat(stored(path)).as("the new time remembered, the arrival and the result kept")
			.containsEntry("modified_at", Timestamp.from(Instant.parse("2022-02-01T08:30:00.123456Z")))
			.containsEntry("arrived_at", Timestamp.from(RECEIVED))
			.containsEntry("checked_at", checkedAt);

		// the same number of bytes, another figure, a later time: parsed again
		String text = Files.readString(file, StandardCharsets.UTF_8);
		String changed = bumpLastDigit(text);
		assertThat(changed.getBytes(StandardCharsets.UTF_8)).hasSize(text.getBytes(StandardCharsets.UTF_8).length);
		Files.writeString(file, changed, StandardCharsets.UTF_8);
		Files.setLastModifiedTime(file, FileTime.from(savedAgain.plusSeconds(60)));
		assertThat(consolidate(args)).contains("本次解析 1 个");
		assertThat(stored(path).get("checked_at")).isNotEqualTo(checkedAt);
		assertThat(this.jdbc.queryForObject("select count(*) from submission_version", Integer.class)).isEqualTo(7);

		// every version's figures as the figure table gives them (what jsonb_object_agg built before)
		List<Map<String, Object>> mismatches = this.jdbc.queryForList("""
				select v.source_file from submission_version v join submission s
					on s.year = v.year and s.scope_code = v.scope_code and s.sha256 = v.sha256
				where v.figures <> (select jsonb_object_agg(f.metric, f.value) from figure_cell f where f.submission_id = s.id)
					or v.figures::text <> (select jsonb_object_agg(f.metric, f.value) from figure_cell f
						where f.submission_id = s.id)::text""");
		assertThat(mismatches).isEmpty();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from submission_version v join submission s
					on s.year = v.year and s.scope_code = v.scope_code and s.sha256 = v.sha256""", Integer.class))
			.isEqualTo(6);
	}

	private String pathOfUnit(int index) {
		return this.jdbc.queryForObject("select source_file from submission order by unit_code offset ? limit 1",
				String.class, index);
	}

	private Map<String, Object> stored(String path) {
		return this.jdbc.queryForMap(
				"select modified_at, arrived_at, checked_at, size_bytes from submission where source_file = ?", path);
	}

	private static String bumpLastDigit(String text) {
		for (int i = text.length() - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				return text.substring(0, i) + ((c == '9') ? '8' : (char) (c + 1)) + text.substring(i + 1);
			}
		}
		throw new IllegalStateException("no digit");
	}

	private static String consolidate(String[] args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = XxgkRollupApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exitCode).as(err.toString(StandardCharsets.UTF_8)).isZero();
		return out.toString(StandardCharsets.UTF_8);
	}

}
