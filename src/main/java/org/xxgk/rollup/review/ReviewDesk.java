package org.xxgk.rollup.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.model.SubmissionStatus;

/**
 * Where decisions and corrections are recorded, whichever way they come in (jobs/decide, the console, the offline
 * sheet): each is checked against the findings and figures of the last run, so nothing is recorded for a finding that
 * does not exist, and stored in {@code review_decision} / {@code review_correction} (never changed, never deleted).
 * They take effect at the next run of the scope.
 */
public class ReviewDesk {

	private final JdbcTemplate jdbc;

	public ReviewDesk(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A finding a decision was recorded on: the unit, rule, metric (empty for none) and the content decided on. */
	public record Recorded(String unitCode, String unitName, String rule, String metric, String sha256) {

	}

	/**
	 * Records the decision on every current finding it names (one row per metric and content); refused when it names
	 * none, or when {@code include} names a finding that is not an error.
	 */
	public List<Recorded> decide(DecisionRequest request) throws ReviewRefused {
		requireText(request.reason(), "须写明理由");
		requireText(request.decidedBy(), "须写明决定人");
		Unit unit = unit(request.year(), request.scopeCode(), request.unit());
		List<Map<String, Object>> findings = this.jdbc.queryForList("""
				select distinct coalesce(finding.metric, '') as metric, submission.sha256, finding.severity
				from finding left join submission on submission.id = finding.submission_id
				where finding.year = ? and finding.scope_code = ? and finding.unit_code = ? and finding.rule = ?
					and (?::text is null or coalesce(finding.metric, '') = ?)
					and (?::text is null or coalesce(submission.sha256, '') = ?)
				order by 1, 2""", request.year(), request.scopeCode(), unit.code(), request.rule(), request.metric(),
				request.metric(), request.sha256(), request.sha256());
		if (findings.isEmpty()) {
			List<String> current = this.jdbc.queryForList("""
					select distinct rule || case when metric is null then '' else '（' || metric || '）' end
					from finding where year = ? and scope_code = ? and unit_code = ? order by 1""", String.class,
					request.year(), request.scopeCode(), unit.code());
			throw new ReviewRefused(unit.name() + " " + request.year() + "年度当前没有规则 " + request.rule()
					+ ((request.metric() != null) ? "、指标 " + request.metric() : "") + " 的审核发现，未记录决定。"
					+ (current.isEmpty() ? "该单位当前没有任何审核发现。" : "该单位当前的审核发现：" + String.join("、", current)));
		}
		// a file that yielded no report has no figures to count: only its confirmation can be recorded
		if (request.decision() != Decision.CONFIRM && (request.rule().equals(Rule.FILE_UNREADABLE.id())
				|| request.rule().equals(Rule.FILE_TOO_LARGE.id()))) {
			throw new ReviewRefused(unit.name() + " 的 " + request.rule() + "：文件没有读出报告，没有可计入汇总的数据，"
					+ "不能选“核实无误，不再提示”或“虽有错误，仍计入汇总”；请该单位改报可以读取的文件"
					+ "（本机原因未能读取的文件下次运行时会重新读取，无需决定）。");
		}
		if (request.decision() == Decision.INCLUDE
				&& findings.stream().noneMatch((finding) -> "error".equals(finding.get("severity")))) {
			throw new ReviewRefused(unit.name() + " 的 " + request.rule() + " 是警告，不影响计入汇总；"
					+ "“仍计入汇总”只用于错误，警告请选“核实无误，不再提示”或“问题属实，退回修改”。");
		}
		List<Recorded> recorded = new ArrayList<>();
		for (Map<String, Object> finding : findings) {
			String metric = (String) finding.get("metric");
			String sha256 = (String) finding.get("sha256");
			if (recorded.stream().anyMatch((done) -> done.metric().equals(metric) && java.util.Objects.equals(done.sha256(), sha256))) {
				continue;
			}
			this.jdbc.update("""
					insert into review_decision (year, scope_code, unit_code, rule, metric, sha256, decision, reason,
						decided_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", request.year(), request.scopeCode(), unit.code(),
					request.rule(), metric, sha256, request.decision().code(), request.reason().strip(),
					request.decidedBy().strip());
			recorded.add(new Recorded(unit.code(), unit.name(), request.rule(), metric, sha256));
		}
		return recorded;
	}

	/**
	 * Where a decision asked for on one finding and content (a row of the offline sheet: unit code, metric and
	 * SHA-256 given) stands: the latest decision on that finding and content, whether it is the one asked for (same
	 * decision, reason and decider), and whether the one asked for was recorded before and a decision from elsewhere
	 * came after it. Empty when nothing was decided on it yet.
	 *
	 * @param decisionId the decision in force on it
	 * @param same it is exactly the one asked for: nothing to record
	 * @param laterFromElsewhere the one asked for was recorded and superseded by another decider: not to be recorded
	 * again
	 * @param note what to tell the asker, the same words as long as the decisions are the same
	 */
	public record Standing(long decisionId, boolean same, boolean laterFromElsewhere, String note) {

	}

	public Optional<Standing> standing(DecisionRequest request) {
		String sha256 = (request.sha256() == null || request.sha256().isEmpty()) ? null : request.sha256();
		String metric = (request.metric() != null) ? request.metric() : "";
		List<Map<String, Object>> decisions = this.jdbc.queryForList("""
				select id, decision, reason, decided_by,
					to_char(decided_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as decided_on
				from review_decision
				where year = ? and scope_code = ? and unit_code = ? and rule = ? and metric = ?
					and sha256 is not distinct from ?
				order by id desc""", request.year(), request.scopeCode(), request.unit(), request.rule(), metric,
				sha256);
		if (decisions.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> latest = decisions.get(0);
		long latestId = ((Number) latest.get("id")).longValue();
		java.util.function.Predicate<Map<String, Object>> asked = (decision) -> decision.get("decision")
			.equals(request.decision().code()) && decision.get("reason").equals(request.reason().strip())
				&& decision.get("decided_by").equals(request.decidedBy().strip());
		if (asked.test(latest)) {
			return Optional.of(new Standing(latestId, true, false,
					"已记录为复核决定（编号 " + latestId + "，" + latest.get("decided_on") + "）"));
		}
		Optional<Map<String, Object>> earlier = decisions.stream().skip(1).filter(asked).findFirst();
		boolean elsewhere = earlier.isPresent() && !latest.get("decided_by").equals(request.decidedBy().strip());
		String note = earlier.map((decision) -> "已于 " + decision.get("decided_on") + " 记录（编号 " + decision.get("id")
				+ "），之后已被 " + latest.get("decided_by") + " 的决定取代（编号 " + latestId + "，"
				+ Decision.of((String) latest.get("decision")).map(Decision::chinese).orElse("") + "："
				+ latest.get("reason") + "）").orElse("");
		return Optional.of(new Standing(latestId, false, elsewhere, note));
	}

	/** Records a correction of one figure of the unit's current submission (each content, if it sent several). */
	public List<Recorded> correct(CorrectionRequest request) throws ReviewRefused {
		requireText(request.reason(), "须写明更正理由");
		requireText(request.correctedBy(), "须写明更正人");
		Unit unit = unit(request.year(), request.scopeCode(), request.unit());
		List<Map<String, Object>> figures = this.jdbc.queryForList("""
				select distinct on (submission.sha256) submission.sha256, figure.value, figure.raw
				from submission join figure_cell as figure on figure.submission_id = submission.id
				where submission.year = ? and submission.scope_code = ? and submission.unit_code = ?
					and figure.metric = ? and submission.status <> ?
				order by submission.sha256""", request.year(), request.scopeCode(), unit.code(), request.metric(),
				SubmissionStatus.MISSING.sql());
		if (figures.isEmpty()) {
			throw new ReviewRefused(unit.name() + " " + request.year() + "年度的报告中没有指标 " + request.metric()
					+ "，未记录更正（指标代码见 figures.csv 的 metric 列）。");
		}
		List<Recorded> recorded = new ArrayList<>();
		for (Map<String, Object> figure : figures) {
			String sha256 = (String) figure.get("sha256");
			// the published value is the one read from the file, not an earlier correction of it
			BigDecimal published = this.jdbc.query("""
					select published_value from review_correction
					where year = ? and scope_code = ? and sha256 = ? and metric = ? order by id limit 1""",
					(rows) -> rows.next() ? rows.getBigDecimal(1) : (BigDecimal) figure.get("value"), request.year(),
					request.scopeCode(), sha256, request.metric());
			this.jdbc.update("""
					insert into review_correction (year, scope_code, unit_code, sha256, metric, value, published_value,
						published_raw, reason, corrected_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", request.year(), request.scopeCode(), unit.code(), sha256,
					request.metric(), request.value(), published, figure.get("raw"), request.reason().strip(),
					request.correctedBy().strip());
			recorded.add(new Recorded(unit.code(), unit.name(), "", request.metric(), sha256));
		}
		return recorded;
	}

	/** The corrections in force for a run scope, for the ingest. */
	public Corrections corrections(int year, String scopeCode) {
		Map<String, Map<String, BigDecimal>> bySha256 = new HashMap<>();
		this.jdbc.query("select sha256, metric, value from current_correction where year = ? and scope_code = ?",
				(row) -> {
					bySha256.computeIfAbsent(row.getString(1), (sha) -> new HashMap<>())
						.put(row.getString(2), row.getBigDecimal(3));
				}, year, scopeCode);
		return bySha256.isEmpty() ? Corrections.none() : new Corrections(bySha256);
	}

	/**
	 * What the scope's decisions and corrections are, for the quiet-night check: both tables only grow, so the count
	 * and the last id of each tell whether one was added since.
	 */
	public static String fingerprint(JdbcTemplate jdbc, int year, String scopeCode) {
		return jdbc.queryForObject("""
				select (select count(*) || '/' || coalesce(max(id), 0) from review_decision
						where year = ? and scope_code = ?)
					|| ';' || (select count(*) || '/' || coalesce(max(id), 0) from review_correction
						where year = ? and scope_code = ?)""", String.class, year, scopeCode, year, scopeCode);
	}

	/** Whether a decision or correction of the scope came after its last run ended (ask before storing this run). */
	public static boolean changedSinceLastRun(JdbcTemplate jdbc, int year, String scopeCode) {
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				with last as (select coalesce(max(finished_at), '-infinity') as at from run_summary
					where year = ? and scope_code = ?)
				select exists (select 1 from review_decision, last where year = ? and scope_code = ?
						and decided_at > last.at)
					or exists (select 1 from review_correction, last where year = ? and scope_code = ?
						and corrected_at > last.at)""", Boolean.class, year, scopeCode, year, scopeCode, year, scopeCode));
	}

	/** A unit of the scope, as the last run's registry names it. */
	private record Unit(String code, String name) {

	}

	/** The unit named by its code or its name; among units of the same name, the one with submissions in the scope. */
	private Unit unit(int year, String scopeCode, String named) throws ReviewRefused {
		String name = (named != null) ? named.strip() : "";
		List<Unit> units = this.jdbc.query("""
				select region.code, region.name from region
				where region.level = 'unit' and (region.code = ? or region.name = ?)
				order by exists (select 1 from submission where submission.year = ? and submission.scope_code = ?
					and submission.unit_code = region.code) desc, region.code""",
				(row, i) -> new Unit(row.getString(1), row.getString(2)), name, name, year, scopeCode);
		if (units.isEmpty()) {
			throw new ReviewRefused("地区登记表中没有名称或代码为“" + name + "”的报送单位，未记录。");
		}
		return units.get(0);
	}

	private static void requireText(String text, String missing) throws ReviewRefused {
		if (text == null || text.isBlank()) {
			throw new ReviewRefused(missing + "，未记录。");
		}
	}

}
