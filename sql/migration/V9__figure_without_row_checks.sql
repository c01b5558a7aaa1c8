-- Loading figures without a check per row (issue 6). The foreign key from figure to submission made PostgreSQL run a
-- referential check (a lookup and a row lock on submission) for every one of the ~200 figure rows of each report:
-- 8 million at a country's 40,000 units, measured at 16 µs a row, more than the COPY itself. Figures are only ever
-- written together with their submission, in the same transaction, so the check guards against nothing the code
-- can do; what the key also did, deleting a submission's figures with it, a statement-level trigger now does, once
-- per delete statement rather than once per row.
alter table figure drop constraint figure_submission_id_fkey;

create function xxgk_delete_figures_of_deleted_submissions() returns trigger
language plpgsql as $$
begin
	delete from figure where submission_id in (select id from deleted_submission);
	return null;
end
$$;

create trigger submission_deletes_its_figures
	after delete on submission
	referencing old table as deleted_submission
	for each statement execute function xxgk_delete_figures_of_deleted_submissions();
