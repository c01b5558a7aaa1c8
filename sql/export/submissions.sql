-- submissions.csv: every file received and every unit that sent nothing, with the file's status, the unit's one status
-- (unit_status, the view of V40: missing, rejected, late, corrected_after_deadline, accepted_with_warnings, accepted;
-- empty for a file matched to no unit) and what the county's review did to it (`review`: included in the totals by
-- decision, figures corrected 经核实更正 with the published value). Parameters: :year, :scope.
select submission.year, coalesce(submission.unit_code, '') as unit_code,
	coalesce(region.name, submission.unit_name, '') as unit_name, coalesce(submission.source_file, '') as source_file,
	coalesce(submission.sha256, '') as sha256, coalesce(submission.template, '') as template, submission.status,
	coalesce(unit_status.unit_status, '') as unit_status,
	concat_ws('；',
		(select '经复核计入汇总（' || string_agg(distinct finding.rule || '：' || decision.reason, '；') || '）'
			from finding join finding_decision as decision on decision.finding_id = finding.id
			where finding.submission_id = submission.id and decision.applies and decision.decision = 'include'
				and submission.status in ('accepted', 'accepted_with_warnings')),
		(select string_agg('经核实更正 ' || correction.metric || '：' || coalesce(trim_scale(correction.published_value)::text,
				'（空）') || ' → ' || trim_scale(correction.value)::text || '（' || correction.reason || '）', '；'
				order by correction.metric)
			from current_correction as correction
			where correction.year = submission.year and correction.scope_code = submission.scope_code
				and correction.sha256 = submission.sha256 and correction.unit_code = submission.unit_code)) as review
from submission
	left join region on region.code = submission.unit_code
	left join unit_status on unit_status.year = :year and unit_status.scope_code = :scope
		and unit_status.unit_code = submission.unit_code
where submission.year = :year and submission.scope_code = :scope
order by submission.unit_code nulls last, submission.source_file nulls first;
