-- Units of one run scope whose submission was sent back (退回修改), with every error to correct, each once.
-- psql "$DB" -v year=2021 -v region=440882 -f sql/review/units_with_errors.sql
select submission.unit_code, coalesce(region.name, submission.unit_name, '（未识别单位）') as unit,
	submission.source_file, finding.rule, finding.metric, finding.expected, finding.actual, finding.message
from submission
	join finding on finding.submission_id = submission.id
	left join region on region.code = submission.unit_code
where submission.year = :year and submission.scope_code = :'region' and submission.status = 'rejected'
	and finding.severity = 'error'
order by submission.unit_code nulls last, submission.source_file, finding.id;
