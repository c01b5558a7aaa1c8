package org.xxgk.rollup.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.SubmissionStatus;
import org.xxgk.rollup.model.UnitStatus;
import org.xxgk.rollup.report.ReviewData.ReceivedFile;
import org.xxgk.rollup.report.ReviewData.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review outputs that grow with the units are written as they are made (how little they hold is measured with
 * {@code bench.ReviewHeap} on a 10,000- and a 40,000-unit run, not here): the page's lists of names longer than a
 * block of the page come back whole and in order from their temporary files, and a workbook streamed to its file
 * leaves an identical file alone, as the outputs held in memory did.
 */
class StreamedOutputsTests {

	/** More names than one block of the page (64 K characters) holds: 8,000 names of 11 characters. */
	private static final int UNITS = 8_000;

	@Test
	void everyNameOfACompletenessRowIsListedInOrderBeyondABlock() {
		List<Unit> units = new ArrayList<>();
		for (int i = 0; i < UNITS; i++) {
			String code = String.format("44%07d", i);
			UnitStatus status = (i % 10 == 0) ? UnitStatus.MISSING : UnitStatus.ACCEPTED;
			units.add(new Unit(code, String.format("第%04d号镇人民政府", i), status, "2021",
					(status == UnitStatus.MISSING) ? List.of()
							: List.of(new ReceivedFile(code + ".txt", null, SubmissionStatus.ACCEPTED))));
		}
		ReviewData data = new ReviewData("440000", "广东省", 2021, OffsetDateTime.parse("2022-02-01T10:00:00+08:00"),
				Optional.empty(), units, Map.of(), Map.of(), Map.of(), List.of());
		StringWriter page = new StringWriter();
		new OverviewPage(MetricCatalog.standard()).write(data, List.of(), ChineseFont.locate(), page);
		String html = page.toString();
		String received = String.join("、", IntStream.range(0, UNITS)
			.filter((i) -> i % 10 != 0)
			.mapToObj((i) -> String.format("第%04d号镇人民政府", i))
			.toList());
		assertThat(received.length()).isGreaterThan(64 * 1024);
		assertThat(html).contains("<tr data-group=\"已报送\"><th>已报送</th><td class=\"num\">7200</td><td>" + received
				+ "</td></tr>\n");
		assertThat(html).contains("<tr data-group=\"应报单位\"><th>应报单位</th><td class=\"num\">8000</td><td></td></tr>\n");
		assertThat(html).contains("<tr data-group=\"未报送\"><th>未报送</th><td class=\"num\">800</td><td>第0000号镇人民政府、第0010号镇人民政府、");
	}

	@Test
	void aStreamedFileThatHoldsTheSameBytesIsLeftAloneAndADifferentOneReplaced(@TempDir Path folder) throws IOException {
		Path target = folder.resolve("consolidated.xlsx");
		Files.writeString(target, "the same");
		FileTime before = FileTime.fromMillis(1_000_000_000_000L);
		Files.setLastModifiedTime(target, before);
		ReviewOutputs.writeUnlessSame(target, (out) -> out.write("the same".getBytes(StandardCharsets.UTF_8)));
		assertThat(Files.getLastModifiedTime(target)).isEqualTo(before);
		ReviewOutputs.writeUnlessSame(target, (out) -> out.write("another".getBytes(StandardCharsets.UTF_8)));
		assertThat(Files.readString(target)).isEqualTo("another");
		try (var files = Files.list(folder)) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactly("consolidated.xlsx");
		}
	}

}
