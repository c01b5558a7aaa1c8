-- Sums the accepted units' figures for every roll-up region of a run, per metric, with the number of units that
-- reported the metric (a unit whose template lacks it does not) and the number of units the registry expects.
-- Parameters: :year, :regions (the run's roll-up regions: its own region, the regions below it that have units, and
-- every region above it). A region total covers every accepted submission of the year under it, whichever run
-- scope stored it, so a prefecture run after county runs sees them all.

delete from region_total where year = :year and region_code in (:regions);

insert into region_total (year, region_code, metric, value, units_reported, units_expected)
with recursive unit_region (unit_code, region_code) as (
	select code, parent_code from region where level = 'unit' and parent_code is not null
	union all
	select unit_region.unit_code, region.parent_code
	from unit_region join region on region.code = unit_region.region_code
	where region.parent_code is not null and region.parent_code <> ''
),
expected as (
	select region_code, count(*) as units from unit_region group by region_code
),
accepted as (
	select distinct on (unit_code) id, unit_code
	from submission
	where year = :year and unit_code is not null and status in ('accepted', 'accepted_with_warnings')
	order by unit_code, checked_at desc, id desc
)
select :year, unit_region.region_code, figure.metric, sum(coalesce(figure.value, 0)), count(*), expected.units
from accepted
	join unit_region on unit_region.unit_code = accepted.unit_code
	join expected on expected.region_code = unit_region.region_code
	join figure on figure.submission_id = accepted.id
where unit_region.region_code in (:regions)
group by unit_region.region_code, figure.metric, expected.units;
