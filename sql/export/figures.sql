-- figures.csv as a query (the job streams figures_lines.sql by COPY instead; tests check both give the same bytes):
-- every accepted unit's own figures, then every roll-up region's totals (county, prefecture, province) with how many
-- units reported the metric and how many the region expects (empty for a unit's own figures).
-- Parameters: :year, :scope (the run's region), :regions (its roll-up regions), :metrics (metric codes joined by
-- commas in metrics.csv order, to order the rows as the form does).
with metric_order as (
	select metric, position from unnest(string_to_array(:metrics, ',')) with ordinality as m(metric, position)
)
select rows.year, rows.region_code, rows.region_name, rows.region_level, rows.metric, rows.value, rows.units_reported,
	rows.units_expected
from (
	select submission.year, submission.unit_code as region_code, region.name as region_name, 'unit' as region_level,
		metric.code as metric, figure.value, null::int as units_reported, null::int as units_expected, 0 as level_rank
	from submission
		join figure on figure.submission_id = submission.id
		join metric on metric.key = figure.metric_key
		join region on region.code = submission.unit_code
	where submission.year = :year and submission.scope_code = :scope
		and submission.status in ('accepted', 'accepted_with_warnings')
	union all
	select region_total.year, region_total.region_code, region.name, region.level, region_total.metric,
		region_total.value, region_total.units_reported, region_total.units_expected,
		case region.level when 'county' then 1 when 'prefecture' then 2 when 'province' then 3 else 4 end
	from region_total join region on region.code = region_total.region_code
	where region_total.year = :year and region_total.region_code in (:regions)
) as rows
	join metric_order using (metric)
order by rows.level_rank, rows.region_code, metric_order.position;
