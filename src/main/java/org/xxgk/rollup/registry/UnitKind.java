package org.xxgk.rollup.registry;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of body a reporting unit is (registry column {@code kind}): plausibility rules that only make sense for
 * one kind ask it, e.g. RULES-NOT-EXPECTED only for township and subdistrict governments, which make no 规章.
 */
public enum UnitKind {

	/** A 镇 or 乡 government (苏木 in Inner Mongolia). */
	TOWNSHIP,

	/** A 街道办事处. */
	SUBDISTRICT,

	/** A government department at any level (局, 委, 办, 中心…). */
	DEPARTMENT,

	/** A county, district, city or province government filing its own report (沭阳县人民政府, 淮安市人民政府). */
	GOVERNMENT;

	private static final Pattern SUBDISTRICT_NAME = Pattern.compile(".*街道(办事处|办)?");

	private static final Pattern TOWNSHIP_NAME = Pattern.compile(".*(镇|乡|苏木)(人民政府|政府)?");

	private static final Pattern GOVERNMENT_NAME = Pattern.compile(".*(省|市|县|区|旗|州|盟)(人民政府|政府)?");

	/** The code used in the registry CSV and the database: {@code township} ... {@code government}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static UnitKind ofCode(String code) {
		return valueOf(code.trim().toUpperCase(Locale.ROOT));
	}

	/**
	 * The kind a unit's name says, for registries without the column: 镇/乡 → township, 街道 → subdistrict, the
	 * government of a 县/市/区 (or the bare place name) → government, anything else (局, 委员会, 办公室, 管委会…) →
	 * department.
	 */
	public static UnitKind inferred(String name) {
		String bare = name.replaceAll("\\s", "");
		if (SUBDISTRICT_NAME.matcher(bare).matches()) {
			return SUBDISTRICT;
		}
		if (TOWNSHIP_NAME.matcher(bare).matches()) {
			return TOWNSHIP;
		}
		if (GOVERNMENT_NAME.matcher(bare).matches()) {
			return GOVERNMENT;
		}
		return DEPARTMENT;
	}

}
