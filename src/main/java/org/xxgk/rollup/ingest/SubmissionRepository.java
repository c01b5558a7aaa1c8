package org.xxgk.rollup.ingest;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.validate.Finding;
import org.xxgk.rollup.validate.History;
import org.xxgk.rollup.validate.PriorReport;
import org.xxgk.rollup.validate.TextCopiedRule;

/**
 * Stores checked submissions, their figures (long form) and their own findings, and reads back what later runs and
 * later years need. A run scope is a year plus the region the run consolidates.
 */
public class SubmissionRepository implements History {

	static final List<String> ACCEPTED = List.of("accepted", "accepted_with_warnings");

	private final JdbcTemplate jdbc;

	public SubmissionRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the file at {@code path} was already checked with exactly these inputs. */
	public boolean isUnchanged(int year, String scopeCode, String path, String checkKey) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from submission where year = ? and scope_code = ? and source_file = ? and check_key = ?)",
				Boolean.class, year, scopeCode, path, checkKey));
	}

	/** Marks unchanged files as still present in this run (files not seen by a run are withdrawn), in one batch. */
	public void markSeen(int year, String scopeCode, List<String> paths, long runId) {
		this.jdbc.batchUpdate("update submission set seen_run_id = ? where year = ? and scope_code = ? and source_file = ?",
				paths.stream().map((path) -> new Object[] { runId, year, scopeCode, path }).toList());
	}

	/**
	 * Replaces whatever was stored for each file's path with its new result; the figures of all the files go in one
	 * COPY, their findings in one batch (rewritten by the driver into multi-row inserts).
	 */
	public void replace(int year, String scopeCode, long runId, List<CheckedSubmission> checked) {
		if (checked.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("delete from submission where year = ? and scope_code = ? and source_file = ?",
				checked.stream().map((one) -> new Object[] { year, scopeCode, one.source().path() }).toList());
		java.io.ByteArrayOutputStream figures = new java.io.ByteArrayOutputStream();
		List<Object[]> findings = new ArrayList<>();
		List<Long> ids = new ArrayList<>(checked.size());
		for (CheckedSubmission one : checked) {
			long id = insertSubmission(year, scopeCode, runId, one);
			ids.add(id);
			if (one.report() != null) {
				figures.writeBytes(FigureCopy.lines(id, one.report()));
			}
			findings.addAll(findingRows(year, scopeCode, id, (one.unit() != null) ? one.unit().code() : null, "file",
					one.findings()));
		}
		// COPY on the chunk's own connection, so the figures commit or roll back with their submissions
		this.jdbc.execute((java.sql.Connection connection) -> FigureCopy.copy(connection, "figure", figures.toByteArray()));
		insertFindings(findings);
		recordVersions(ids);
	}

	/**
	 * Keeps each new content (SHA-256) a unit submits as a version with its arrival and figures; a content already
	 * on record keeps its first arrival. Versions outlive the submission rows that reruns replace.
	 */
	private void recordVersions(List<Long> submissionIds) {
		this.jdbc.update("""
				insert into submission_version (year, scope_code, unit_code, sha256, source_file, arrived_at, figures)
				select s.year, s.scope_code, s.unit_code, s.sha256, s.source_file, s.arrived_at,
					coalesce((select jsonb_object_agg(f.metric, f.value) from figure f where f.submission_id = s.id),
						'{}')
				from submission s
				where s.id = any(?) and s.unit_code is not null and s.sha256 is not null
				on conflict do nothing""", (java.sql.PreparedStatement statement) -> statement.setArray(1,
				statement.getConnection().createArrayOf("bigint", submissionIds.toArray())));
	}

	private long insertSubmission(int year, String scopeCode, long runId, CheckedSubmission checked) {
		Report report = checked.report();
		Long id = this.jdbc.queryForObject("""
				insert into submission (year, scope_code, source_file, sha256, size_bytes, check_key, unit_code,
					unit_name, stated_unit, stated_year, title, template, file_status, status, prose, arrived_at,
					seen_run_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id""", Long.class, year, scopeCode, checked.source().path(), checked.source().sha256(),
				checked.source().size(), checked.checkKey(),
				(checked.unit() != null) ? checked.unit().code() : null,
				(checked.unit() != null) ? checked.unit().name() : null,
				(report != null) ? report.statedUnit() : null, (report != null) ? report.year() : null,
				(report != null) ? report.title() : null,
				(report != null && report.template() != null) ? report.template().code() : null,
				checked.fileStatus(), checked.fileStatus(), (report != null) ? TextCopiedRule.prose(report) : "",
				(checked.arrivedAt() != null) ? Timestamp.from(checked.arrivedAt()) : null, runId);
		return id;
	}

	/** Stores findings of one origin ({@code file}: the file's own content; {@code run}: across submissions). */
	public void insertFindings(int year, String scopeCode, Long submissionId, String unitCode, String origin,
			List<Finding> findings) {
		insertFindings(findingRows(year, scopeCode, submissionId, unitCode, origin, findings));
	}

	/** Stores findings given as rows of {@link #findingRows}, in one batch. */
	public void insertFindings(List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("""
				insert into finding (year, scope_code, submission_id, unit_code, origin, rule, severity, metric,
					location, expected, actual, message)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	public static List<Object[]> findingRows(int year, String scopeCode, Long submissionId, String unitCode,
			String origin, List<Finding> findings) {
		List<Object[]> rows = new ArrayList<>(findings.size());
		for (Finding finding : findings) {
			rows.add(new Object[] { year, scopeCode, submissionId, unitCode, origin, finding.rule(),
					finding.severity().code(), finding.metric(), finding.location(), finding.expected(),
					finding.actual(), finding.message() });
		}
		return rows;
	}

	/** The unit's accepted report of {@code year}, from any run scope (the latest checked one). */
	@Override
	public Optional<PriorReport> accepted(String unitCode, int year) {
		List<Map<String, Object>> submissions = this.jdbc.queryForList("""
				select id, template, prose from submission
				where unit_code = ? and year = ? and status in ('accepted', 'accepted_with_warnings')
				order by checked_at desc limit 1""", unitCode, year);
		if (submissions.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> submission = submissions.get(0);
		Map<String, BigDecimal> figures = new LinkedHashMap<>();
		this.jdbc.query("select metric, value from figure where submission_id = ? order by metric",
				(row) -> {
					figures.put(row.getString("metric"), row.getBigDecimal("value"));
				}, submission.get("id"));
		String template = (String) submission.get("template");
		return Optional.of(new PriorReport(year, (template != null) ? Template.ofCode(template) : null, figures,
				(String) submission.get("prose")));
	}


}
