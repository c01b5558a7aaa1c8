-- findings.csv: every finding of the run's scope, by unit, file and rule order, with the unit's one status
-- (unit_status, as in submissions.csv; empty for a file matched to no unit) and the county's review decision on it:
-- `decision` is the one in force (confirm, dismiss, include), `decision_note` says which, why, who and when, or that
-- the unit's file changed since a decision, which then no longer applies. Parameters: :year, :scope.
select finding.year, coalesce(finding.unit_code, '') as unit_code,
	coalesce(region.name, submission.unit_name, '') as unit_name,
	coalesce(unit_status.unit_status, '') as unit_status, coalesce(submission.source_file, '') as source_file,
	finding.rule, finding.severity,
	coalesce(finding.metric, '') as metric, coalesce(finding.expected, '') as expected,
	coalesce(finding.actual, '') as actual, finding.message,
	case when decision.applies then decision.decision else '' end as decision,
	xxgk_decision_note(decision.applies, decision.decision, decision.reason, decision.decided_by,
		decision.decided_at) as decision_note
from finding
	left join submission on submission.id = finding.submission_id
	left join region on region.code = finding.unit_code
	left join unit_status on unit_status.year = :year and unit_status.scope_code = :scope
		and unit_status.unit_code = finding.unit_code
	left join finding_decision as decision on decision.finding_id = finding.id
where finding.year = :year and finding.scope_code = :scope
order by finding.unit_code nulls last, source_file, finding.id;
