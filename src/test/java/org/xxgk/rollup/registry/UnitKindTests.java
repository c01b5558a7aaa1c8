package org.xxgk.rollup.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitKindTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "企水镇, TOWNSHIP", "企水镇人民政府, TOWNSHIP", "雷州市企水镇政府, TOWNSHIP", "某某民族乡, TOWNSHIP",
			"某某苏木, TOWNSHIP", "雷城街道, SUBDISTRICT", "雷城街道办事处, SUBDISTRICT", "'高良涧 街道', SUBDISTRICT",
			"沭阳县人民政府, GOVERNMENT", "淮安市洪泽区人民政府, GOVERNMENT", "淮安市人民政府, GOVERNMENT", "洪泽区, GOVERNMENT",
			"上海市人民政府办公厅, DEPARTMENT", "沭阳县发展和改革局, DEPARTMENT", "雷州市教育局, DEPARTMENT",
			"淮安市住房和城乡建设局, DEPARTMENT", "某县卫生健康委员会, DEPARTMENT", "某县政务服务管理办公室, DEPARTMENT",
			"某县融媒体中心, DEPARTMENT" })
	void theNameSaysTheKind(String name, UnitKind kind) {
		assertThat(UnitKind.inferred(name)).isEqualTo(kind);
	}

	@ParameterizedTest
	@CsvSource({ "township, TOWNSHIP", "subdistrict, SUBDISTRICT", "department, DEPARTMENT", "government, GOVERNMENT" })
	void codesRoundTrip(String code, UnitKind kind) {
		assertThat(UnitKind.ofCode(code)).isEqualTo(kind);
		assertThat(kind.code()).isEqualTo(code);
	}

}
