package org.xxgk.rollup.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run reads its registry once: the registry the command checked its region with is the run's when the file is
 * unchanged, and it is handed over once, not kept.
 */
class ConsolidationRunTests {

	private static final String REGISTRY = """
			code,name,level,parent_code
			440800,湛江市,prefecture,
			440882,雷州市,county,440800
			440882101,附城镇,unit,440882
			""";

	@TempDir
	Path folder;

	@AfterEach
	void forget() {
		ConsolidationRun.forgetCheckedRegistry();
	}

	@Test
	void theRunTakesTheRegistryTheCommandCheckedOnce() throws IOException {
		Path file = Files.writeString(this.folder.resolve("regions.csv"), REGISTRY);
		var checked = ConsolidationRun.registryToRun(file.toString());
		ConsolidationRun run = ConsolidationRun.of(parameters(file.toAbsolutePath().toString()));
		assertThat(run.registry()).isSameAs(checked);
		assertThat(run.unitMatcher()).isSameAs(run.unitMatcher());
		assertThat(ConsolidationRun.of(parameters(file.toAbsolutePath().toString())).registry()).isNotSameAs(checked)
			.satisfies((again) -> assertThat(again.find("440882101")).isPresent());
	}

	@Test
	void aRegistryChangedSinceTheCheckIsReadAgain() throws IOException {
		Path file = Files.writeString(this.folder.resolve("regions.csv"), REGISTRY);
		var checked = ConsolidationRun.registryToRun(file.toString());
		Files.writeString(file, REGISTRY + "440882102,客路镇,unit,440882\n");
		ConsolidationRun run = ConsolidationRun.of(parameters(file.toString()));
		assertThat(run.registry()).isNotSameAs(checked);
		assertThat(run.registry().find("440882102")).isPresent();
	}

	private RunParameters parameters(String regionsFile) {
		return new RunParameters(2021, "440882", this.folder, this.folder.resolve("out"), regionsFile, 1L);
	}

}
