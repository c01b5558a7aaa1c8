-- figures.csv by COPY (issue 6).

-- One text field of a CSV file for Excel/WPS, exactly as the exporter's Java writer prints it (CsvExporter.format and
-- commons-csv's EXCEL format): text that a spreadsheet would run as a formula (starting with = + - @ tab or CR, unless
-- it is a plain number) gets a leading apostrophe; then the field is quoted, quotes doubled, when it starts with a
-- character up to '#', ends with one up to a space, or holds a quote, comma, CR or LF. Null prints as nothing.
create function xxgk_csv_field(value text) returns text
language sql immutable parallel safe as $$
	select case
		when neutral = '' then ''
		when ascii(neutral) <= 35 or ascii(right(neutral, 1)) <= 32 or neutral ~ E'[",\r\n]'
			then '"' || replace(neutral, '"', '""') || '"'
		else neutral
	end
	from (select case
		when left(value, 1) in ('=', '+', '-', '@', E'\t', E'\r') and value !~ '^[+-]?[0-9]+(\.[0-9]+)?$'
			then '''' || value
		else coalesce(value, '')
	end as neutral) as field
$$;
