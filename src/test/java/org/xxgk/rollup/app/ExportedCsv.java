package org.xxgk.rollup.app;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads an exported CSV back as rows of column name → text, checking the byte order mark Excel and WPS need. */
record ExportedCsv(List<String> header, List<Map<String, String>> rows) {

	static ExportedCsv read(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		if (!text.startsWith("\uFEFF")) {
			throw new AssertionError(file + " does not start with a UTF-8 byte order mark");
		}
		try (Reader reader = new StringReader(text.substring(1))) {
			var parser = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(new LinkedHashMap<>(record.toMap()));
			}
			return new ExportedCsv(parser.getHeaderNames(), rows);
		}
	}

	/** Metric → value of one region's rows of figures.csv. */
	Map<String, BigDecimal> figuresOf(String regionCode) {
		Map<String, BigDecimal> figures = new LinkedHashMap<>();
		this.rows.stream()
			.filter((row) -> row.get("region_code").equals(regionCode))
			.forEach((row) -> figures.put(row.get("metric"), new BigDecimal(row.get("value"))));
		return figures;
	}

}
