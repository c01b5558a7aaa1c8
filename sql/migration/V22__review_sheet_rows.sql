-- What the last run of a scope did with each filled row of the offline review sheets (复核意见表, issue 12) found
-- under <input>/复核意见/: the row as the clerk filled it, whether it stands as a decision (recorded, with the id of
-- the review_decision that holds it) or was refused, and why in Chinese. Replaced whole by every run of the scope:
-- it describes the sheets in the folder now (the decisions themselves are in review_decision, never deleted).
create table review_sheet_row (
	year integer not null,
	scope_code text not null,
	sheet text not null,
	row_number integer not null,
	unit_name text not null default '',
	rule text not null default '',
	metric text not null default '',
	decision text not null default '',
	reason text not null default '',
	outcome text not null check (outcome in ('recorded', 'refused')),
	message text not null,
	decision_id bigint,
	primary key (year, scope_code, sheet, row_number)
);
