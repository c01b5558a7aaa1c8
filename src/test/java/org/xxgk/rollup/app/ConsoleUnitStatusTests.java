package org.xxgk.rollup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.console.ConsoleQueries;
import org.xxgk.rollup.model.UnitStatus;
import org.xxgk.rollup.parse.HostileFiles;
import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

/**
 * The review console shows each unit's one status, in the words of the page, the workbook and the letters, not the
 * status of one of its files: 纪家镇, whose file is accepted with warnings but arrived late, is 逾期报送 there too, and
 * 覃斗镇, which sent only a scan, is 退回修改 (its file is rejected), never 未报送.
 */
@ExtendWith(TestDatabaseExtension.class)
class ConsoleUnitStatusTests {

	@Test
	void everyUnitHasTheStatusOfSubmissionsCsv(TestDatabase.Database database, @TempDir Path temp) throws IOException {
		Path input = ChildRun.demoSet(temp.resolve("2021"), (file) -> true);
		HostileCorpusJobTests.write(input, "覃斗镇/扫描件.pdf", HostileFiles.scannedPdf());
		Path output = temp.resolve("out");
		CommandRun run = CommandRun.inProcess("--year", "2021", "--input", input.toString(), "--output",
				output.toString(), "--db", database.url());
		assertThat(run.exitCode()).as(run.err()).isZero();

		Map<String, String> csv = new TreeMap<>();
		ExportedCsv.read(output.resolve("submissions.csv")).rows().stream()
			.filter((row) -> !row.get("unit_code").isEmpty())
			.forEach((row) -> csv.put(row.get("unit_name"), UnitStatus.ofSql(row.get("unit_status")).chinese()));
		ConsoleQueries queries = new ConsoleQueries(database.jdbc());
		ConsoleQueries.Scope scope = queries.scope("440882", 2021).orElseThrow();
		Map<String, String> console = new TreeMap<>();
		queries.units(scope).forEach((unit) -> console.put(unit.name(), unit.statusText()));

		assertThat(console).hasSize(21).isEqualTo(csv);
		assertThat(console).containsEntry("纪家镇", "逾期报送")
			.containsEntry("覃斗镇", "退回修改")
			.containsEntry("沈塘镇", "退回修改")
			.containsEntry("唐家镇", "通过（有警告）")
			.containsEntry("东里镇", "通过");
	}

}
