-- Totals by region for one year, in metrics.csv's codes, with how many units reported each figure.
-- psql "$DB" -v year=2021 -v region=440882 -f sql/review/totals_by_region.sql
select region.name as region, region.level, region_total.metric, region_total.value,
	region_total.units_reported || '/' || region_total.units_expected as units
from region_total join region on region.code = region_total.region_code
where region_total.year = :year
	and (region_total.region_code = :'region' or region.parent_code = :'region'
		or region_total.region_code in (select parent_code from region where code = :'region'))
order by case region.level when 'county' then 1 when 'prefecture' then 2 when 'province' then 3 when 'country' then 4 else 0 end,
	region.code, region_total.metric;
