-- When the newest file of the scope arrived (null when none did). Parameters: :year, :scope.
select max(arrived_at) from submission where year = :year and scope_code = :scope and source_file is not null;
