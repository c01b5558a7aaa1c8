package org.xxgk.rollup.console;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.SubmissionStatus;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.model.UnitStatus;

/** What the console's pages show, read from the tables the last run left (one query a page part). */
public class ConsoleQueries {

	private final JdbcTemplate jdbc;

	private final MetricCatalog catalog = MetricCatalog.standard();

	/** Each metric's place in the form (metrics.csv order), to list figures as the form does. */
	private final java.util.Map<String, Integer> positions = new java.util.HashMap<>();

	public ConsoleQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.catalog.all().forEach((metric) -> this.positions.put(metric.code(), this.positions.size()));
	}

	/** The run scope shown: the region and the year of its last completed run. */
	public record Scope(String regionCode, String regionName, int year, OffsetDateTime runAt) {

	}

	/** A county total with the metric's label and how many units reported it. */
	public record Total(String metric, String label, BigDecimal value, int unitsReported, int unitsExpected) {

	}

	/**
	 * A unit with its one status (the view {@code unit_status}, as the page, the workbook and the letters show it),
	 * whether a decision let it into the totals, its findings (open and decided), and the name it is shown by (with
	 * its code where another unit of the scope bears its name).
	 */
	public record UnitRow(String code, String name, UnitStatus status, boolean included, int openFindings,
			int decidedFindings, String shownName) {

		public String statusText() {
			return this.status.chinese();
		}

	}

	/** A submitted file of a unit. */
	public record SubmissionRow(long id, String sourceFile, String sha256, String template, String status) {

		public String statusText() {
			return SubmissionStatus.ofSql(this.status).chinese();
		}

	}

	/** A figure as read (where from, the text as written) and used (the value, corrected or not). */
	public record FigureRow(String metric, String label, String raw, BigDecimal value, String location,
			BigDecimal publishedValue, String correctionReason) {

		public boolean corrected() {
			return this.correctionReason != null;
		}

	}

	/** A finding with the decision shown beside it, and where it is in the form's words ({@code place}). */
	public record FindingRow(String rule, String severity, String metric, String location, String expected,
			String actual, String message, String decision, String decisionNote, String place) {

		public boolean isError() {
			return this.severity.equals("error");
		}

	}

	/** A decision or a correction of the scope, newest first. */
	public record HistoryRow(OffsetDateTime at, String who, String unitName, String what, String detail,
			String reason, String sha256) {

	}

	/**
	 * The name a unit (a row of {@code region}) is shown by, as every output shows it: with its code where another
	 * unit of the scope's latest run (its unit_status rows) bears the same name (城关镇（441001101）).
	 */
	private static String shownName(String year, String scope) {
		return """
				region.name || case when exists (select from unit_status as other join region as namesake
						on namesake.code = other.unit_code
					where other.year = %s and other.scope_code = %s and namesake.name = region.name
						and namesake.code <> region.code)
					then '（' || region.code || '）' else '' end""".formatted(year, scope);
	}

	public Optional<Scope> scope(String regionCode, Integer year) {
		return this.jdbc.query("""
				select region.code as region_code, region.name as region_name, run.year, run.finished_at as run_at
				from run_summary as run join region on region.code = run.scope_code
				where run.scope_code = ? and (?::int is null or run.year = ?) and run.finished_at is not null
				order by run.finished_at desc limit 1""", new DataClassRowMapper<>(Scope.class), regionCode, year, year)
			.stream()
			.findFirst();
	}

	public List<Total> totals(Scope scope) {
		return this.jdbc
			.query("""
					select metric, value, units_reported, units_expected from region_total
					where year = ? and region_code = ?""", (row, i) -> new Total(row.getString(1),
					label(row.getString(1)), row.getBigDecimal(2), row.getInt(3), row.getInt(4)), scope.year(),
					scope.regionCode())
			.stream()
			.sorted(java.util.Comparator.comparingInt((Total total) -> position(total.metric())))
			.toList();
	}

	public List<UnitRow> units(Scope scope) {
		return this.jdbc.query("""
				select region.code, region.name, unit_status.unit_status,
					exists (select 1 from finding join finding_decision as decision on decision.finding_id = finding.id
						where finding.year = ? and finding.scope_code = ? and finding.unit_code = region.code
							and decision.applies and decision.decision = 'include') as included,
					(select count(*) from finding left join finding_decision as decision
							on decision.finding_id = finding.id
						where finding.year = ? and finding.scope_code = ? and finding.unit_code = region.code
							and not coalesce(decision.applies and decision.decision in ('dismiss', 'include'), false))
						as open_findings,
					(select count(*) from finding join finding_decision as decision on decision.finding_id = finding.id
						where finding.year = ? and finding.scope_code = ? and finding.unit_code = region.code
							and decision.applies) as decided_findings,
					%s as shown_name
				from unit_status join region on region.code = unit_status.unit_code
				where unit_status.year = ? and unit_status.scope_code = ? and region.level = 'unit'
				order by region.code""".formatted(shownName("unit_status.year", "unit_status.scope_code")),
				(row, i) -> new UnitRow(row.getString(1), row.getString(2), UnitStatus.ofSql(row.getString(3)),
						row.getBoolean(4), row.getInt(5), row.getInt(6), row.getString(7)),
				scope.year(), scope.regionCode(), scope.year(), scope.regionCode(), scope.year(), scope.regionCode(),
				scope.year(), scope.regionCode());
	}

	public Optional<UnitRow> unit(Scope scope, String code) {
		return units(scope).stream().filter((unit) -> unit.code().equals(code)).findFirst();
	}

	public List<SubmissionRow> submissions(Scope scope, String unitCode) {
		return this.jdbc.query("""
				select id, coalesce(source_file, '') as source_file, coalesce(sha256, '') as sha256,
					coalesce(template, '') as template, status
				from submission where year = ? and scope_code = ? and unit_code = ? order by source_file nulls first""",
				new DataClassRowMapper<>(SubmissionRow.class), scope.year(), scope.regionCode(), unitCode);
	}

	public List<FigureRow> figures(Scope scope, long submissionId) {
		return this.jdbc
			.query("""
					select figure.metric, figure.raw, figure.value, figure.location, correction.published_value,
						correction.reason
					from figure_cell as figure join submission on submission.id = figure.submission_id
						left join current_correction as correction on correction.year = submission.year
							and correction.scope_code = submission.scope_code and correction.sha256 = submission.sha256
							and correction.metric = figure.metric
					where figure.submission_id = ?""", (row, i) -> new FigureRow(row.getString(1),
					label(row.getString(1)), row.getString(2), row.getBigDecimal(3), row.getString(4),
					row.getBigDecimal(5), row.getString(6)), submissionId)
			.stream()
			.sorted(java.util.Comparator.comparingInt((FigureRow figure) -> position(figure.metric())))
			.toList();
	}

	public List<FindingRow> findings(Scope scope, String unitCode) {
		return this.jdbc.query("""
				select finding.rule, finding.severity, coalesce(finding.metric, '') as metric,
					coalesce(finding.location, '') as location, coalesce(finding.expected, '') as expected,
					coalesce(finding.actual, '') as actual, finding.message,
					case when decision.applies then decision.decision else '' end as decision,
					xxgk_decision_note(decision.applies, decision.decision, decision.reason, decision.decided_by,
						decision.decided_at) as decision_note, coalesce(submission.template, '') as template
				from finding left join finding_decision as decision on decision.finding_id = finding.id
					left join submission on submission.id = finding.submission_id
				where finding.year = ? and finding.scope_code = ? and finding.unit_code = ?
				order by case finding.severity when 'error' then 0 else 1 end, finding.id""",
				(row, i) -> new FindingRow(row.getString("rule"), row.getString("severity"), row.getString("metric"),
						row.getString("location"), row.getString("expected"), row.getString("actual"),
						row.getString("message"), row.getString("decision"), row.getString("decision_note"),
						place(row.getString("metric"), row.getString("template"), row.getString("location"))),
				scope.year(), scope.regionCode(), unitCode);
	}

	/**
	 * Where a finding is, as the letters and the overview say it: the form's table, row and column, then where in the
	 * file; 整份报告 for a finding about the whole report.
	 */
	private String place(String metric, String template, String location) {
		String form = metric.isBlank() ? ""
				: this.catalog.find(metric)
					.map((found) -> found.place(template.isBlank() ? null : Template.ofCode(template)))
					.orElse("");
		if (form.isEmpty()) {
			return location.isBlank() ? "整份报告" : location;
		}
		return location.isBlank() ? form : form + "（" + location + "）";
	}

	public List<HistoryRow> history(Scope scope) {
		return this.jdbc.query("""
				select at, who, unit_name, what, detail, reason, sha256 from (
					select decision.decided_at as at, decision.decided_by as who,
						coalesce(%1$s, decision.unit_code) as unit_name,
						xxgk_decision_wording(decision.decision) as what,
						decision.rule || case when decision.metric = '' then '' else '（' || decision.metric || '）' end
							as detail, decision.reason, coalesce(decision.sha256, '') as sha256
					from review_decision as decision left join region on region.code = decision.unit_code
					where decision.year = ? and decision.scope_code = ?
					union all
					select correction.corrected_at, correction.corrected_by, coalesce(%2$s, correction.unit_code),
						'经核实更正', correction.metric || '：' || coalesce(trim_scale(correction.published_value)::text,
							'（空）') || ' → ' || trim_scale(correction.value)::text, correction.reason, correction.sha256
					from review_correction as correction left join region on region.code = correction.unit_code
					where correction.year = ? and correction.scope_code = ?) as history
				order by at desc, unit_name""".formatted(shownName("decision.year", "decision.scope_code"),
				shownName("correction.year", "correction.scope_code")), new DataClassRowMapper<>(HistoryRow.class), scope.year(),
				scope.regionCode(), scope.year(), scope.regionCode());
	}

	private String label(String metric) {
		return this.catalog.find(metric).map((found) -> found.displayLabel()).orElse(metric);
	}

	private int position(String metric) {
		return this.positions.getOrDefault(metric, this.positions.size());
	}

}
