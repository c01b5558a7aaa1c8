-- A whole country in one run: the registry may have a country root above its provinces.
alter table region drop constraint region_level_check;
alter table region add constraint region_level_check
	check (level in ('country', 'province', 'prefecture', 'county', 'unit'));
