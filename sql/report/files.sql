-- Every file of the scope received for a unit, with when its content arrived and its own status, by unit and file
-- (the letters and the overview name them). Parameters: :year, :scope.
select submission.unit_code, submission.source_file, submission.arrived_at, submission.status
from submission
where submission.year = :year and submission.scope_code = :scope and submission.source_file is not null
	and submission.unit_code is not null
order by submission.unit_code, submission.arrived_at nulls last, submission.source_file;
