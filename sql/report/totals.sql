-- A region's totals of one year with how many units reported each metric. Parameters: :year, :region.
select metric, value, units_reported, units_expected
from region_total
where year = :year and region_code = :region;
