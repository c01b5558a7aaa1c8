-- Every finding of the scope with the unit, file and template it belongs to, and the county's review decision on it
-- (decision: the one in force, else empty; decision_note: see xxgk_decision_note) and the content it was found in
-- (sha256, empty for a unit that sent nothing: the offline review sheet's key), and its id (the last of the order).
-- Parameters: :year, :scope.
select finding.unit_code, coalesce(region.name, submission.unit_name, '') as unit_name,
	coalesce(submission.source_file, '') as source_file, coalesce(submission.template, '') as template,
	finding.rule, finding.severity, coalesce(finding.metric, '') as metric, coalesce(finding.location, '') as location,
	coalesce(finding.expected, '') as expected, coalesce(finding.actual, '') as actual, finding.message,
	case when decision.applies then decision.decision else '' end as decision,
	xxgk_decision_note(decision.applies, decision.decision, decision.reason, decision.decided_by,
		decision.decided_at) as decision_note,
	coalesce(submission.sha256, '') as sha256, finding.id as finding_id
from finding
	left join submission on submission.id = finding.submission_id
	left join region on region.code = finding.unit_code
	left join finding_decision as decision on decision.finding_id = finding.id
where finding.year = :year and finding.scope_code = :scope
order by finding.unit_code nulls last, source_file, case finding.severity when 'error' then 0 else 1 end, finding.id;
