-- The kind of each reporting unit (registry column kind, inferred from the name when absent): plausibility rules
-- such as RULES-NOT-EXPECTED apply to township and subdistrict governments only. Regions above the units have none.
alter table region add column kind text
	check (kind in ('township', 'subdistrict', 'department', 'government'));
alter table region add constraint region_kind_only_for_units check (kind is null or level = 'unit');
