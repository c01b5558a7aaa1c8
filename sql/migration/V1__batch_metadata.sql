-- Spring Batch 6 job repository tables (job history, restart state).
-- Flyway owns every table of the database, the framework's included, so one migration history describes the schema.
-- "if not exists" lets the job adopt a database where Batch already created its tables.

create table if not exists batch_job_instance (
	job_instance_id bigint not null primary key,
	version bigint,
	job_name varchar(100) not null,
	job_key varchar(32) not null,
	constraint job_inst_un unique (job_name, job_key)
);

create table if not exists batch_job_execution (
	job_execution_id bigint not null primary key,
	version bigint,
	job_instance_id bigint not null references batch_job_instance (job_instance_id),
	create_time timestamp not null,
	start_time timestamp default null,
	end_time timestamp default null,
	status varchar(10),
	exit_code varchar(2500),
	exit_message varchar(2500),
	last_updated timestamp
);

create table if not exists batch_job_execution_params (
	job_execution_id bigint not null references batch_job_execution (job_execution_id),
	parameter_name varchar(100) not null,
	parameter_type varchar(100) not null,
	parameter_value varchar(2500),
	identifying char(1) not null
);

create table if not exists batch_step_execution (
	step_execution_id bigint not null primary key,
	version bigint not null,
	step_name varchar(100) not null,
	job_execution_id bigint not null references batch_job_execution (job_execution_id),
	create_time timestamp not null,
	start_time timestamp default null,
	end_time timestamp default null,
	status varchar(10),
	commit_count bigint,
	read_count bigint,
	filter_count bigint,
	write_count bigint,
	read_skip_count bigint,
	write_skip_count bigint,
	process_skip_count bigint,
	rollback_count bigint,
	exit_code varchar(2500),
	exit_message varchar(2500),
	last_updated timestamp
);

create table if not exists batch_step_execution_context (
	step_execution_id bigint not null primary key references batch_step_execution (step_execution_id),
	short_context varchar(2500) not null,
	serialized_context text
);

create table if not exists batch_job_execution_context (
	job_execution_id bigint not null primary key references batch_job_execution (job_execution_id),
	short_context varchar(2500) not null,
	serialized_context text
);

create sequence if not exists batch_step_execution_seq maxvalue 9223372036854775807 no cycle;
create sequence if not exists batch_job_execution_seq maxvalue 9223372036854775807 no cycle;
create sequence if not exists batch_job_instance_seq maxvalue 9223372036854775807 no cycle;
