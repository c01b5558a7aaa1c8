package org.xxgk.rollup.registry;

import java.util.List;

/**
 * A region or reporting unit of the registry: its code (division code, or credit code for a department), short name
 * (企水镇, 雷州市), level, the code of the region above it (empty at the top), other names its reports use, and for a
 * unit its kind (null for the regions above the units).
 */
public record Region(String code, String name, RegionLevel level, String parentCode, List<String> aliases,
		UnitKind kind) {

	/** A region whose kind, if it is a unit, is the one its name says. */
	public Region(String code, String name, RegionLevel level, String parentCode, List<String> aliases) {
		this(code, name, level, parentCode, aliases, (level == RegionLevel.UNIT) ? UnitKind.inferred(name) : null);
	}

	public boolean isUnit() {
		return this.level == RegionLevel.UNIT;
	}

}
