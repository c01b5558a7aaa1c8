package org.xxgk.rollup.registry;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UnitMatcherTests {

	private final UnitMatcher matcher = new UnitMatcher(RegionRegistry.standard(), "440882");

	@ParameterizedTest
	@CsvSource({ "企水镇人民政府, 440882105", "雷州市企水镇, 440882105", "雷州市企水镇人民政府, 440882105", "企水镇政府, 440882105",
			"企水鎮, 440882105", "'企 水 镇', 440882105", "雷城街道办事处, 440882001", "雷州市西湖街道, 440882002",
			"龍門鎮人民政府, 440882112", "楊家鎮, 440882103", "雷州市新城街道辦事處, 440882003" })
	void matchesTheStatedUnitWhateverItsSuffixScriptAndSpacing(String stated, String code) {
		assertThat(this.matcher.match(stated, "", "", "")).map((match) -> match.unit().code()).contains(code);
	}

	@Test
	void triesTitleThenFileNameThenFolder() {
		UnitMatch byTitle = this.matcher.match("", "雷州市企水镇人民政府2021年度政府信息公开工作年度报告", "报告.docx", "").orElseThrow();
		assertThat(byTitle.source()).isEqualTo(UnitMatch.Source.TITLE);
		assertThat(byTitle.matchedText()).isEqualTo("企水镇");
		UnitMatch byFile = this.matcher.match("", "2021年度政府信息公开工作年度报告", "附城镇2021年报.txt", "").orElseThrow();
		assertThat(byFile.unit().name()).isEqualTo("附城镇");
		assertThat(byFile.source()).isEqualTo(UnitMatch.Source.FILE_NAME);
		UnitMatch byFolder = this.matcher.match("", "年度报告", "2021.txt", "乌石").orElseThrow();
		assertThat(byFolder.unit().name()).isEqualTo("乌石镇");
		assertThat(byFolder.source()).isEqualTo(UnitMatch.Source.FOLDER);
	}

	@Test
	void aTextNamingTwoUnitsMatchesNeitherAndTheNextSourceDecides() {
		assertThat(this.matcher.match("", "企水镇、纪家镇联合报告", "", "")).isEmpty();
		assertThat(this.matcher.match("", "企水镇、纪家镇联合报告", "纪家镇.txt", "")).map((match) -> match.unit().name())
			.contains("纪家镇");
		List<UnitMatch> all = this.matcher.matchAll("企水镇人民政府", "企水镇2021年报告", "纪家镇.txt", "");
		assertThat(all).extracting((match) -> match.unit().name()).containsExactly("企水镇", "企水镇", "纪家镇");
	}

	@Test
	void unitsOutsideTheRegionAndUnknownNamesDoNotMatch() {
		assertThat(this.matcher.match("安铺镇人民政府", "廉江市安铺镇2021年度报告", "安铺镇.txt", "")).isEmpty();
		assertThat(this.matcher.match("雷州市人民政府", "雷州市2021年度政府信息公开工作年度报告", "", "")).isEmpty();
		Optional<UnitMatch> none = this.matcher.match("", "", "", "");
		assertThat(none).isEmpty();
	}

	@Test
	void aShortCoreIsEnoughInAFileName() {
		assertThat(this.matcher.match("", "", "企水2021.txt", "")).map((match) -> match.unit().code())
			.contains("440882105");
		assertThat(this.matcher.match("", "", "雷城.txt", "")).map((match) -> match.unit().code())
			.contains("440882001");
	}

}
