package org.xxgk.rollup.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The README's {@code jobs/check} on the real 淮安 PDF, as a user runs it. */
class CheckCommandIT {

	@Test
	void theScriptPrintsWhatTheRealPdfSays() throws Exception {
		Path pdf = Path.of("..", "shared", "real", "淮安市人民政府2024年政府信息公开工作年度报告.pdf");
		ProcessBuilder command = new ProcessBuilder("jobs/check", pdf.toString()).redirectErrorStream(true);
		// run against the classes under test rather than building a jar inside the build
		command.environment().put("XXGK_CLASSPATH", System.getProperty("java.class.path"));
		Process script = command.start();
		assertThat(script.waitFor(5, TimeUnit.MINUTES)).as("jobs/check finished").isTrue();
		String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(script.exitValue()).as(output).isZero();
		assertThat(output).contains("结果：通过（0 个错误，0 个警告）", "标题：淮安市人民政府2024年政府信息公开工作年度报告",
				"  行政许可 / 本年处理决定数量：447228\n", "共检查 1 个文件：通过 1");
	}

}
