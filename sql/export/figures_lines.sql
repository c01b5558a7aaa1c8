-- figures.csv as COPY streams it: the header and rows of figures.sql, each already printed as one CSV line (without
-- its line end) by xxgk_csv_field, so that the database formats the 8 million rows of a country and Java only copies
-- bytes. The statements' rows are written one after the other: header, units, totals. Text fields are formatted once
-- per region and per metric, not once per row; values are plain decimals (trim_scale: 12, 0.5, 0, never an
-- exponent). COPY takes no bind parameters: the run's are read from settings local to the transaction, xxgk.year,
-- xxgk.scope, xxgk.regions and xxgk.metrics (figures.sql's :year, :scope, :regions joined by commas, :metrics).
select 'year,region_code,region_name,region_level,metric,value,units_reported,units_expected';

-- every accepted unit's figures, by unit and form order. A unit's figures are fetched and ordered on their own
-- (offset 0 keeps the subquery per unit), so the 8 million rows stream in unit order through an incremental sort
-- instead of one sort of them all on disk (EXPLAIN ANALYZE, 10,000 units: 4 s against 15 s and 250 MB of temp files)
with metric_order as materialized (
	select metric.key, m.position, xxgk_csv_field(m.code) as field
	from unnest(string_to_array(current_setting('xxgk.metrics'), ',')) with ordinality as m(code, position)
		join metric on metric.code = m.code
),
unit_head as (
	select submission.id, submission.unit_code,
		submission.year || ',' || xxgk_csv_field(submission.unit_code) || ',' || xxgk_csv_field(region.name)
			|| ',unit,' as head
	from submission join region on region.code = submission.unit_code
	where submission.year = current_setting('xxgk.year')::int
		and submission.scope_code = current_setting('xxgk.scope')
		and submission.status in ('accepted', 'accepted_with_warnings')
	order by submission.unit_code
)
select figures.line
from unit_head cross join lateral (
	select unit_head.head || metric_order.field || ',' || coalesce(trim_scale(figure.value)::text, '') || ',,' as line,
		metric_order.position
	from figure join metric_order on metric_order.key = figure.metric_key
	where figure.submission_id = unit_head.id
	offset 0
) as figures
order by unit_head.unit_code, figures.position;

-- every roll-up region's totals: county, prefecture, province (a country's 600,000 rows sort in memory), with how many
-- units reported the metric and how many the region expects (a prefecture's total of one county says so)
with metric_order as materialized (
	select metric, position, xxgk_csv_field(metric) as field
	from unnest(string_to_array(current_setting('xxgk.metrics'), ',')) with ordinality as m(metric, position)
),
total_head as materialized (
	select region.code,
		case region.level when 'county' then 1 when 'prefecture' then 2 when 'province' then 3 else 4 end as level_rank,
		current_setting('xxgk.year') || ',' || xxgk_csv_field(region.code) || ',' || xxgk_csv_field(region.name) || ','
			|| xxgk_csv_field(region.level) || ',' as head
	from region
	where region.code = any (string_to_array(current_setting('xxgk.regions'), ','))
)
select total_head.head || metric_order.field || ',' || coalesce(trim_scale(region_total.value)::text, '') || ','
	|| region_total.units_reported || ',' || region_total.units_expected
from total_head
	join region_total on region_total.region_code = total_head.code
		and region_total.year = current_setting('xxgk.year')::int
	join metric_order on metric_order.metric = region_total.metric
order by total_head.level_rank, total_head.code, metric_order.position;
