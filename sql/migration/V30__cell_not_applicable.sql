-- A cell a unit filled with 不适用 (or N/A) is stored as not applicable: its value stays null like a blank's, but its
-- state says the figure does not apply, which is neither blank nor a reported 0 (rule CELL-NOT-APPLICABLE).
alter table figure drop constraint figure_state_check;
alter table figure add constraint figure_state_check
	check (state in ('number', 'blank', 'dash', 'not_number', 'derived', 'not_applicable'));
