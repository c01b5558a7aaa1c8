package org.xxgk.rollup.rollup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.model.SubmissionStatus;
import org.xxgk.rollup.run.ConsolidationRun;
import org.xxgk.rollup.ingest.SubmissionRepository;
import org.xxgk.rollup.ingest.SubmissionRepository.MissingUnit;
import org.xxgk.rollup.ingest.SubmissionRepository.RunFinding;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.registry.RegionRegistry;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.validate.Findings;
import org.xxgk.rollup.validate.TextSimilarity;
import org.xxgk.rollup.validate.ValidationSettings;

/**
 * The checks that need every submission of the run at once, recomputed by every run: files withdrawn since the last
 * run are dropped, two different submissions for one unit are both held back (DUPLICATE-SUBMISSION) while identical
 * copies count once, prose copied between units is flagged (TEXT-COPIED), and every unit of the region without an
 * accepted submission gets SUBMISSION-MISSING, and a submission changed after the deadline gets VERSION-CHANGED
 * ({@link LateVersionChanges}). Each submission's final status follows from all its findings and the county's
 * review decisions on them ({@link SubmissionRepository#applyDecisions}). A night
 * whose submissions are those of the last roll-up skips this step ({@link QuietNightDecider}): it would write the
 * same rows.
 * <p>
 * Submissions are streamed one county (the units' parent region) at a time: duplicates are a unit's affair, and prose
 * is compared between the units of one county, where reports are copied from neighbours. This keeps memory to one
 * county and the comparisons to about 100 pairs per county, so a country's 40,000 units cost what 2,700 counties do.
 */
public class CompletenessTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(CompletenessTasklet.class);

	/** Prose shorter than this is boilerplate-sized and not compared. */
	static final int TEXT_COMPARISON_MIN_LENGTH = 200;

	/** Where the run's withdrawn files are kept for the closing summary (job execution context). */
	static final String WITHDRAWN_KEY = "xxgk.withdrawn";

	private final JdbcTemplate jdbc;

	private final SubmissionRepository repository;

	private final ValidationSettings settings;

	private final Supplier<ConsolidationRun> run;

	public CompletenessTasklet(JdbcTemplate jdbc, SubmissionRepository repository, ValidationSettings settings,
			Supplier<ConsolidationRun> run) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.settings = settings;
		this.run = run;
	}

	/** The files the run found withdrawn (stored earlier, no longer in the input folder), by path. */
	@SuppressWarnings("unchecked")
	public static List<String> withdrawnFiles(JobExecution execution) {
		Object withdrawn = execution.getExecutionContext().get(WITHDRAWN_KEY);
		return (withdrawn instanceof List<?> list) ? (List<String>) list : List.of();
	}

	/**
	 * A submission as the checks need it: its prose prepared for comparison, or null when too short to compare;
	 * {@code unread} when its file yielded no report (FILE-UNREADABLE, FILE-TOO-LARGE).
	 */
	private record Stored(long id, String path, String unitCode, String unitName, String sha256,
			TextSimilarity.Prepared prose, SubmissionStatus fileStatus, boolean unread) {

	}

	/** Rows waiting to be stored: flushed after a county once this many have gathered, so memory stays flat. */
	private static final int FLUSH_ROWS = 1000;

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ConsolidationRun run = this.run.get();
		int year = run.year();
		String scope = run.scopeCode();
		List<String> withdrawn = this.repository.clearRunResults(year, scope, run.runId());
		if (!withdrawn.isEmpty()) {
			logger.info("报送文件夹中已没有的 " + withdrawn.size() + " 份报告按撤回处理：" + withdrawn);
		}
		contribution.getStepExecution()
			.getJobExecution()
			.getExecutionContext()
			.put(WITHDRAWN_KEY, new ArrayList<>(withdrawn.stream().sorted().toList()));

		List<RunFinding> findingRows = new ArrayList<>();
		Map<Long, SubmissionStatus> statusRows = new LinkedHashMap<>();
		Map<Long, Finding> versionChanges = new LateVersionChanges(this.jdbc).find(year, scope,
				this.settings.lateFrom(year));
		// a submission that replaced an on-time version after the deadline (VERSION-CHANGED) is a correction, not a
		// late report: the unit's first on-time arrival is what lateness is judged on, so its own SUBMISSION-LATE goes
		this.repository.dropFindings(versionChanges.keySet(), Rule.SUBMISSION_LATE.id());
		List<Stored> county = new ArrayList<>();
		String[] countyCode = { null };
		int[] count = { 0 };
		// units' submissions ordered by county (the region table holds the run's registry), fetched a county at a time;
		// those matched to no unit have nothing to compare and keep their status
		JdbcTemplate streaming = new JdbcTemplate(this.jdbc.getDataSource());
		streaming.setFetchSize(1000);
		streaming.query("""
				select submission.id, source_file, unit_code, unit_name, sha256, prose, file_status,
					coalesce(region.parent_code, '') as county,
					exists (select from finding where finding.submission_id = submission.id and finding.origin = 'file'
						and finding.rule in ('%s', '%s')) as unread
				from submission left join region on region.code = submission.unit_code
				where year = ? and scope_code = ? and unit_code is not null
				order by county, unit_code, source_file""".formatted(Findings.FILE_UNREADABLE, Findings.FILE_TOO_LARGE),
				(row) -> {
					String prose = row.getString("prose");
					Stored submission = new Stored(row.getLong("id"), row.getString("source_file"),
							row.getString("unit_code"), row.getString("unit_name"), row.getString("sha256"),
							(prose.length() >= TEXT_COMPARISON_MIN_LENGTH) ? TextSimilarity.Prepared.of(prose) : null,
							SubmissionStatus.ofSql(row.getString("file_status")), row.getBoolean("unread"));
					String parent = row.getString("county");
					if (!parent.equals(countyCode[0])) {
						checkCounty(county, versionChanges, findingRows, statusRows);
						county.clear();
						if (findingRows.size() + statusRows.size() >= FLUSH_ROWS) {
							store(year, scope, findingRows, statusRows);
						}
						countyCode[0] = parent;
					}
					county.add(submission);
					count[0]++;
				}, year, scope);
		checkCounty(county, versionChanges, findingRows, statusRows);
		store(year, scope, findingRows, statusRows);
		// the county's review decisions, before the units without an accepted report are found: an included report
		// counts as received
		int decided = this.repository.applyDecisions(year, scope);
		if (decided > 0) {
			logger.info(decided + " submission(s) of " + year + "/" + scope + " have their status set by a review decision");
		}
		int missing = recordMissingUnits(run, year, scope);
		contribution.incrementWriteCount(count[0]);
		logger.info("已检查 " + year + "年度（" + scope + "）报送情况：各单位文件 " + count[0] + " 个，没有通过审核的报告的单位 "
				+ missing + " 个");
		return RepeatStatus.FINISHED;
	}

	/** Stores the findings and status changes gathered so far, in two batches, and forgets them. */
	private void store(int year, String scope, List<RunFinding> findingRows, Map<Long, SubmissionStatus> statusRows) {
		this.repository.storeRunResults(year, scope, findingRows, statusRows);
		findingRows.clear();
		statusRows.clear();
	}

	/** The run's findings and final statuses of one county's submissions (only statuses that change are kept). */
	private void checkCounty(List<Stored> stored, Map<Long, Finding> versionChanges, List<RunFinding> findingRows,
			Map<Long, SubmissionStatus> statusRows) {
		if (stored.isEmpty()) {
			return;
		}
		Map<Long, List<Finding>> runFindings = new LinkedHashMap<>();
		Set<Long> identicalCopies = markDuplicates(stored, runFindings);
		flagCopiedText(stored, identicalCopies, runFindings);
		for (Stored submission : stored) {
			Finding changed = versionChanges.get(submission.id());
			if (changed != null) {
				runFindings.computeIfAbsent(submission.id(), (id) -> new ArrayList<>()).add(changed);
			}
		}
		for (Stored submission : stored) {
			List<Finding> findings = runFindings.getOrDefault(submission.id(), List.of());
			for (Finding finding : findings) {
				findingRows.add(new RunFinding(submission.id(), submission.unitCode(), finding));
			}
			SubmissionStatus status = identicalCopies.contains(submission.id()) ? SubmissionStatus.IDENTICAL_COPY
					: submission.fileStatus().worse(SubmissionStatus.of(findings));
			if (status != submission.fileStatus()) {
				statusRows.put(submission.id(), status);
			}
		}
	}

	/**
	 * Per unit: identical copies (same SHA-256) count once, the others are marked as copies; several different
	 * submissions for one unit each get DUPLICATE-SUBMISSION naming the others. A file that yielded no report is no
	 * second report: a scan sent beside a good .docx leaves the .docx counted, and every unreadable file stays listed
	 * with its own finding.
	 */
	private Set<Long> markDuplicates(List<Stored> stored, Map<Long, List<Finding>> runFindings) {
		Map<String, Map<String, List<Stored>>> byUnitAndContent = new LinkedHashMap<>();
		for (Stored submission : stored) {
			if (submission.unitCode() != null && !submission.unread()) {
				byUnitAndContent.computeIfAbsent(submission.unitCode(), (unit) -> new LinkedHashMap<>())
					.computeIfAbsent(submission.sha256(), (sha) -> new ArrayList<>())
					.add(submission);
			}
		}
		Set<Long> copies = new java.util.HashSet<>();
		for (Map<String, List<Stored>> contents : byUnitAndContent.values()) {
			List<Stored> distinct = new ArrayList<>();
			for (List<Stored> sameContent : contents.values()) {
				distinct.add(sameContent.get(0));
				sameContent.stream().skip(1).forEach((copy) -> copies.add(copy.id()));
			}
			if (distinct.size() > 1) {
				for (Stored submission : distinct) {
					List<String> others = distinct.stream()
						.filter((other) -> other != submission)
						.map(Stored::path)
						.toList();
					runFindings.computeIfAbsent(submission.id(), (id) -> new ArrayList<>())
						.add(Findings.duplicateSubmission(submission.unitName(), submission.path(), others));
				}
			}
		}
		return copies;
	}

	/** TEXT-COPIED between two different units' submissions of the same year (both are told). */
	private void flagCopiedText(List<Stored> stored, Set<Long> identicalCopies,
			Map<Long, List<Finding>> runFindings) {
		List<Stored> compared = stored.stream()
			.filter((submission) -> submission.unitCode() != null && !identicalCopies.contains(submission.id()))
			.filter((submission) -> submission.prose() != null)
			.toList();
		for (int i = 0; i < compared.size(); i++) {
			for (int j = i + 1; j < compared.size(); j++) {
				Stored a = compared.get(i);
				Stored b = compared.get(j);
				if (a.unitCode().equals(b.unitCode())) {
					continue;
				}
				double similarity = TextSimilarity.similarity(a.prose(), b.prose());
				if (similarity > this.settings.copiedThreshold()) {
					runFindings.computeIfAbsent(a.id(), (id) -> new ArrayList<>())
						.add(Findings.textCopiedFromUnit(b.unitName(), similarity));
					runFindings.computeIfAbsent(b.id(), (id) -> new ArrayList<>())
						.add(Findings.textCopiedFromUnit(a.unitName(), similarity));
				}
			}
		}
	}

	/**
	 * SUBMISSION-MISSING for every unit of the region that sent nothing at all, with a 'missing' row so the submission
	 * list names every unit; a unit whose report was rejected is 退回修改 with its own findings, not 未报送. Returns the
	 * number of units without an accepted submission (both kinds).
	 */
	private int recordMissingUnits(ConsolidationRun run, int year, String scope) {
		RegionRegistry registry = run.registry();
		Region scopeRegion = registry.get(scope);
		List<MissingUnit> missing = new ArrayList<>();
		int[] withoutAccepted = { 0 };
		// only the units without an accepted submission come back (a few percent), in the registry's order
		String units = registry.unitsUnder(scope).stream().map(Region::code).collect(Collectors.joining(","));
		this.jdbc.query("""
				select unit.code, bool_or(submission.id is not null) as sent
				from unnest(string_to_array(?, ',')) with ordinality as unit(code, position)
					left join submission on submission.year = ? and submission.scope_code = ?
						and submission.unit_code = unit.code
				group by unit.code, unit.position
				having not coalesce(bool_or(submission.status in (%s)), false)
				order by unit.position""".formatted(SubmissionStatus.countedSql()), (row) -> {
			Region unit = registry.get(row.getString("code"));
			withoutAccepted[0]++;
			if (row.getBoolean("sent")) {
				return;
			}
			missing.add(new MissingUnit(unit.code(), unit.name(),
					Findings.submissionMissing(unit.name(), scopeRegion.name())));
		}, units, year, scope);
		this.repository.recordMissing(year, scope, run.runId(), missing);
		return withoutAccepted[0];
	}

}
