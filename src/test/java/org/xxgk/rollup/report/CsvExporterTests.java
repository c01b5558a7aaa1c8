package org.xxgk.rollup.report;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExporterTests {

	@Test
	void writesNumbersAsPlainDecimals() {
		assertThat(CsvExporter.format(new BigDecimal("12.000000"))).isEqualTo("12");
		assertThat(CsvExporter.format(new BigDecimal("0.500000"))).isEqualTo("0.5");
		assertThat(CsvExporter.format(new BigDecimal("0E-6"))).isEqualTo("0");
		assertThat(CsvExporter.format(new BigDecimal("1.2E+3"))).isEqualTo("1200");
		assertThat(CsvExporter.format(new BigDecimal("-3"))).isEqualTo("-3");
		assertThat(CsvExporter.format(null)).isEmpty();
		assertThat(CsvExporter.format(2021)).isEqualTo("2021");
	}

	@Test
	void neutralisesTextThatASpreadsheetWouldRunAsAFormula() {
		assertThat(CsvExporter.format("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(CsvExporter.format("+1+1")).isEqualTo("'+1+1");
		assertThat(CsvExporter.format("-1+1")).isEqualTo("'-1+1");
		assertThat(CsvExporter.format("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvExporter.format("-5")).isEqualTo("-5");
		assertThat(CsvExporter.format("企水镇")).isEqualTo("企水镇");
	}

}
