-- Quick unchanged check (ingest): each file's modification time as last seen, beside size_bytes, so that a rerun
-- trusts a file whose path, size and modification time are unchanged without reading it (as rsync and make do).
-- Unlike arrived_at (when the content first arrived, which SUBMISSION-LATE and the versions use), it follows the file:
-- a file saved again with the same content keeps its arrival and its result, and only this column moves.
-- Rows stored before this column have none, so their files are read once more by the next run.
alter table submission add column modified_at timestamptz;
