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

	/** A prefecture's registry with the city government and a district government among its own units. */
	private static final String HUAIAN = """
			code,name,level,parent_code,aliases
			320800,淮安市,prefecture,,
			320813,洪泽区,county,320800,
			320812,清江浦区,county,320800,
			320800000,淮安市人民政府,unit,320800,
			320813000,洪泽区人民政府,unit,320813,
			320812000,清江浦区人民政府,unit,320812,
			320813100,岔河镇,unit,320813,
			""";

	@ParameterizedTest
	@CsvSource({ "淮安市洪泽区人民政府2024年政府信息公开工作年度报告, 洪泽区人民政府",
			"淮安市人民政府2024年政府信息公开工作年度报告, 淮安市人民政府", "江苏省淮安市洪泽区岔河镇人民政府2024年度报告, 岔河镇",
			"淮安市洪泽区2024年政府信息公开工作年度报告, 洪泽区人民政府", "洪泽区人民政府2024年度报告, 洪泽区人民政府" })
	void theMostSpecificNameWinsOverTheCityOrCountyInFrontOfIt(String title, String unit) throws Exception {
		UnitMatcher huaian = matcher(HUAIAN, "320800");
		assertThat(huaian.match("", title, "报告.pdf", "")).map((match) -> match.unit().name()).contains(unit);
		assertThat(huaian.matchAll("", title, "", "")).extracting((match) -> match.unit().name()).containsExactly(unit);
	}

	@Test
	void twoGovernmentsNamedInFullAreStillTwoUnits() throws Exception {
		UnitMatcher huaian = matcher(HUAIAN, "320800");
		assertThat(huaian.match("", "淮安市人民政府、洪泽区人民政府2024年联合报告", "", "")).isEmpty();
		assertThat(huaian.match("", "洪泽区人民政府转发清江浦区人民政府报告", "", "")).isEmpty();
		// a place name after another unit's name is not a prefix of it
		assertThat(huaian.match("", "岔河镇淮安市2024年报告", "", "")).isEmpty();
	}

	/** Suqian's county governments: OCR copies print 沭阳 as 沐阳. */
	private static final String SUQIAN = """
			code,name,level,parent_code,aliases
			321300,宿迁市,prefecture,,
			321322,沭阳县,county,321300,
			321323,泗阳县,county,321300,
			321300000,宿迁市人民政府,unit,321300,
			321322000,沭阳县人民政府,unit,321322,
			321323000,泗阳县人民政府,unit,321323,
			321322100,沭城街道,unit,321322,沭城街道办事处
			""";

	@Test
	void aNameWithOneCharacterConfusedByOcrMatchesWhenNoOtherUnitIsAsNear() throws Exception {
		UnitMatcher suqian = matcher(SUQIAN, "321300");
		// the real OCR copy's heading, as published
		String heading = java.nio.file.Files
			.readAllLines(java.nio.file.Path.of("../shared/real/沭阳县人民政府2025年政府信息公开工作年度报告.ocr.md"))
			.get(0)
			.replace("#", "");
		assertThat(heading).contains("沐阳县人民政府");
		UnitMatch match = suqian.match("", heading, "report.md", "").orElseThrow();
		assertThat(match.unit().code()).isEqualTo("321322000");
		assertThat(match.source()).isEqualTo(UnitMatch.Source.TITLE);
		assertThat(match.matchedText()).isEqualTo("沐阳县");
		assertThat(suqian.match("沐阳县人民政府", "", "", "")).map((found) -> found.unit().code()).contains("321322000");
		assertThat(suqian.match("", "沭域街道办事处2025年报告", "", "")).map((found) -> found.unit().code())
			.contains("321322100");
	}

	@Test
	void aNearNameIsNotMatchedWhenAmbiguousTwoOffOfAnotherLevelOrWhenAnExactNameDecides() throws Exception {
		UnitMatcher suqian = matcher(SUQIAN, "321300");
		// 洙阳县 is one character from both 沭阳县 and 泗阳县
		assertThat(suqian.match("", "洙阳县人民政府2025年政府信息公开工作年度报告", "", "")).isEmpty();
		assertThat(suqian.match("", "沐杨县人民政府2025年政府信息公开工作年度报告", "", "")).isEmpty();
		assertThat(suqian.match("", "沭阳镇人民政府2025年政府信息公开工作年度报告", "", "")).isEmpty();
		// a three-character place name without the government after it is too little to go on
		assertThat(suqian.match("", "沐阳县2025年政府信息公开工作年度报告", "", "")).isEmpty();
		// the file name names the unit exactly: that decides, before any near match
		assertThat(suqian.match("", "沐阳县人民政府2025年报告", "泗阳县人民政府.md", ""))
			.map((found) -> found.unit().code())
			.contains("321323000");
		// near matches never take part in matchAll, which looks for conflicting names
		assertThat(suqian.matchAll("", "沐阳县人民政府2025年报告", "", "")).isEmpty();
	}

	private static UnitMatcher matcher(String registry, String region) throws java.io.IOException {
		return new UnitMatcher(RegionRegistry.read(new java.io.StringReader(registry)), region);
	}

}
