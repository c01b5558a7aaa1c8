package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.xxgk.rollup.model.CellState;

/**
 * The cell reader's short cuts read a cell as the general path does: cleaning scans for spaces instead of running
 * the space pattern, and plain digits skip the steps that would leave them as they are.
 */
class CellReaderTests {

	/** What clean did before the scan: the bookmark pattern, then the space pattern. */
	private static String cleanedByPatterns(String raw) {
		return raw.replaceAll("\\[bookmark:[^\\]]*\\]", "").replaceAll("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+", "");
	}

	@Test
	void cleaningDropsEverySpaceThePatternDropped() {
		List<String> cells = List.of("", "12", " 12 ", "1\t2\n", "\u000B3\f4\r", "\u00A05\u3000", "\u200B6\uFEFF",
				"[bookmark:_Toc1]7", "8[bookmark:x] 9", "[bookmark:", "不 适 用", "22（其中修订16件）", "\u2003em space kept",
				"\u0085next line kept", "   ", "\u3000\u3000");
		for (String raw : cells) {
			assertThat(CellReader.clean(raw)).as(raw).isEqualTo(cleanedByPatterns(raw));
		}
		// Java's \s is ASCII only: an em space and NEL are not spaces to the pattern, nor to the scan
		assertThat(CellReader.clean("\u2003")).isEqualTo("\u2003");
	}

	@Test
	void plainDigitsReadAsTheGeneralPathReadsThem() {
		CellReader.Read digits = CellReader.read("0120", "表三 第1行");
		assertThat(digits.cell().state()).isEqualTo(CellState.NUMBER);
		assertThat(digits.cell().value()).isEqualTo(new BigDecimal("120"));
		assertThat(digits.cell().raw()).isEqualTo("0120");
		assertThat(digits.cell().location()).isEqualTo("表三 第1行");
		assertThat(digits.unit()).isNull();
		// the same digits with a space go the general way, and are read the same
		CellReader.Read spaced = CellReader.read(" 0120", "表三 第1行");
		assertThat(spaced.cell().value()).isEqualTo(digits.cell().value());
		assertThat(spaced.cell().location()).isEqualTo(digits.cell().location());
		assertThat(CellReader.isValueLike("7")).isTrue();
		assertThat(CellReader.isValueLike("7件")).isTrue();
		assertThat(CellReader.isValueLike("总计")).isFalse();
	}

}
