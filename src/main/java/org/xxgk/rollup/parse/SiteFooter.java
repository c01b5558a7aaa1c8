package org.xxgk.rollup.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The furniture a government site prints after an article, which a saved page, its text copied from the browser and
 * Chromium's PDF of it all carry below part 六: the article's tools (【打印本页】【关闭窗口】, 扫一扫在手机打开当前页,
 * 上一篇/下一篇) and the site footer (网站地图 | 联系我们, 主办单位：…, 网站标识码, 苏ICP备…号, 苏公网安备…号, 建议使用…浏览器).
 * None of it is the report's, so the report's prose ends at the first such line. A report's own last lines (如对本报告有
 * 疑问，请联系…电话) name an address and a telephone too, so those words alone are no footer.
 */
final class SiteFooter {

	/** Words only a site's registration or copyright line prints: a footer line whatever its length. */
	private static final Pattern REGISTRATION = Pattern
		.compile("网站标识码|ICP备|ICP证|公网安备|版权所有|Copyright|©|技术支持[:：]");

	/**
	 * Words of the article's tools and the footer's links: a footer line when short, or two of them together. A counter
	 * counts only with its colon (浏览次数：123), as reports state their site's 访问量 in a sentence of their own.
	 */
	private static final List<String> LINKS = List.of("主办单位", "承办单位", "联系我们", "网站地图", "网站声明", "隐私声明",
			"打印本页", "关闭窗口", "【打印】", "【关闭】", "扫一扫", "手机打开", "分辨率", "浏览器", "上一篇", "下一篇", "返回顶部", "分享到",
			"收藏本页", "加入收藏", "设为首页", "我要纠错", "浏览次数：", "访问量：", "【字体");

	/** A prose sentence is longer than the tool and link lines of a footer. */
	private static final int SHORT = 40;

	private SiteFooter() {
	}

	/** True if a paragraph is a line of the site's footer or of the article's tools. */
	static boolean isFooter(String paragraph) {
		String text = paragraph.replaceAll("[\\s\\u00A0\\u3000]+", "").replace(':', '：');
		if (REGISTRATION.matcher(text).find()) {
			return true;
		}
		long links = LINKS.stream().filter(text::contains).count();
		return links >= 2 || (links == 1 && text.length() <= SHORT);
	}

}
