-- submissions.csv: every file received and every unit that sent nothing, with its status. Parameters: :year, :scope.
select submission.year, coalesce(submission.unit_code, '') as unit_code,
	coalesce(region.name, submission.unit_name, '') as unit_name, coalesce(submission.source_file, '') as source_file,
	coalesce(submission.sha256, '') as sha256, coalesce(submission.template, '') as template, submission.status
from submission left join region on region.code = submission.unit_code
where submission.year = :year and submission.scope_code = :scope
order by submission.unit_code nulls last, submission.source_file nulls first;
