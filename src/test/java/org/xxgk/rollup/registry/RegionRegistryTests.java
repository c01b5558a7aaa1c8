package org.xxgk.rollup.registry;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

class RegionRegistryTests {

	private final RegionRegistry registry = RegionRegistry.standard();

	@Test
	void shipsLeizhouWithItsTwentyOneUnitsAndItsParents() {
		List<Region> units = this.registry.unitsUnder("440882");
		assertThat(units).hasSize(21);
		assertThat(units.get(0)).isEqualTo(new Region("440882001", "雷城街道", RegionLevel.UNIT, "440882",
				List.of("雷城街道办事处")));
		assertThat(units).extracting(Region::name)
			.containsExactly("雷城街道", "西湖街道", "新城街道", "白沙镇", "沈塘镇", "客路镇", "杨家镇", "唐家镇", "企水镇", "纪家镇",
					"松竹镇", "南兴镇", "雷高镇", "东里镇", "调风镇", "龙门镇", "英利镇", "北和镇", "乌石镇", "覃斗镇", "附城镇");
		assertThat(units).extracting(Region::code).allMatch((code) -> code.startsWith("440882") && code.length() == 9);
		assertThat(this.registry.get("440882105").name()).isEqualTo("企水镇");
		assertThat(this.registry.ancestorsOf("440882105")).extracting(Region::code)
			.containsExactly("440882", "440800", "440000");
		assertThat(this.registry.get("440800").level()).isEqualTo(RegionLevel.PREFECTURE);
	}

	@Test
	void neighbouringCountiesHaveNoUnitsAndAreNotRolledUp() {
		assertThat(this.registry.children("440800")).extracting(Region::code)
			.containsExactly("440882", "440881", "440823", "440825", "440883");
		assertThat(this.registry.unitsUnder("440881")).isEmpty();
		assertThat(this.registry.unitsUnder("440800")).hasSize(21);
		assertThat(this.registry.rollupRegionsOf("440882")).extracting(Region::code)
			.containsExactly("440000", "440800", "440882");
		assertThat(this.registry.rollupRegionsOf("440800")).extracting(Region::code)
			.containsExactly("440000", "440800", "440882");
	}

	@Test
	void theShippedUnitsAreTownshipsAndSubdistrictsByTheirNames() {
		assertThat(this.registry.get("440882001").kind()).isEqualTo(UnitKind.SUBDISTRICT);
		assertThat(this.registry.get("440882105").kind()).isEqualTo(UnitKind.TOWNSHIP);
		assertThat(this.registry.get("440882").kind()).isNull();
		assertThat(this.registry.unitsUnder("440882")).extracting(Region::kind)
			.containsOnly(UnitKind.TOWNSHIP, UnitKind.SUBDISTRICT);
	}

	@Test
	void theKindColumnIsReadAndAnEmptyCellIsInferredFromTheName() throws IOException {
		RegionRegistry own = RegionRegistry.read(new StringReader("""
				code,name,level,parent_code,aliases,kind
				320800,淮安市,prefecture,,,
				320813,洪泽区,county,320800,,
				320800000,淮安市人民政府,unit,320800,,
				320813000,洪泽区人民政府,unit,320813,淮安市洪泽区人民政府,government
				320813100,岔河镇,unit,320813,,
				320813001,高良涧街道,unit,320813,,
				11320813MB0000001X,洪泽区司法局,unit,320813,,
				320813450,洪泽经济开发区,unit,320813,,department
				320813451,老子山镇,unit,320813,,Department
				"""));
		assertThat(own.all()).extracting(Region::name, Region::kind)
			.containsExactly(tuple("淮安市", null), tuple("洪泽区", null), tuple("淮安市人民政府", UnitKind.GOVERNMENT),
					tuple("洪泽区人民政府", UnitKind.GOVERNMENT), tuple("岔河镇", UnitKind.TOWNSHIP),
					tuple("高良涧街道", UnitKind.SUBDISTRICT), tuple("洪泽区司法局", UnitKind.DEPARTMENT),
					tuple("洪泽经济开发区", UnitKind.DEPARTMENT), tuple("老子山镇", UnitKind.DEPARTMENT));
	}

	@Test
	void anUnknownKindOrAKindAboveTheUnitsIsRefusedWithItsLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> RegionRegistry.read(new StringReader("""
				code,name,level,parent_code,aliases,kind
				320800,淮安市,prefecture,,,
				320800100,某镇,unit,320800,,village
				""")))
			.withMessage("第3行：类型 kind 应为 township、subdistrict、department 或 government，实际为 \"village\"");
		assertThatIllegalArgumentException().isThrownBy(() -> RegionRegistry.read(new StringReader("""
				code,name,level,parent_code,aliases,kind
				320800,淮安市,prefecture,,,government
				""")))
			.withMessage("第2行：只有报送单位（unit）有类型 kind，淮安市 是 prefecture");
	}

	@Test
	void readsAUsersRegistryWithTwoCountiesAndABom() throws IOException {
		RegionRegistry own = RegionRegistry.read(new StringReader("""
				\uFEFFcode,name,level,parent_code,aliases
				440800,湛江市,prefecture,,
				440882,雷州市,county,440800,
				440881,廉江市,county,440800,
				440882105,企水镇,unit,440882,企水鎮|企水镇政府
				440881100,安铺镇,unit,440881,
				"""));
		assertThat(own.unitsUnder("440800")).extracting(Region::code).containsExactly("440882105", "440881100");
		assertThat(own.get("440882105").aliases()).containsExactly("企水鎮", "企水镇政府");
		assertThat(own.rollupRegionsOf("440800")).extracting(Region::code)
			.containsExactly("440800", "440882", "440881");
	}

	@Test
	void rejectsBrokenRegistriesWithAChineseReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> RegionRegistry.read(new StringReader("""
				code,name,level,parent_code,aliases
				440882,雷州市,county,,
				440882105,企水镇,unit,440883,
				"""))).withMessage("440882105（企水镇）的上级代码 440883 不在登记表中");
		assertThatIllegalArgumentException().isThrownBy(() -> RegionRegistry.read(new StringReader("""
				code,name,level,parent_code,aliases
				440882,雷州市,county,,
				440882,雷州市,county,,
				"""))).withMessage("第3行：代码 440882 重复");
		assertThatIllegalArgumentException().isThrownBy(() -> RegionRegistry.read(new StringReader("""
				code,name,level,parent_code,aliases
				440882,雷州市,town,,
				"""))).withMessage("第2行：层级应为 country、province、prefecture、county 或 unit，实际为 \"town\"");
		assertThatIllegalArgumentException().isThrownBy(() -> RegionRegistry.read(new StringReader("""
				code,name,level,parent_code,aliases
				440882,雷州市,county,440882105,
				440882105,企水镇,unit,440882,
				"""))).withMessage("440882（雷州市）的上级 440882105（企水镇）层级不高于它");
		assertThatIllegalArgumentException().isThrownBy(() -> RegionRegistry.read(new StringReader("""
				编码,名称
				440882,雷州市
				"""))).withMessageStartingWith("表头应为 code,name,level,parent_code,aliases");
	}

}
