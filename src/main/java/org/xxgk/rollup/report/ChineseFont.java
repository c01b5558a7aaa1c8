package org.xxgk.rollup.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CJK font the charts are drawn with, loaded from a file rather than trusted to the JVM's font configuration,
 * which on a fresh server has no Chinese glyphs and draws boxes. Looked up in order: the system property
 * {@code xxgk.cjk-font}, the environment variable {@code XXGK_CJK_FONT}, then the files of the Debian packages
 * fonts-wqy-microhei (installed by {@code .ci/run} and the README's set-up; Chinese and Latin glyphs in one file),
 * fonts-wqy-zenhei and fonts-noto-cjk. When none displays Chinese, {@link #warning()} says so and the overview shows it.
 */
public record ChineseFont(Font font, Optional<Path> file, Optional<String> warning) {

	public static final String PROPERTY = "xxgk.cjk-font";

	public static final String VARIABLE = "XXGK_CJK_FONT";

	/**
	 * Text the font must display to count: the characters of the chart titles and the digits of their values (so
	 * Droid Sans Fallback, which has no Latin digits, does not qualify).
	 */
	static final String SAMPLE = "本年新收政府信息公开申请数量予以公开部分公开不予处理行政复议诉讼结果纠正维持单位件（）0123456789.,%";

	static final List<Path> SEARCH = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
			Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
			Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"));

	private static volatile ChineseFont located;

	/** The font found on this machine (looked up once). */
	public static ChineseFont locate() {
		ChineseFont font = located;
		if (font == null) {
			font = locate(candidates());
			located = font;
		}
		return font;
	}

	static ChineseFont locate(List<Path> candidates) {
		List<String> tried = new ArrayList<>();
		for (Path candidate : candidates) {
			if (!Files.isRegularFile(candidate)) {
				tried.add(candidate + "（不存在）");
				continue;
			}
			try {
				Font[] fonts = Font.createFonts(candidate.toFile());
				if (fonts.length > 0 && fonts[0].canDisplayUpTo(SAMPLE) == -1) {
					return new ChineseFont(fonts[0].deriveFont(Font.PLAIN, 12f), Optional.of(candidate),
							Optional.empty());
				}
				tried.add(candidate + "（缺少中文或数字字形）");
			}
			catch (IOException | FontFormatException ex) {
				tried.add(candidate + "（无法读取：" + ex.getMessage() + "）");
			}
		}
		Font fallback = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
		String warning = "未找到可显示中文的字体，图表中的中文可能显示为方框。请安装 fonts-wqy-microhei"
				+ "（apt-get install fonts-wqy-microhei）或用 -D" + PROPERTY + "=字体文件 指定。已尝试：" + String.join("；", tried);
		return new ChineseFont(fallback, Optional.empty(), Optional.of(warning));
	}

	private static List<Path> candidates() {
		List<Path> candidates = new ArrayList<>();
		Optional.ofNullable(System.getProperty(PROPERTY)).filter((path) -> !path.isBlank()).map(Path::of)
			.ifPresent(candidates::add);
		Optional.ofNullable(System.getenv(VARIABLE)).filter((path) -> !path.isBlank()).map(Path::of)
			.ifPresent(candidates::add);
		candidates.addAll(SEARCH);
		return candidates;
	}

	public Font sized(int style, float size) {
		return this.font.deriveFont(style, size);
	}

}
