-- The units of the run's scope with their best submission of the year (accepted before warnings before rejected
-- before missing), its template and file, whether its first version arrived late (SUBMISSION-LATE) and whether it
-- replaced an on-time version after the deadline (VERSION-CHANGED). Parameters: :year, :scope, :units (codes joined
-- by commas: a country's 40,000 units would not fit in bind parameters).
select region.code, region.name, coalesce(best.status, 'missing') as status,
	coalesce(best.template, '') as template, coalesce(timing.late, false) as late,
	coalesce(timing.corrected, false) as corrected
from region
	left join (
		select unit_code, bool_or(rule = 'SUBMISSION-LATE') as late, bool_or(rule = 'VERSION-CHANGED') as corrected
		from finding
		where finding.year = :year and finding.scope_code = :scope
			and finding.rule in ('SUBMISSION-LATE', 'VERSION-CHANGED')
		group by unit_code
	) as timing on timing.unit_code = region.code
	left join lateral (
		select submission.status, submission.template, submission.source_file
		from submission
		where submission.year = :year and submission.scope_code = :scope and submission.unit_code = region.code
		order by case submission.status when 'accepted' then 1 when 'accepted_with_warnings' then 2
			when 'rejected' then 3 when 'identical_copy' then 4 else 5 end, submission.source_file
		limit 1
	) as best on true
where region.code = any (string_to_array(:units, ','))
order by region.code;
