package org.xxgk.rollup.app;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The options of unattended runs: --year auto, --schedule, --purge-history. */
class NightlyOptionsTests {

	@Test
	void theReportingYearIsAlwaysThePreviousCalendarYear() throws Exception {
		assertThat(ConsolidateOptions.reportingYear(LocalDate.of(2022, 1, 1))).isEqualTo(2021);
		assertThat(ConsolidateOptions.reportingYear(LocalDate.of(2022, 3, 31))).isEqualTo(2021);
		assertThat(ConsolidateOptions.reportingYear(LocalDate.of(2022, 12, 31))).isEqualTo(2021);
		ConsolidateOptions auto = ConsolidateOptions.parse("--year", "auto", "--input", "/data/{year}", "--output",
				"out/{year}");
		int year = LocalDate.now(ConsolidateOptions.REPORTING_ZONE).getYear() - 1;
		assertThat(auto.year()).isEqualTo(year);
		assertThat(auto.input()).isEqualTo(Path.of("/data/" + year));
		assertThat(auto.output()).isEqualTo(Path.of("out/" + year));
	}

	@Test
	void aScheduleIsASpringCronExpressionAndEachRunDropsIt() throws Exception {
		ConsolidateOptions nightly = ConsolidateOptions.parse("--year", "auto", "--input", "in", "--output", "out",
				"--schedule", "0 30 1 * * *");
		assertThat(nightly.schedule()).isEqualTo("0 30 1 * * *");
		assertThat(ScheduledRuns.withoutSchedule(new String[] { "--year", "auto", "--schedule", "0 30 1 * * *",
				"--input", "in", "--schedule=0 0 2 * * *", "--output", "out" }))
			.containsExactly("--year", "auto", "--input", "in", "--output", "out");
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> ConsolidateOptions.parse("--year", "2021", "--input", "in", "--output", "out",
					"--schedule", "30 1 * * *"))
			.withMessage("参数错误：定时表达式 “30 1 * * *” 无效（六个字段：秒 分 时 日 月 周，例如 \"0 30 1 * * *\"）")
			.satisfies((ex) -> assertThat(ex.exitCode()).isEqualTo(ExitCodes.BAD_ARGUMENTS));
	}

	@Test
	void purgeHistoryNeedsOnlyTheDaysAndTheDatabase() throws Exception {
		ConsolidateOptions purge = ConsolidateOptions.parse("--purge-history", "90", "--db", "jdbc:postgresql://db/x");
		assertThat(purge.purgeDays()).isEqualTo(90);
		assertThat(purge.applicationArguments()).contains("--xxgk.db-url=jdbc:postgresql://db/x");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> ConsolidateOptions.parse("--purge-history", "0"))
			.withMessage("参数错误：--purge-history 的天数必须至少为 1");
	}

}
