package org.xxgk.rollup.ingest;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.SourceFile;
import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.model.SubmissionStatus;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.validate.History;
import org.xxgk.rollup.validate.PriorReport;
import org.xxgk.rollup.validate.TextCopiedRule;

/**
 * Every write of the submission and finding tables: the ingest's checked submissions with their figures (long form)
 * and their own findings (origin {@code file}), and the checks across submissions (origin {@code run}: withdrawn
 * files, the run's findings and final statuses, the units that sent nothing); and it reads back what later runs and
 * later years need, and the final statuses the county's review decisions set ({@link #applyDecisions}). A run scope
 * is a year plus the region the run consolidates.
 */
public class SubmissionRepository implements History {

	/** Findings of a file's own content. */
	private static final String FILE_ORIGIN = "file";

	/** Findings of the checks across submissions, recomputed by every run that checks. */
	private static final String RUN_ORIGIN = "run";

	private final JdbcTemplate jdbc;

	/** Submissions this repository (one per run, shared by the partitions) has written. */
	private final AtomicLong written = new AtomicLong();

	public SubmissionRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What is stored for a page of paths, joined on the unique key (year, scope, file): an index lookup per path once
	 * the table has statistics ({@link #statisticsDue}). Parameters: the paths, the year, the scope.
	 */
	static final String STORED_FILES = """
			select stored.source_file, stored.sha256, stored.size_bytes, stored.modified_at, stored.check_key
			from unnest(?::text[]) as page (path)
				cross join lateral (select source_file, sha256, size_bytes, modified_at, check_key from submission
					where year = ? and scope_code = ? and source_file = page.path) as stored""";

	/** Deletes the stored results of a chunk's files, joined on the whole unique key. Parameters as above. */
	static final String DELETE_FILES = """
			delete from submission using unnest(?::text[]) as replaced (path)
			where submission.year = ? and submission.scope_code = ? and submission.source_file = replaced.path""";

	/** What the last run stored about each of {@code paths} (a page of them: one query); paths never stored are absent. */
	public Map<String, StoredFile> storedFiles(int year, String scopeCode, List<String> paths) {
		Map<String, StoredFile> stored = new HashMap<>();
		this.jdbc.query(STORED_FILES, (row) -> {
			Timestamp modified = row.getTimestamp("modified_at");
			stored.put(row.getString("source_file"), new StoredFile(row.getString("sha256"), row.getLong("size_bytes"),
					(modified != null) ? modified.toInstant() : null, row.getString("check_key")));
		}, textArray(paths), year, scopeCode);
		return stored;
	}

	/**
	 * What is stored for each listed file whose stored size and modification time are those listed (the files the
	 * quick check may settle unread), in one query over the whole listing: an index lookup per listed file.
	 */
	public Map<String, StoredFile> storedAsListed(int year, String scopeCode, List<ListedFile> listed) {
		Map<String, StoredFile> stored = new HashMap<>();
		if (listed.isEmpty()) {
			return stored;
		}
		this.jdbc.query("""
				select s.source_file, s.sha256, s.size_bytes, s.modified_at, s.check_key
				from unnest(?::text[], ?::bigint[], ?::timestamptz[]) as listed (path, size, modified)
					join submission s on s.year = ? and s.scope_code = ? and s.source_file = listed.path
						and s.size_bytes = listed.size and s.modified_at = listed.modified""", (row) -> {
			stored.put(row.getString(1), new StoredFile(row.getString(2), row.getLong(3),
					row.getTimestamp(4).toInstant(), row.getString(5)));
		}, textArray(listed.stream().map(ListedFile::path).toList()),
				listed.stream().map(ListedFile::size).toArray(Long[]::new),
				listed.stream().map((file) -> StoredFile.asStored(file.modified()).toString()).toArray(String[]::new),
				year, scopeCode);
		return stored;
	}

	/** A file as the folder's listing gives it: its key, size and modification time. */
	public record ListedFile(String path, long size, Instant modified) {

	}

	/**
	 * Marks files the quick check found unchanged as still present in this run, in one statement: their stored size
	 * and modification time are already those on disk.
	 */
	public void markSeen(int year, String scopeCode, long runId, Collection<String> paths) {
		if (paths.isEmpty()) {
			return;
		}
		this.jdbc.update("""
				update submission s set seen_run_id = ?
				from unnest(?::text[]) as f (path)
				where s.year = ? and s.scope_code = ? and s.source_file = f.path""", runId, paths.toArray(String[]::new),
				year, scopeCode);
	}

	/** The files of the scope this run has marked seen so far (the quick check's, before the ingest reads any). */
	public Set<String> seenBy(int year, String scopeCode, long runId) {
		return new HashSet<>(this.jdbc.queryForList(
				"select source_file from submission where year = ? and scope_code = ? and seen_run_id = ?", String.class,
				year, scopeCode, runId));
	}

	/**
	 * Marks unchanged files as still present in this run (files not seen by a run are withdrawn) and remembers their
	 * size and modification time for the next run's quick check, in one statement.
	 */
	public void markSeen(int year, String scopeCode, long runId, List<SourceFile> files) {
		if (files.isEmpty()) {
			return;
		}
		this.jdbc.update("""
				update submission s set seen_run_id = ?, size_bytes = f.size, modified_at = f.modified
				from unnest(?::text[], ?::bigint[], ?::timestamptz[]) as f (path, size, modified)
				where s.year = ? and s.scope_code = ? and s.source_file = f.path""", runId,
				textArray(files.stream().map(SourceFile::path).toList()),
				files.stream().map(SourceFile::size).toArray(Long[]::new),
				// as text: the driver sends no timestamp arrays
				files.stream().map((file) -> StoredFile.asStored(file.lastModified()).toString()).toArray(String[]::new),
				year, scopeCode);
	}

	/**
	 * Replaces whatever was stored for each file's path with its new result, in a few statements per chunk: the
	 * submissions' ids reserved in one call, the submissions in one batch (rewritten by the driver into multi-row
	 * inserts), their figures in one COPY, their findings and versions in one batch each.
	 */
	public void replace(int year, String scopeCode, long runId, List<? extends CheckedSubmission.NewResult> checked) {
		if (checked.isEmpty()) {
			return;
		}
		this.jdbc.update(DELETE_FILES, textArray(checked.stream().map((one) -> one.source().path()).toList()), year,
				scopeCode);
		List<Long> ids = this.jdbc.queryForList("select nextval('submission_id_seq') from generate_series(1, ?)",
				Long.class, checked.size());
		FigureCopy.Chunk figures = new FigureCopy.Chunk();
		List<Object[]> submissions = new ArrayList<>(checked.size());
		List<Object[]> findings = new ArrayList<>();
		List<Object[]> versions = new ArrayList<>();
		for (int i = 0; i < checked.size(); i++) {
			CheckedSubmission.NewResult one = checked.get(i);
			long id = ids.get(i);
			// only a parsed file has a report: figures and, when matched to a unit, a version of what the unit sent
			Report report = (one instanceof CheckedSubmission.Parsed parsed) ? parsed.report() : null;
			submissions.add(submissionRow(id, year, scopeCode, runId, one, report));
			String unitCode = (one.unit() != null) ? one.unit().code() : null;
			if (report != null) {
				figures.add(id, report);
			}
			findings.addAll(findingRows(year, scopeCode, id, unitCode, FILE_ORIGIN, one.findings()));
			// a version is a report the unit sent: a file that could not be read is none
			if (unitCode != null && report != null) {
				versions.add(new Object[] { year, scopeCode, unitCode, one.source().sha256(), one.source().path(),
						timestamp(one.arrivedAt()), FigureVersions.json(report) });
			}
		}
		this.jdbc.batchUpdate("""
				insert into submission (id, year, scope_code, source_file, sha256, size_bytes, modified_at, check_key,
					unit_code, unit_name, stated_unit, stated_year, title, template, file_status, status, prose,
					arrived_at, seen_run_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", submissions);
		// COPY on the chunk's own connection, so the figures commit or roll back with their submissions
		this.jdbc.execute((Connection connection) -> figures.copy(connection));
		insertFindings(findings);
		recordVersions(versions);
		long total = this.written.addAndGet(checked.size());
		if (statisticsDue(total - checked.size(), total)) {
			refreshStatistics();
		}
	}

	/**
	 * Whether the table has grown past the next of 1,000, 2,000, 4,000… rows written by this run. A first run fills an
	 * empty table whose statistics (none, or "empty") make the planner scan all stored rows for each chunk's lookups
	 * (quadratic: a minute of PostgreSQL at 40,000 files), and autovacuum may be off or late; refreshing them as the
	 * table doubles costs a dozen small ANALYZEs.
	 */
	static boolean statisticsDue(long before, long after) {
		for (long threshold = 1_000; threshold <= after; threshold *= 2) {
			if (before < threshold) {
				return true;
			}
		}
		return false;
	}

	/** Fresh planner statistics of the submission table (a sample; a fraction of a second). */
	void refreshStatistics() {
		this.jdbc.execute("analyze submission");
	}

	/**
	 * Keeps each new content (SHA-256) a unit submits as a version with its arrival and figures; a content already
	 * on record keeps its first arrival. Versions outlive the submission rows that reruns replace.
	 */
	private void recordVersions(List<Object[]> versions) {
		if (versions.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("""
				insert into submission_version (year, scope_code, unit_code, sha256, source_file, arrived_at, figures)
				values (?, ?, ?, ?, ?, ?, ?::jsonb)
				on conflict do nothing""", versions);
	}

	private static Object[] submissionRow(long id, int year, String scopeCode, long runId,
			CheckedSubmission.NewResult checked, Report report) {
		Region unit = checked.unit();
		return new Object[] { id, year, scopeCode, checked.source().path(), checked.source().sha256(),
				checked.source().size(),
				// none for a file that could not be looked at (no permission): the next run reads it again
				(checked.source().lastModified() != null)
						? Timestamp.from(StoredFile.asStored(checked.source().lastModified())) : null,
				checked.checkKey(), (unit != null) ? unit.code() : null, (unit != null) ? unit.name() : null,
				(report != null) ? report.statedUnit() : null, (report != null) ? report.year() : null,
				(report != null) ? report.title() : null,
				(report != null && report.template() != null) ? report.template().code() : null,
				checked.fileStatus().sql(), checked.fileStatus().sql(), (report != null) ? TextCopiedRule.prose(report) : "",
				timestamp(checked.arrivedAt()), runId };
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	/** A text[] parameter ({@code = any(?)}, {@code unnest(?)}): the driver sends a String[] as one. */
	private static String[] textArray(List<String> texts) {
		return texts.toArray(String[]::new);
	}

	/** A finding of the checks across submissions on one stored submission of a unit. */
	public record RunFinding(long submissionId, String unitCode, Finding finding) {

	}

	/** A unit of the run's region that sent nothing at all: its SUBMISSION-MISSING finding. */
	public record MissingUnit(String unitCode, String unitName, Finding finding) {

	}

	/**
	 * Drops what the checks across submissions stored last time for the scope: the units that sent nothing ('missing'
	 * rows), the files the run did not see (withdrawn: gone from the input folder), the run's findings, and every
	 * submission's status back to its file's own. Returns the withdrawn files' paths.
	 */
	public List<String> clearRunResults(int year, String scopeCode, long runId) {
		this.jdbc.update("delete from submission where year = ? and scope_code = ? and status = ?", year, scopeCode,
				SubmissionStatus.MISSING.sql());
		List<String> withdrawn = this.jdbc.queryForList("""
				delete from submission where year = ? and scope_code = ? and seen_run_id is distinct from ?
				returning source_file""", String.class, year, scopeCode, runId);
		this.jdbc.update("delete from finding where year = ? and scope_code = ? and origin = ?", year, scopeCode,
				RUN_ORIGIN);
		// only the rows whose status differs: after an ingest most or all are equal, and rewriting every row (a new
		// version of each, with an entry in each of the table's indexes) took 1.4 s of 40,000 units' step, now 0.1
		this.jdbc.update("""
				update submission set status = file_status
				where year = ? and scope_code = ? and status is distinct from file_status""", year, scopeCode);
		return withdrawn;
	}

	/** Deletes one rule's findings of these submissions, whatever their origin. */
	public void dropFindings(Collection<Long> submissionIds, String rule) {
		this.jdbc.batchUpdate("delete from finding where submission_id = ? and rule = ?",
				submissionIds.stream().map((id) -> new Object[] { id, rule }).toList());
	}

	/** Stores findings of the checks across submissions and the statuses they change, in two batches. */
	public void storeRunResults(int year, String scopeCode, List<RunFinding> findings,
			Map<Long, SubmissionStatus> statuses) {
		List<Object[]> rows = new ArrayList<>(findings.size());
		for (RunFinding one : findings) {
			rows.add(findingRow(year, scopeCode, one.submissionId(), one.unitCode(), RUN_ORIGIN, one.finding()));
		}
		insertFindings(rows);
		this.jdbc.batchUpdate("update submission set status = ? where id = ?", statuses.entrySet()
			.stream()
			.map((status) -> new Object[] { status.getValue().sql(), status.getKey() })
			.toList());
	}

	/**
	 * Sets each decided submission's final status from its findings and the county's review decisions on them
	 * (review_decision, through the view finding_decision), after the run's own checks: a dismissed finding no longer
	 * counts, an included error keeps its finding but lets the report into the totals (accepted_with_warnings). Only
	 * decisions on the submission's current content apply; one set-based statement. A file that yielded no report
	 * (FILE-UNREADABLE, FILE-TOO-LARGE) stays rejected whatever is decided: it has no figures to count. Returns how
	 * many changed.
	 */
	public int applyDecisions(int year, String scopeCode) {
		return this.jdbc.update("""
				update submission set status = decided.status
				from (
					select finding.submission_id as id,
						case
							when bool_or(finding.origin = 'file' and finding.rule in ('%s', '%s'))
									or bool_or(finding.severity = 'error'
										and not coalesce(decision.applies and decision.decision in ('dismiss', 'include'),
											false))
								then '%s'
							when bool_or(finding.severity = 'error'
									and coalesce(decision.applies and decision.decision = 'include', false))
									or bool_or(finding.severity = 'warning'
										and not coalesce(decision.applies and decision.decision = 'dismiss', false))
								then '%s'
							else '%s'
						end as status,
						coalesce(bool_or(decision.applies), false) as decided
					from finding left join finding_decision as decision on decision.finding_id = finding.id
					where finding.year = ? and finding.scope_code = ? and finding.submission_id is not null
						and exists (select 1 from review_decision where review_decision.year = finding.year
							and review_decision.scope_code = finding.scope_code)
					group by finding.submission_id
				) as decided
				where submission.id = decided.id and decided.decided
					and submission.status <> '%s' and submission.status <> '%s'
					and submission.status <> decided.status""".formatted(Rule.FILE_UNREADABLE.id(), Rule.FILE_TOO_LARGE.id(),
				SubmissionStatus.REJECTED.sql(),
				SubmissionStatus.ACCEPTED_WITH_WARNINGS.sql(), SubmissionStatus.ACCEPTED.sql(),
				SubmissionStatus.MISSING.sql(), SubmissionStatus.IDENTICAL_COPY.sql()), year, scopeCode);
	}

	/**
	 * A 'missing' row for each unit that sent nothing (so the submission list names every unit), with its finding
	 * attached to that row.
	 */
	public void recordMissing(int year, String scopeCode, long runId, List<MissingUnit> units) {
		this.jdbc.batchUpdate("""
				insert into submission (year, scope_code, unit_code, unit_name, status, seen_run_id)
				values (?, ?, ?, ?, ?, ?)""", units.stream()
			.map((unit) -> new Object[] { year, scopeCode, unit.unitCode(), unit.unitName(),
					SubmissionStatus.MISSING.sql(), runId })
			.toList());
		this.jdbc.batchUpdate("""
				insert into finding (year, scope_code, submission_id, unit_code, origin, rule, severity, metric,
					location, expected, actual, message)
				select v.year, v.scope_code, s.id, v.unit_code, v.origin, v.rule, v.severity, v.metric, v.location,
					v.expected, v.actual, v.message
				from (select ?::int as year, ?::text as scope_code, ?::bigint as submission_id, ?::text as unit_code,
					?::text as origin, ?::text as rule, ?::text as severity, ?::text as metric, ?::text as location,
					?::text as expected, ?::text as actual, ?::text as message) v
				left join submission s on s.year = v.year and s.scope_code = v.scope_code
					and s.unit_code = v.unit_code and s.status = '%s'""".formatted(SubmissionStatus.MISSING.sql()),
				units.stream()
					.map((unit) -> findingRow(year, scopeCode, null, unit.unitCode(), RUN_ORIGIN, unit.finding()))
					.toList());
	}

	/** Stores findings given as rows of {@link #findingRow}, in one batch. */
	private void insertFindings(List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("""
				insert into finding (year, scope_code, submission_id, unit_code, origin, rule, severity, metric,
					location, expected, actual, message)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	private static List<Object[]> findingRows(int year, String scopeCode, Long submissionId, String unitCode,
			String origin, List<Finding> findings) {
		List<Object[]> rows = new ArrayList<>(findings.size());
		for (Finding finding : findings) {
			rows.add(findingRow(year, scopeCode, submissionId, unitCode, origin, finding));
		}
		return rows;
	}

	private static Object[] findingRow(int year, String scopeCode, Long submissionId, String unitCode, String origin,
			Finding finding) {
		return new Object[] { year, scopeCode, submissionId, unitCode, origin, finding.rule(), finding.severity().code(),
				finding.metric(), finding.location(), finding.expected(), finding.actual(), finding.message() };
	}

	/**
	 * A fingerprint of what {@link #accepted} can return for {@code units} in {@code year}: every accepted submission
	 * of that year (any scope), by id and status. A file rewritten gets a new id, so last year's reports corrected,
	 * withdrawn or re-consolidated change it, and with it the check key of this year's files whose rules read them
	 * (CARRY-OVER, IN-FORCE-CONTINUITY, YEAR-OVER-YEAR-OUTLIER).
	 */
	public String acceptedFingerprint(int year, List<String> units) {
		return this.jdbc.queryForObject("""
				select md5(coalesce(string_agg(unit_code || ':' || id || ':' || status, ',' order by unit_code, id), ''))
				from submission
				where year = ? and unit_code = any(?::text[]) and status in (%s)""".formatted(SubmissionStatus.countedSql()),
				String.class, year, textArray(units));
	}

	/**
	 * This repository as the history of {@code units} in {@code year}, asked for each file the ingest checks: the
	 * units with an accepted report that year are read once, and only theirs are queried. A first year, or a run
	 * whose units are new, asks the database nothing per file (40,000 empty look-ups at 40,000 units). The ingest
	 * writes only its own year, so the set stays true for the run, as {@link #acceptedFingerprint} does.
	 */
	public History historyOf(int year, List<String> units) {
		Set<String> reported = new HashSet<>(this.jdbc.queryForList("""
				select distinct unit_code from submission
				where year = ? and unit_code = any(?::text[]) and status in (%s)""".formatted(SubmissionStatus.countedSql()),
				String.class, year, textArray(units)));
		return (unitCode, asked) -> (asked == year && !reported.contains(unitCode)) ? Optional.empty()
				: accepted(unitCode, asked);
	}

	/** The unit's accepted report of {@code year}, from any run scope (the latest checked one), in one query. */
	@Override
	public Optional<PriorReport> accepted(String unitCode, int year) {
		Map<String, BigDecimal> figures = new LinkedHashMap<>();
		List<PriorReport> found = new ArrayList<>(1);
		this.jdbc.query("""
				select s.template, s.prose, m.code as metric, f.value
				from (select id, template, prose from submission
					where unit_code = ? and year = ? and status in (%s)
					order by checked_at desc limit 1) s
				left join figure f on f.submission_id = s.id
				left join metric m on m.key = f.metric_key
				order by m.code""".formatted(SubmissionStatus.countedSql()), (row) -> {
			if (found.isEmpty()) {
				String template = row.getString("template");
				found.add(new PriorReport(year, (template != null) ? Template.ofCode(template) : null, figures,
						row.getString("prose")));
			}
			String metric = row.getString("metric");
			if (metric != null) {
				figures.put(metric, row.getBigDecimal("value"));
			}
		}, unitCode, year);
		return found.stream().findFirst();
	}

}
