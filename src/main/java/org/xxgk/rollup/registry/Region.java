package org.xxgk.rollup.registry;

import java.util.List;

/**
 * A region or reporting unit of the registry: its code (division code, or credit code for a department), short name
 * (企水镇, 雷州市), level, the code of the region above it (empty at the top), and other names its reports use.
 */
public record Region(String code, String name, RegionLevel level, String parentCode, List<String> aliases) {

	public boolean isUnit() {
		return this.level == RegionLevel.UNIT;
	}

}
