-- Sums the accepted units' figures for every roll-up region of a run, per metric, with the number of units that
-- reported the metric (a unit whose template lacks it does not) and the number of units the registry expects.
-- Parameters: :year, :scope (the run's region), :regions (the run's roll-up regions: its own region, the regions below
-- it that have units, and every region above it). Each unit counts as the run scope that last decided it says: this
-- run's own scope for its units (a file it found withdrawn or rejected is not counted, whatever an earlier prefecture
-- run accepted), else the scope rolled up most recently, so a county run's prefecture total still sums the other
-- counties' latest runs. Units removed from the registry are gone from the region table and neither counted nor
-- expected.

-- EXPLAIN ANALYZE on 10,000 units: the join and the sums spilled 140 MB to disk in batches at the default work_mem,
-- and JIT compilation took another second for a statement run once; both are settings of this transaction only
set local work_mem = '256MB';
set local jit = off;

-- fresh statistics after the ingest's bulk load, so the planner sizes the joins below from real row counts
analyze region;
analyze submission;
analyze figure;

delete from region_total where year = :year and region_code in (:regions);

-- The sums per county (the units' parent) of its accepted units' figures: the one statement that reads every figure
-- row, 8 million at a country's 40,000 units. A CREATE TABLE … AS may run its query in parallel, an INSERT … SELECT
-- never does (PostgreSQL 15), so the county sums are a table of the transaction and the totals above are inserted
-- from it; every function here is parallel safe. EXPLAIN on 2,000 units plans a Gather of parallel workers over a
-- parallel scan of figure and a partial aggregate.
create temp table county_sum on commit drop as
with unit_parent (unit_code, parent_code) as (
	select code, parent_code from region where level = 'unit' and parent_code is not null and parent_code <> ''
),
-- per unit, the run scope whose result stands: every scope holds a row for each of its units (a file or 'missing')
deciding_scope as (
	select distinct on (submission.unit_code) submission.unit_code, submission.scope_code
	from submission
		left join scope_state on scope_state.year = submission.year and scope_state.scope_code = submission.scope_code
	where submission.year = :year and submission.unit_code is not null
	order by submission.unit_code, (submission.scope_code = :scope) desc, scope_state.rolled_up_at desc nulls last,
		submission.scope_code
),
accepted as (
	select distinct on (submission.unit_code) submission.id, submission.unit_code
	from submission
		join deciding_scope on deciding_scope.unit_code = submission.unit_code
			and deciding_scope.scope_code = submission.scope_code
	where submission.year = :year and submission.status in ('accepted', 'accepted_with_warnings')
	order by submission.unit_code, submission.checked_at desc, submission.id desc
)
-- summed once per county first: the figures are read once, and only these few rows are carried up the hierarchy,
-- rather than every figure once per level above it
select unit_parent.parent_code, figure.metric_key, sum(coalesce(figure.value, 0)) as value, count(*) as units
from accepted
	join unit_parent on unit_parent.unit_code = accepted.unit_code
	join figure on figure.submission_id = accepted.id
group by unit_parent.parent_code, figure.metric_key;

-- The totals above the counties: each county's sums added into every region above it, by the metric's key, then
-- given the metric's code and the units expected, and inserted in the order of region_total's key. Grouped by the
-- code and inserted in the order the aggregate gave, the 664,000 totals of a country took 11 s (EXPLAIN ANALYZE, 40,000
-- units): the grouping hashed 2.4 million rows by text, and every insert went to a random page of the key's index.
insert into region_total (year, region_code, metric, value, units_reported, units_expected)
with recursive region_up (region_code, ancestor_code) as (
	-- every region above the units, paired with itself and with each region above it
	select code, code from region where level <> 'unit'
	union all
	select region_up.region_code, region.parent_code
	from region_up join region on region.code = region_up.ancestor_code
	where region.parent_code is not null and region.parent_code <> ''
),
expected as (
	select region_up.ancestor_code as region_code, count(*) as units
	from region as unit join region_up on region_up.region_code = unit.parent_code
	where unit.level = 'unit'
	group by region_up.ancestor_code
),
totals as (
	select region_up.ancestor_code as region_code, county_sum.metric_key, sum(county_sum.value) as value,
		sum(county_sum.units) as units
	from county_sum join region_up on region_up.region_code = county_sum.parent_code
	where region_up.ancestor_code in (:regions)
	group by region_up.ancestor_code, county_sum.metric_key
)
select :year, totals.region_code, metric.code, totals.value, totals.units, expected.units
from totals
	join metric on metric.key = totals.metric_key
	join expected on expected.region_code = totals.region_code
order by totals.region_code, metric.code;
