-- How the county's totals evolved over the runs of a year (one row per run).
-- psql "$DB" -v year=2021 -v region=440882 -f sql/review/runs.sql
select run_id, started_at, finished_at, files_seen, files_parsed, files_withdrawn, accepted, accepted_with_warnings, rejected,
	missing, new_applications_total, key_totals
from run_summary
where year = :year and scope_code = :'region'
order by started_at;
