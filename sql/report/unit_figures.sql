-- The figures of every accepted submission of the scope, by unit. Parameters: :year, :scope.
select submission.unit_code, figure.metric, figure.value
from submission join figure on figure.submission_id = submission.id
where submission.year = :year and submission.scope_code = :scope
	and submission.status in ('accepted', 'accepted_with_warnings') and figure.value is not null
order by submission.unit_code, figure.metric;
