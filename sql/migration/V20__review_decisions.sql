-- Review decisions and county corrections (issue 12).

-- The county office's decision on one finding: of a unit, a rule and a metric (empty when the finding has none), made
-- on one content of the unit's submission (its SHA-256; null for a unit that sent nothing). The latest decision on a
-- finding supersedes the earlier ones, which stay as its history; a decision applies only while the unit's
-- submission has that content: a new file re-opens its findings.
--   confirm  问题属实，退回修改 (the finding stands)
--   dismiss  核实无误，不再提示 (the finding no longer counts: a dismissed error does not reject)
--   include  虽有错误，仍计入汇总 (the report counts in the totals although the error stands)
create table review_decision (
	id bigserial primary key,
	year integer not null,
	scope_code text not null,
	unit_code text not null,
	rule text not null,
	metric text not null default '',
	sha256 text,
	decision text not null check (decision in ('confirm', 'dismiss', 'include')),
	reason text not null check (btrim(reason) <> ''),
	decided_by text not null check (btrim(decided_by) <> ''),
	decided_at timestamptz not null default now()
);

create index review_decision_finding on review_decision (year, scope_code, unit_code, rule, metric, id);

-- A county correction of one figure of one submission content (e.g. a typo confirmed with the township by phone):
-- the corrected value is used in the checks and the totals; the published value is kept beside it. The latest
-- correction of a figure supersedes the earlier ones, which stay as its history.
create table review_correction (
	id bigserial primary key,
	year integer not null,
	scope_code text not null,
	unit_code text not null,
	sha256 text not null,
	metric text not null,
	value numeric(20, 6) not null,
	published_value numeric(20, 6),
	published_raw text not null default '',
	reason text not null check (btrim(reason) <> ''),
	corrected_by text not null check (btrim(corrected_by) <> ''),
	corrected_at timestamptz not null default now()
);

create index review_correction_content on review_correction (year, scope_code, sha256, metric, id);

-- Never deleted nor changed: a decision or correction is superseded by a later one, so the history is complete.
create function xxgk_review_history_kept() returns trigger
language plpgsql as $$
begin
	raise exception 'review history is append-only: % on % refused', tg_op, tg_table_name;
end
$$;

create trigger review_decision_kept before update or delete on review_decision
	for each row execute function xxgk_review_history_kept();
create trigger review_correction_kept before update or delete on review_correction
	for each row execute function xxgk_review_history_kept();

-- Each finding with the decision shown beside it: the one on the submission's current content if any (it applies),
-- else the latest on an earlier content (shown, the finding is open again).
create view finding_decision as
select finding.id as finding_id, decision.id as decision_id, decision.decision, decision.reason,
	decision.decided_by, decision.decided_at, decision.sha256 is not distinct from submission.sha256 as applies
from finding
	left join submission on submission.id = finding.submission_id
	join lateral (
		select * from review_decision
		where review_decision.year = finding.year and review_decision.scope_code = finding.scope_code
			and review_decision.unit_code = finding.unit_code and review_decision.rule = finding.rule
			and review_decision.metric = coalesce(finding.metric, '')
		order by review_decision.sha256 is not distinct from submission.sha256 desc, review_decision.id desc
		limit 1) as decision on true;

-- The correction in force for each figure of a submission content (the latest).
create view current_correction as
select distinct on (year, scope_code, sha256, metric) *
from review_correction
order by year, scope_code, sha256, metric, id desc;

-- The Chinese wording of a decision (Decision.chinese() in Java), and the note shown beside a finding: the decision in
-- force with its reason, who and when (China's date), or the last one on an earlier content of the unit's file.
create function xxgk_decision_wording(decision text) returns text
language sql immutable parallel safe as $$
	select case decision
		when 'confirm' then '问题属实，退回修改'
		when 'dismiss' then '核实无误，不再提示'
		when 'include' then '虽有错误，仍计入汇总'
	end
$$;

create function xxgk_decision_note(applies boolean, decision text, reason text, decided_by text,
	decided_at timestamptz) returns text
language sql stable parallel safe as $$
	select case
		when decision is null then ''
		when applies then xxgk_decision_wording(decision) || '：' || reason || '（' || decided_by || '，'
			|| to_char(decided_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') || '）'
		else '单位已重新报送，此前的决定不再适用（' || xxgk_decision_wording(decision) || '：' || reason || '）'
	end
$$;
