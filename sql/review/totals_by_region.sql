-- Totals of one run scope for one year, in metrics.csv's codes: the figures of each of its accepted units, then the
-- totals of the region, of the regions below it and of every region above it, with how many units reported each
-- figure of how many expected.
-- psql "$DB" -v year=2021 -v region=440882 -f sql/review/totals_by_region.sql
with recursive above (code) as (
	select :'region'::text
	union all
	select region.parent_code from region join above on region.code = above.code
	where region.parent_code is not null and region.parent_code <> ''
),
below (code) as (
	select code from region where parent_code = :'region' and level <> 'unit'
	union all
	select region.code from region join below on region.parent_code = below.code where region.level <> 'unit'
)
select region, level, metric, value, units
from (
	select region.name as region, 'unit' as level, metric.code as metric, figure.value, null as units,
		0 as level_rank, region.code
	from submission
		join figure on figure.submission_id = submission.id
		join metric on metric.key = figure.metric_key
		join region on region.code = submission.unit_code
	where submission.year = :year and submission.scope_code = :'region'
		and submission.status in ('accepted', 'accepted_with_warnings')
	union all
	select region.name, region.level, region_total.metric, region_total.value,
		region_total.units_reported || '/' || region_total.units_expected,
		case region.level when 'county' then 1 when 'prefecture' then 2 when 'province' then 3 else 4 end,
		region.code
	from region_total join region on region.code = region_total.region_code
	where region_total.year = :year
		and region_total.region_code in (select code from above union select code from below)
) as rows
order by level_rank, code, metric;
