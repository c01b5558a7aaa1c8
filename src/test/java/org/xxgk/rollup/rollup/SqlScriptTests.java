package org.xxgk.rollup.rollup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SqlScriptTests {

	@Test
	void splitsTheRollupIntoItsStatementsWithoutComments() {
		SqlScript script = SqlScript.load("rollup/region_totals.sql");
		assertThatIllegalStateException().isThrownBy(script::singleStatement).withMessageContaining("8 statements");
		assertThat(script.statements().get(0)).isEqualTo("set local work_mem = '256MB'");
		assertThat(script.statements().get(7)).startsWith("insert into region_total").doesNotContain("--");
	}

	@Test
	void loadsAnExportQueryAsOneStatement() {
		String query = SqlScript.load("export/submissions.sql").singleStatement();
		assertThat(query).startsWith("select submission.year").doesNotContain("--").doesNotEndWith(";");
	}

	@Test
	void namesAMissingScript() {
		assertThatIllegalStateException().isThrownBy(() -> SqlScript.load("rollup/none.sql"))
			.withMessageContaining("/sql/rollup/none.sql");
	}

}
