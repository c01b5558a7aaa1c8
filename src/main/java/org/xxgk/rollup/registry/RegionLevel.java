package org.xxgk.rollup.registry;

/**
 * The levels of the region hierarchy, top down; units are township-level bodies or county departments. A country
 * root is optional: it lets one run consolidate several provinces.
 */
public enum RegionLevel {

	COUNTRY, PROVINCE, PREFECTURE, COUNTY, UNIT;

	/** The code used in the registry CSV, the database and the exports: {@code province} ... {@code unit}. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static RegionLevel ofCode(String code) {
		return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
	}

}
