-- One status per unit of a year and run scope (issue 11): the one status the overview, the workbook, the letters,
-- submissions.csv and findings.csv all show, decided here only (report/UnitStatus holds its words). Missing, rejected,
-- late and corrected after the deadline are different things:
--   missing                   no file of the unit was received (its submission row is the 'missing' one);
--   rejected                  files were received, none is counted (an error, or two different files held back);
--   late                      counted, but its first version arrived after the deadline (SUBMISSION-LATE);
--   corrected_after_deadline  counted; it had sent a version by the deadline and replaced it after (VERSION-CHANGED),
--                             which is not late;
--   accepted_with_warnings    counted, with warnings;
--   accepted                  counted, without findings.
-- A file matched to no unit has no unit and no row here. Read it with year and scope_code in the where clause (they
-- are pushed into both groupings).
create view unit_status as
select unit.year, unit.scope_code, unit.unit_code,
	case
		when unit.counted and coalesce(timing.late, false) then 'late'
		when unit.counted and coalesce(timing.corrected, false) then 'corrected_after_deadline'
		when unit.counted and unit.clean then 'accepted'
		when unit.counted then 'accepted_with_warnings'
		when unit.received then 'rejected'
		else 'missing'
	end as unit_status
from (
	select submission.year, submission.scope_code, submission.unit_code,
		bool_or(submission.status in ('accepted', 'accepted_with_warnings')) as counted,
		bool_or(submission.status = 'accepted') as clean,
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
