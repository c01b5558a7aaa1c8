package org.xxgk.rollup.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.demo.GeneratedRegionSet;
import org.xxgk.rollup.demo.GeneratedRegionSet.Layout;
import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quiet night leaves the outputs of the last run alone when they are still in the folder as that run wrote them;
 * anything else (a file deleted or edited, another folder, a changed input) writes them all again.
 */
@ExtendWith(TestDatabaseExtension.class)
class QuietNightOutputsTests {

	@Test
	void aQuietNightWritesNoOutputUnlessOneWasDeletedOrEditedOrTheInputChanged(@TempDir Path temp,
			TestDatabase.Database database) throws Exception {
		quietNights(database, temp);
	}

	private static void quietNights(TestDatabase.Database database, Path temp) throws Exception {
		Layout layout = GeneratedRegionSet.write(temp.resolve("set"), 1, 6, 2021);
		Path out = temp.resolve("out");
		String[] args = NightlyRunTests.args(database, layout, "440890", out);
		assertThat(CommandRun.inProcess(args).exitCode()).isZero();
		Map<String, Output> first = outputs(out);
		assertThat(first).containsKeys("figures.csv", "findings.csv", "submissions.csv", "overview.html",
				"consolidated.xlsx", "county-report.docx", "charts/outcomes.png");

		CommandRun quiet = CommandRun.inProcess(args);
		assertThat(quiet.exitCode()).isZero();
		assertThat(quiet.out()).contains("无新增或修改的报告：汇总数与上次相同");
		assertThat(outputs(out)).as("not one file written again").isEqualTo(first);

		// a deleted output: all are written again, the same bytes (the time shown is that of the totals)
		Files.delete(out.resolve("findings.csv"));
		assertThat(CommandRun.inProcess(args).exitCode()).isZero();
		Map<String, Output> rewritten = outputs(out);
		assertThat(rewritten.keySet()).isEqualTo(first.keySet());
		assertThat(rewritten.get("figures.csv").modified()).isNotEqualTo(first.get("figures.csv").modified());
		for (String name : new String[] { "figures.csv", "findings.csv", "submissions.csv", "overview.html" }) {
			assertThat(rewritten.get(name).bytes()).as(name).isEqualTo(first.get(name).bytes());
		}

		// an edited output, even of the same size
		Path overview = out.resolve("overview.html");
		byte[] edited = Files.readAllBytes(overview);
		edited[edited.length - 2] = (byte) '!';
		Files.write(overview, edited);
		assertThat(CommandRun.inProcess(args).exitCode()).isZero();
		assertThat(Files.readAllBytes(overview)).isEqualTo(first.get("overview.html").bytes());
		assertThat(outputs(out).get("figures.csv").modified()).isNotEqualTo(rewritten.get("figures.csv").modified());

		// another folder gets its own outputs
		Path elsewhere = temp.resolve("elsewhere");
		assertThat(CommandRun.inProcess(NightlyRunTests.args(database, layout, "440890", elsewhere)).exitCode())
			.isZero();
		assertThat(Files.readAllBytes(elsewhere.resolve("figures.csv"))).isEqualTo(first.get("figures.csv").bytes());

		// a withdrawn report changes the totals: the outputs follow
		try (var files = Files.walk(layout.input())) {
			Files.delete(files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow());
		}
		assertThat(CommandRun.inProcess(args).exitCode()).isZero();
		Map<String, Output> afterWithdrawal = outputs(out);
		assertThat(afterWithdrawal.get("figures.csv").bytes()).isNotEqualTo(first.get("figures.csv").bytes());
		assertThat(afterWithdrawal.get("submissions.csv").bytes()).isNotEqualTo(first.get("submissions.csv").bytes());
		CommandRun quietAgain = CommandRun.inProcess(args);
		assertThat(quietAgain.exitCode()).isZero();
		assertThat(outputs(out)).isEqualTo(afterWithdrawal);
	}

	/** A file's content and modification time, compared by content. */
	record Output(byte[] bytes, FileTime modified) {

		@Override
		public boolean equals(Object other) {
			return (other instanceof Output that) && Arrays.equals(this.bytes, that.bytes)
					&& this.modified.equals(that.modified);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(this.bytes);
		}

		@Override
		public String toString() {
			return this.bytes.length + " bytes, " + this.modified;
		}

	}

	private static Map<String, Output> outputs(Path folder) throws IOException {
		Map<String, Output> outputs = new TreeMap<>();
		try (var files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				outputs.put(folder.relativize(file).toString(),
						new Output(Files.readAllBytes(file), Files.getLastModifiedTime(file)));
			}
		}
		return outputs;
	}

}
