-- The review console's users (issue 12): a name, the BCrypt hash of the password (never the password) and a role —
-- reviewer decides and corrects, viewer reads. There is no default user: jobs/serve --add-user adds each one.
create table console_user (
	name text primary key check (btrim(name) <> ''),
	password_hash text not null,
	role text not null check (role in ('reviewer', 'viewer')),
	created_at timestamptz not null default now()
);
