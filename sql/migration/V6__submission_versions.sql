-- Submission versions (VERSION-CHANGED).

-- Every distinct content (SHA-256) a unit ever submitted for a run scope, with when it arrived (the file's
-- modification time) and its figures (metric code to value, null when blank), so that a change after the deadline can
-- be shown figure by figure. Reruns and withdrawals never delete these rows: a version replaced or withdrawn stays on
-- record.
create table submission_version (
	year integer not null,
	scope_code text not null,
	unit_code text not null,
	sha256 text not null,
	source_file text not null,
	arrived_at timestamptz,
	first_seen_at timestamptz not null default now(),
	figures jsonb not null default '{}',
	primary key (year, scope_code, unit_code, sha256)
);
