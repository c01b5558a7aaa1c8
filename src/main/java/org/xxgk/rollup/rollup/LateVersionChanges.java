package org.xxgk.rollup.rollup;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.validate.VersionChange;

/**
 * VERSION-CHANGED for a run scope: each current submission whose content first arrived after the deadline while the
 * unit had sent a different version by the deadline (the latest such is compared). A change before the deadline is
 * normal; a unit's first version arriving late is SUBMISSION-LATE's affair. Only late contents are looked at, so this
 * reads a handful of rows even for a country.
 */
class LateVersionChanges {

	private final JdbcTemplate jdbc;

	LateVersionChanges(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The findings by submission id. */
	Map<Long, Finding> find(int year, String scope, Instant lateFrom) {
		Map<Long, Finding> findings = new HashMap<>();
		Timestamp late = Timestamp.from(lateFrom);
		this.jdbc.query("""
				select s.id, s.source_file, current.sha256, current.arrived_at, current.figures,
					earlier.sha256 as earlier_sha256, earlier.arrived_at as earlier_arrived_at,
					earlier.figures as earlier_figures
				from submission s
				join submission_version current on current.year = s.year and current.scope_code = s.scope_code
					and current.unit_code = s.unit_code and current.sha256 = s.sha256
				join lateral (select v.sha256, v.arrived_at, v.figures from submission_version v
					where v.year = s.year and v.scope_code = s.scope_code and v.unit_code = s.unit_code
						and v.sha256 <> s.sha256 and v.arrived_at < ?
					order by v.arrived_at desc limit 1) earlier on true
				where s.year = ? and s.scope_code = ? and s.unit_code is not null and current.arrived_at >= ?""",
				(row) -> {
					VersionChange change = new VersionChange(row.getString("source_file"),
							version(row, "earlier_sha256", "earlier_arrived_at", "earlier_figures"),
							version(row, "sha256", "arrived_at", "figures"));
					findings.put(row.getLong("id"), change.finding());
				}, late, year, scope, late);
		return findings;
	}

	private VersionChange.Version version(ResultSet row, String sha256, String arrivedAt, String figures)
			throws SQLException {
		Timestamp arrived = row.getTimestamp(arrivedAt);
		return new VersionChange.Version(row.getString(sha256), (arrived != null) ? arrived.toInstant() : null,
				figures(row.getString(figures)));
	}

	/** A version's figures from their jsonb (numbers or nulls), parsed by PostgreSQL itself. */
	private Map<String, BigDecimal> figures(String json) {
		Map<String, BigDecimal> figures = new LinkedHashMap<>();
		this.jdbc.query("select key, value from jsonb_each_text(?::jsonb)", (row) -> {
			String value = row.getString("value");
			figures.put(row.getString("key"), (value != null) ? new BigDecimal(value) : null);
		}, json);
		return figures;
	}

}
