-- The county's review decisions on the scope's findings (review_decision, through the view finding_decision), applied
-- to the statuses after the run's own checks: a dismissed finding no longer counts, an included error keeps its
-- finding but lets the report into the totals (accepted_with_warnings). Only decisions on the submission's current
-- content apply. Parameters: :year, :scope.
update submission set status = decided.status
from (
	select finding.submission_id as id,
		case
			when bool_or(finding.severity = 'error'
					and not coalesce(decision.applies and decision.decision in ('dismiss', 'include'), false))
				then 'rejected'
			when bool_or(finding.severity = 'error' and coalesce(decision.applies and decision.decision = 'include', false))
					or bool_or(finding.severity = 'warning'
						and not coalesce(decision.applies and decision.decision = 'dismiss', false))
				then 'accepted_with_warnings'
			else 'accepted'
		end as status,
		coalesce(bool_or(decision.applies), false) as decided
	from finding left join finding_decision as decision on decision.finding_id = finding.id
	where finding.year = :year and finding.scope_code = :scope and finding.submission_id is not null
		and exists (select 1 from review_decision where review_decision.year = :year
			and review_decision.scope_code = :scope)
	group by finding.submission_id
) as decided
where submission.id = decided.id and decided.decided
	and submission.status <> 'missing' and submission.status <> 'identical_copy'
	and submission.status <> decided.status;
