package org.xxgk.rollup.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.demo.DemoSetGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first command, {@code jobs/demo}, as a user runs it: its own JVM on the embedded PostgreSQL, the
 * bundled demo set in, the totals and the review outputs out.
 */
class DemoCommandIT {

	@Test
	void theReadmeDemoCommandRunsOnTheEmbeddedDatabase(@TempDir Path temp) throws Exception {
		Path output = temp.resolve("demo");
		// the README's command, with the output and the embedded database's data kept out of the checkout
		ProcessBuilder demo = new ProcessBuilder("jobs/demo", "--output", output.toString(), "--data-dir",
				temp.resolve("data").toString());
		demo.environment().put("XXGK_CLASSPATH", System.getProperty("java.class.path"));
		demo.redirectErrorStream(true);
		Process process = demo.start();
		String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("jobs/demo finished").isTrue();
		assertThat(process.exitValue()).as(printed).isZero();
		assertThat(printed).contains("雷州市 2021年度 汇总完成")
			.contains("通过 13，通过但有警告 5，退回修改 2；没有有效报告的单位 3 个")
			.contains("输出文件夹：" + output);
		assertThat(ExportedCsv.read(output.resolve("figures.csv")).figuresOf("440882"))
			.isEqualTo(ConsolidateJobFunctionalTests.sumOfAccepted(DemoSetGenerator.plan()));
		assertThat(Files.isDirectory(temp.resolve("data/postgres"))).isTrue();
		for (String review : List.of("overview.html", "consolidated.xlsx", "county-report.docx",
				"charts/outcomes.png", "feedback/沈塘镇.html")) {
			assertThat(output.resolve(review)).as("review output").isNotEmptyFile();
		}
	}

}
