-- The consolidation's own tables. Codes are those of shared/spec: metric codes from metrics.csv, rule ids from
-- rules.md, region codes from the registry.

-- The registry as used by the latest run (reloaded at the start of every run).
create table region (
	code text primary key,
	name text not null,
	level text not null check (level in ('province', 'prefecture', 'county', 'unit')),
	parent_code text,
	aliases text not null default ''
);

-- One row per submitted file of a run scope (year + the region the run consolidates), plus one 'missing' row per unit
-- of the scope that sent nothing. Re-running a year replaces these rows; an unchanged file keeps its row.
create table submission (
	id bigserial primary key,
	year integer not null,
	scope_code text not null,
	source_file text,
	sha256 text,
	size_bytes bigint,
	check_key text,
	unit_code text,
	unit_name text,
	stated_unit text,
	stated_year integer,
	title text,
	template text check (template in ('2019', '2021')),
	file_status text check (file_status in ('accepted', 'accepted_with_warnings', 'rejected')),
	status text not null check (status in ('accepted', 'accepted_with_warnings', 'rejected', 'missing',
		'identical_copy')),
	prose text not null default '',
	arrived_at timestamptz,
	checked_at timestamptz not null default now(),
	seen_run_id bigint,
	unique (year, scope_code, source_file)
);

create index submission_unit_year on submission (unit_code, year);

-- Every figure a parsed submission gave, in long form (value null when blank, dashed or not a number).
create table figure (
	submission_id bigint not null references submission (id) on delete cascade,
	metric text not null,
	value numeric(20, 6),
	state text not null check (state in ('number', 'blank', 'dash', 'not_number', 'derived')),
	raw text not null default '',
	location text not null default '',
	primary key (submission_id, metric)
);

-- Findings: 'file' ones belong to a submission's own content and stay while the file is unchanged; 'run' ones
-- (duplicates, missing units, copies between units) are recomputed by every run of the scope.
create table finding (
	id bigserial primary key,
	year integer not null,
	scope_code text not null,
	submission_id bigint references submission (id) on delete cascade,
	unit_code text,
	origin text not null check (origin in ('file', 'run')),
	rule text not null,
	severity text not null check (severity in ('error', 'warning')),
	metric text,
	location text,
	expected text,
	actual text,
	message text not null
);

create index finding_scope on finding (year, scope_code);
create index finding_submission on finding (submission_id);

-- Totals of accepted submissions for every region above the units, per metric, with how many units reported the
-- metric (a unit whose template lacks it does not) and how many the registry expects.
create table region_total (
	year integer not null,
	region_code text not null,
	metric text not null,
	value numeric(24, 6) not null,
	units_reported integer not null,
	units_expected integer not null,
	primary key (year, region_code, metric)
);

-- One row per run: what it saw and the county total of the key figure, so January's evolution can be followed.
create table run_summary (
	run_id bigint primary key,
	year integer not null,
	scope_code text not null,
	started_at timestamptz not null,
	finished_at timestamptz,
	files_seen integer,
	files_parsed integer,
	accepted integer,
	accepted_with_warnings integer,
	rejected integer,
	missing integer,
	new_applications_total numeric(24, 6)
);
