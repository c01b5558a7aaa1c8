-- The units of the run's scope with their one status (the view unit_status, V40) and the template of their best
-- submission of the year (accepted before warnings before rejected before missing). Parameters: :year, :scope,
-- :units (codes joined by commas: a country's 40,000 units would not fit in bind parameters).
select region.code, region.name, coalesce(unit_status.unit_status, 'missing') as unit_status,
	coalesce(best.template, '') as template
from region
	left join unit_status on unit_status.year = :year and unit_status.scope_code = :scope
		and unit_status.unit_code = region.code
	left join lateral (
		select submission.template
		from submission
		where submission.year = :year and submission.scope_code = :scope and submission.unit_code = region.code
		order by case submission.status when 'accepted' then 1 when 'accepted_with_warnings' then 2
			when 'rejected' then 3 when 'identical_copy' then 4 else 5 end, submission.source_file
		limit 1
	) as best on true
where region.code = any (string_to_array(:units, ','))
order by region.code;
