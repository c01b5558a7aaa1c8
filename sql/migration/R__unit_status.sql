-- One status per unit of a year and run scope: the one status the overview, the workbook, the letters, the console,
-- submissions.csv and findings.csv all show, decided here only (report/UnitStatus holds its words). V40 created the
-- view; this repeatable migration replaces it, after every versioned one and again whenever this file changes, so the
-- view is defined in one file whatever order the feature ranges' migrations were applied in.
--   missing                   no file of the unit was received (its submission row is the 'missing' one);
--   rejected                  files were received and checked, none is counted (an error such as a scan without text or
--                             a damaged file, or two different files held back);
--   pending                   files were received, none could be read for a reason of the county's machine (no
--                             permission, the server out of memory, a link in the input folder): stored without a check
--                             key, they are read again by the next run, and the unit has nothing to do;
--   late                      counted, but its first version arrived after the deadline (SUBMISSION-LATE);
--   corrected_after_deadline  counted; it had sent a version by the deadline and replaced it after (VERSION-CHANGED),
--                             which is not late;
--   accepted_with_warnings    counted, with warnings;
--   accepted                  counted, without findings.
-- A file matched to no unit has no unit and no row here. Read it with year and scope_code in the where clause (they
-- are pushed into both groupings).
create or replace view unit_status as
select unit.year, unit.scope_code, unit.unit_code,
	case
		when unit.counted and coalesce(timing.late, false) then 'late'
		when unit.counted and coalesce(timing.corrected, false) then 'corrected_after_deadline'
		when unit.counted and unit.clean then 'accepted'
		when unit.counted then 'accepted_with_warnings'
		when unit.checked then 'rejected'
		when unit.received then 'pending'
		else 'missing'
	end as unit_status
from (
	select submission.year, submission.scope_code, submission.unit_code,
		bool_or(submission.status in ('accepted', 'accepted_with_warnings')) as counted,
		bool_or(submission.status = 'accepted') as clean,
		bool_or(submission.status <> 'missing' and submission.check_key is not null) as checked,
		bool_or(submission.status <> 'missing') as received
	from submission
	where submission.unit_code is not null
	group by submission.year, submission.scope_code, submission.unit_code
) as unit
	left join (
		select finding.year, finding.scope_code, finding.unit_code,
			bool_or(finding.rule = 'SUBMISSION-LATE') as late, bool_or(finding.rule = 'VERSION-CHANGED') as corrected
		from finding
		where finding.rule in ('SUBMISSION-LATE', 'VERSION-CHANGED') and finding.unit_code is not null
		group by finding.year, finding.scope_code, finding.unit_code
	) as timing on timing.year = unit.year and timing.scope_code = unit.scope_code
		and timing.unit_code = unit.unit_code;
