package org.xxgk.rollup.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * figures.csv streamed by COPY ({@code sql/export/figures_lines.sql}) is byte for byte what the JDBC and commons-csv
 * writer makes of {@code sql/export/figures.sql}, also for names a spreadsheet would run as formulas or that need
 * quoting, and for every shape of decimal.
 */
@ExtendWith(TestDatabaseExtension.class)
class FiguresCopyTests {

	private static final String METRICS = "proactive.rules.issued,proactive.rules.repealed,proactive.fees.amount";

	@Test
	void copyWritesTheSameBytesAsTheJdbcWriterForHostileNamesAndEveryDecimal(@TempDir Path temp,
			TestDatabase.Database database) throws Exception {
		JdbcTemplate jdbc = database.migrated().jdbc();
		jdbc.update("""
				insert into region (code, name, level, parent_code) values
					('440000', '=SUM(A1)省', 'province', null),
					('440800', '-1+1市', 'prefecture', '440000'),
					('440890', ' 空格县 ', 'county', '440800'),
					('440890001', E'a,b"c\\nd镇', 'unit', '440890'),
					('440890002', E'@x\\\\y\\t镇', 'unit', '440890'),
					('440890003', '+12', 'unit', '440890'),
					('440890004', '#井镇', 'unit', '440890'),
					('440890005', E'\\t\\r镇', 'unit', '440890'),
					('440890006', '普通镇', 'unit', '440890')""");
		String[] values = { "12.000000", "0.500000", "0", null, "-3.250000", "12345678901234.5", "0.000001" };
		int v = 0;
		for (int unit = 1; unit <= 6; unit++) {
			Long id = jdbc.queryForObject("""
					insert into submission (year, scope_code, source_file, unit_code, status)
					values (2021, '440890', ?, ?, ?) returning id""", Long.class, "f" + unit + ".txt",
					"44089000" + unit, (unit == 5) ? "accepted_with_warnings" : "accepted");
			for (String metric : List.of(METRICS.split(","))) {
				jdbc.update("""
						insert into figure (submission_id, metric_key, value, state)
						values (?, (select key from metric where code = ?), ?::numeric, 'number')""",
						id, metric, values[v++ % values.length]);
			}
			// a metric not in the order asked for (not the run's template's) is not printed
			jdbc.update("""
					insert into figure (submission_id, metric_key, value, state)
					values (?, (select key from metric where code = 'proactive.rules.new_made'), 1, 'number')""", id);
		}
		jdbc.update("""
				insert into submission (year, scope_code, source_file, unit_code, status)
				values (2021, '440890', 'rejected.txt', '440890006', 'rejected')""");
		jdbc.update("""
				insert into region_total (year, region_code, metric, value, units_reported, units_expected)
				select 2021, region.code, metric, 1.100000 * length(region.code), 6, 6
				from region, unnest(string_to_array(?, ',')) as metric where region.level <> 'unit'""", METRICS);

		CsvExporter exporter = new CsvExporter(new NamedParameterJdbcTemplate(jdbc));
		List<String> regions = List.of("440890", "440800", "440000");
		Path jdbcWritten = exporter.export("figures", Map.of("year", 2021, "scope", "440890", "regions", regions,
				"metrics", METRICS), temp.resolve("jdbc"));
		Path copied = exporter.copy("figures", Map.of("xxgk.year", "2021", "xxgk.scope", "440890", "xxgk.regions",
				String.join(",", regions), "xxgk.metrics", METRICS), temp.resolve("copy"));

		String csv = Files.readString(copied, StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFyear,region_code,region_name,region_level,metric,value,units_reported,units_expected\r\n")
			.contains("2021,440890001,\"a,b\"\"c\nd镇\",unit,proactive.rules.issued,12,,\r\n")
			.contains("2021,440890002,'@x\\y\t镇,unit,proactive.rules.issued,,,\r\n")
			.contains("2021,440890002,'@x\\y\t镇,unit,proactive.rules.repealed,-3.25,,\r\n")
			.contains("2021,440890002,'@x\\y\t镇,unit,proactive.fees.amount,12345678901234.5,,\r\n")
			.contains("2021,440890003,+12,unit,proactive.rules.issued,0.000001,,\r\n")
			.contains("2021,440890004,\"#井镇\",unit,proactive.rules.repealed,,,\r\n")
			.contains("2021,440890006,普通镇,unit,proactive.rules.repealed,0,,\r\n")
			.contains("2021,440890005,\"'\t\r镇\",unit,proactive.fees.amount,12,,\r\n")
			.contains("2021,440890,\" 空格县 \",county,proactive.fees.amount,6.6,6,6\r\n")
			.contains("2021,440000,'=SUM(A1)省,province,proactive.rules.issued,6.6,6,6\r\n")
			.contains("2021,440800,'-1+1市,prefecture,")
			.doesNotContain("proactive.rules.new_made")
			.endsWith("2021,440000,'=SUM(A1)省,province,proactive.fees.amount,6.6,6,6\r\n");
		assertThat(csv.lines()).hasSizeGreaterThan(18 + 9);
		assertThat(Files.readAllBytes(copied)).isEqualTo(Files.readAllBytes(jdbcWritten));
	}

}
