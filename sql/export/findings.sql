-- findings.csv: every finding of the run's scope, by unit, file and rule order. Parameters: :year, :scope.
select finding.year, coalesce(finding.unit_code, '') as unit_code,
	coalesce(region.name, submission.unit_name, '') as unit_name,
	coalesce(submission.source_file, '') as source_file, finding.rule, finding.severity,
	coalesce(finding.metric, '') as metric, coalesce(finding.expected, '') as expected,
	coalesce(finding.actual, '') as actual, finding.message
from finding
	left join submission on submission.id = finding.submission_id
	left join region on region.code = finding.unit_code
where finding.year = :year and finding.scope_code = :scope
order by finding.unit_code nulls last, source_file, finding.id;
