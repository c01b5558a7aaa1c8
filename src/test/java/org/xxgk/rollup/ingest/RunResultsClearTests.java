package org.xxgk.rollup.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clearing the checks across submissions sets every submission's status back to its file's own, and leaves the rows
 * whose status already is that alone: after a night's ingest that is nearly all of them, and rewriting each (40,000
 * rows at a country's units, each with its index entries) was 1.4 s of the step.
 */
@ExtendWith(TestDatabaseExtension.class)
class RunResultsClearTests {

	@Test
	void onlyStatusesTheChecksChangedAreWrittenBack(TestDatabase.Database database) {
		JdbcTemplate jdbc = database.migrated().jdbc();
		jdbc.update("""
				insert into submission (id, year, scope_code, source_file, unit_code, file_status, status, seen_run_id)
				values (1, 2021, '440882', 'a.txt', 'u1', 'accepted', 'accepted', 7),
					(2, 2021, '440882', 'b.txt', 'u2', 'accepted', 'accepted_with_warnings', 7),
					(3, 2021, '440882', 'c.txt', 'u3', 'accepted', 'identical_copy', 7),
					(4, 2021, '440882', 'd.txt', 'u4', 'rejected', 'rejected', 7),
					(5, 2021, '440882', null, 'u5', null, 'missing', 7)""");
		String versionsBefore = jdbc.queryForObject("select string_agg(id || ':' || xmin, ',' order by id) from submission",
				String.class);

		assertThat(new SubmissionRepository(jdbc).clearRunResults(2021, "440882", 7)).isEmpty();

		assertThat(jdbc.queryForList("select id || ' ' || status from submission order by id", String.class))
			.containsExactly("1 accepted", "2 accepted", "3 accepted", "4 rejected");
		// rows 1 and 4 are the versions they were: not written again
		String versionsAfter = jdbc.queryForObject("select string_agg(id || ':' || xmin, ',' order by id) from submission",
				String.class);
		assertThat(versionsAfter.split(",")[0]).isEqualTo(versionsBefore.split(",")[0]);
		assertThat(versionsAfter.split(",")[3]).isEqualTo(versionsBefore.split(",")[3]);
		assertThat(versionsAfter.split(",")[1]).isNotEqualTo(versionsBefore.split(",")[1]);
	}

}
