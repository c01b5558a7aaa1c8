-- Nightly runs (issue 5).

-- The nightly history also tells how many files a run found withdrawn (deleted from the input folder since the
-- previous run), so a drop in the totals can be traced to the file that went.
alter table run_summary add column files_withdrawn integer not null default 0;

-- What the latest completed roll-up of a run scope was computed from: a fingerprint of its submissions (path and
-- check key) and the registry. A night whose submissions give the same fingerprint skips the cross-submission checks
-- and the roll-up, since they would write the same rows again.
create table scope_state (
	year integer not null,
	scope_code text not null,
	inputs_fingerprint text not null,
	rolled_up_at timestamptz not null default now(),
	primary key (year, scope_code)
);

-- The run region's totals of the key figures at the end of each run (metric code to value), beside the new
-- applications already kept, so the county can follow them over January.
alter table run_summary add column key_totals jsonb not null default '{}';
