-- The units of the run's scope with their best submission of the year (accepted before warnings before rejected
-- before missing), its template and file, and whether it arrived late. Parameters: :year, :scope, :units (codes
-- joined by commas: a country's 40,000 units would not fit in bind parameters).
select region.code, region.name, coalesce(best.status, 'missing') as status,
	coalesce(best.template, '') as template, coalesce(best.source_file, '') as source_file,
	(late.unit_code is not null) as late
from region
	left join (
		select distinct unit_code from finding
		where finding.year = :year and finding.scope_code = :scope and finding.rule = 'SUBMISSION-LATE'
	) as late on late.unit_code = region.code
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
