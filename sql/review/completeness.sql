-- Completeness of one run scope: every file and every unit that sent nothing, with its status (accepted /
-- accepted_with_warnings / rejected / identical_copy, a byte-identical second copy counted once / missing) and its
-- numbers of errors and warnings; then the findings of a unit that belong to no file, on a row without a file (a
-- rejected unit is listed by its files, as 退回修改; only a unit that sent nothing is SUBMISSION-MISSING).
-- psql "$DB" -v year=2021 -v region=440882 -f sql/review/completeness.sql
select unit_code, unit, source_file, status, errors, warnings
from (
	select submission.unit_code, coalesce(region.name, submission.unit_name, '（未识别单位）') as unit,
		submission.source_file, submission.status,
		count(finding.id) filter (where finding.severity = 'error') as errors,
		count(finding.id) filter (where finding.severity = 'warning') as warnings
	from submission
		left join region on region.code = submission.unit_code
		left join finding on finding.submission_id = submission.id
	where submission.year = :year and submission.scope_code = :'region'
	group by submission.id, region.name
	union all
	select finding.unit_code, coalesce(region.name, '（未识别单位）'), null, 'missing',
		count(*) filter (where finding.severity = 'error'), count(*) filter (where finding.severity = 'warning')
	from finding left join region on region.code = finding.unit_code
	where finding.year = :year and finding.scope_code = :'region' and finding.submission_id is null
	group by finding.unit_code, region.name
) as rows
order by unit_code nulls last, source_file nulls last;
