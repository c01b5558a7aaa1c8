package org.xxgk.rollup.report;

import java.awt.Color;
import java.util.Map;

/** One colour per category, the same in every chart (予以公开 is always green, 自然人 always blue …). */
final class ChartPalette {

	private static final Color NEUTRAL = new Color(0x4E79A7);

	private static final Map<String, Color> COLOURS = Map.ofEntries(
			// outcomes of applications
			Map.entry("予以公开", new Color(0x59A14F)), Map.entry("部分公开", new Color(0x8CD17D)),
			Map.entry("不予公开", new Color(0xE15759)), Map.entry("无法提供", new Color(0xF28E2B)),
			Map.entry("不予处理", new Color(0xB07AA1)), Map.entry("其他处理", new Color(0x9C755F)),
			// applicant types
			Map.entry("自然人", new Color(0x4E79A7)), Map.entry("商业企业", new Color(0xF28E2B)),
			Map.entry("科研机构", new Color(0x76B7B2)), Map.entry("社会公益组织", new Color(0xEDC948)),
			Map.entry("法律服务机构", new Color(0xB07AA1)), Map.entry("其他", new Color(0xBAB0AC)),
			// review results
			Map.entry("结果维持", new Color(0x59A14F)), Map.entry("结果纠正", new Color(0xE15759)),
			Map.entry("其他结果", new Color(0xBAB0AC)), Map.entry("尚未审结", new Color(0xEDC948)),
			// years: last year grey, this year blue
			Map.entry("previous", new Color(0xBAB0AC)), Map.entry("current", NEUTRAL));

	private ChartPalette() {
	}

	static Color of(String category) {
		return COLOURS.getOrDefault(category, NEUTRAL);
	}

}
