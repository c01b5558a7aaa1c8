-- The figures of every accepted submission of the scope, by unit. Parameters: :year, :scope, :metrics (codes joined
-- by commas, or empty for every metric: a large scope reads only the per-unit table's figures).
select submission.unit_code, metric.code as metric, figure.value
from submission
	join figure on figure.submission_id = submission.id
	join metric on metric.key = figure.metric_key
where submission.year = :year and submission.scope_code = :scope
	and submission.status in ('accepted', 'accepted_with_warnings') and figure.value is not null
	and (:metrics = '' or metric.code = any (string_to_array(:metrics, ',')))
order by submission.unit_code, metric.code;
