-- Completeness of one run scope: every unit with its status (accepted / accepted_with_warnings / rejected /
-- missing) and its number of errors and warnings.
-- psql "$DB" -v year=2021 -v region=440882 -f sql/review/completeness.sql
select submission.unit_code, coalesce(region.name, submission.unit_name, '（未识别单位）') as unit,
	submission.source_file, submission.status,
	count(finding.id) filter (where finding.severity = 'error') as errors,
	count(finding.id) filter (where finding.severity = 'warning') as warnings
from submission
	left join region on region.code = submission.unit_code
	left join finding on finding.submission_id = submission.id
where submission.year = :year and submission.scope_code = :'region'
group by submission.id, region.name
order by submission.unit_code nulls last, submission.source_file;
