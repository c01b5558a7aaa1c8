-- Deletes Spring Batch's records of job executions that ended more than :days days ago, with their steps, contexts
-- and parameters, then the job instances left without executions. Running executions are never touched. The
-- run_summary table (the county's history of totals) is kept: it is small and is what the office reads.

create temporary table purged_execution on commit drop as
select job_execution_id from batch_job_execution
where status not in ('STARTING', 'STARTED', 'STOPPING')
	and coalesce(end_time, create_time) < localtimestamp - make_interval(days => :days);

delete from batch_step_execution_context where step_execution_id in (
	select step_execution_id from batch_step_execution where job_execution_id in (select job_execution_id from purged_execution));

delete from batch_step_execution where job_execution_id in (select job_execution_id from purged_execution);

delete from batch_job_execution_context where job_execution_id in (select job_execution_id from purged_execution);

delete from batch_job_execution_params where job_execution_id in (select job_execution_id from purged_execution);

delete from batch_job_execution where job_execution_id in (select job_execution_id from purged_execution);

delete from batch_job_instance where not exists (
	select 1 from batch_job_execution where batch_job_execution.job_instance_id = batch_job_instance.job_instance_id);
