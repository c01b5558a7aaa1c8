package org.xxgk.rollup.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xxgk.rollup.model.SourceFile;
import org.xxgk.rollup.parse.SourceDocument.Block;
import org.xxgk.rollup.parse.SourceDocument.Paragraph;

/**
 * Reads the title (which Word often wraps onto two lines), the body it names, and the reporting year: from the title,
 * else the 统计期限 sentence, else the file or folder name.
 */
final class TitleReader {

	/** Title, stated unit and year (null when not found). */
	record Heading(String title, String statedUnit, Integer year) {
	}

	private static final int MAX_TITLE_LINES = 3;

	private static final String AFTER_UNIT = "(?=20\\d{2}年|二[〇○零O0]二[〇○零O0一二三四五六七八九]年|关于|政府信息公开|信息公开|政务公开)";

	/** A body ends with its kind (人民政府, 街道办事处…); trying those first keeps 人民政府 whole before 信息公开. */
	private static final Pattern NAMED_UNIT = Pattern
		.compile("^(.*?(?:人民政府办公厅|人民政府办公室|人民政府|办事处|管委会|委员会|政府|局|镇|乡|街道))" + AFTER_UNIT);

	/** A body's kind alone, which is no body's name. */
	private static final Pattern BODY_KIND = Pattern.compile("人民政府办公厅|人民政府办公室|人民政府|办事处|管委会|委员会|政府|局|镇|乡|街道");

	/** A title that starts with its year (2025年上海市人民政府办公厅政府信息公开工作年度报告, 二〇二五年…). */
	private static final Pattern LEADING_YEAR = Pattern.compile("^(20\\d{2}|二[〇○零O0]二[〇○零O0一二三四五六七八九])年度?");

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");

	private static final Pattern UNIT = Pattern.compile("^(.+?)" + AFTER_UNIT);

	private static final Pattern METADATA = Pattern
		.compile("^(索引号|分类|主题分类|发布机构|成文日期|名称|文号|发布日期|来源|生效日期)\\s*[:：].*");

	private static final Pattern METADATA_FIELD = Pattern.compile("索引号|分类|主题分类|发布机构|成文日期|名称|文号|发布日期|公开日期|来源|生效日期");

	/**
	 * A page's navigation line: a breadcrumb (首页>…, 政务公开 > 年报), its menu or its font-size switch. A lone {@code >}
	 * is not enough: a unit's name may hold one and its title is no breadcrumb.
	 */
	private static final Pattern NAVIGATION = Pattern
		.compile("当前位置|您现在的位置|您的位置|字号[:：]|^首页|首页\\s*[>＞»]|\\s[>＞»]\\s");

	private static final Pattern TITLE_YEAR = Pattern.compile("(20\\d{2})年");

	/** A year in Chinese numerals, as some titles print it: 二〇二四年 (〇 also written ○, 零 or O). */
	private static final Pattern CHINESE_YEAR = Pattern.compile("(二[〇○零O0]二[〇○零O0一二三四五六七八九])年");

	private static final String NUMERALS = "〇一二三四五六七八九";

	private static final Pattern PERIOD = Pattern.compile("(20\\d{2})年0?1月0?1日[起]?至(?:20\\d{2}年)?12月31日");

	private static final Pattern NAME_YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");

	Heading read(SourceDocument document, String text, SourceFile source) {
		// PDF and OCR copies space out digits and characters (2025 年 政府信息公开…): a Chinese title has no spaces
		String title = fullWidthDigits(WHITESPACE.matcher(title(document)).replaceAll(""));
		String named = LEADING_YEAR.matcher(title).replaceFirst("");
		String statedUnit = firstGroup(NAMED_UNIT, named);
		statedUnit = statedUnit.isEmpty() ? firstGroup(UNIT, named) : statedUnit;
		Integer year = firstYear(TITLE_YEAR, title);
		if (year == null) {
			year = chineseYear(title);
		}
		if (year == null) {
			year = firstYear(PERIOD, Labels.normalize(text));
		}
		if (year == null && source != null) {
			year = firstYear(NAME_YEAR, source.fileName());
			year = (year != null) ? year : firstYear(NAME_YEAR, source.folder());
		}
		return new Heading(title, statedUnit, year);
	}

	/**
	 * The first line ending in 报告, joined to the one or two lines before it that it wraps from, among the lines
	 * before part 一. A web page printed to PDF puts its navigation (首页, 当前位置：首页>…) and its metadata block (索引号,
	 * 名称: …年度报告, as lines or as a table) first, and a side menu (政府信息公开指南, 政府信息公开年度报告); none of that
	 * is the title.
	 */
	private static String title(SourceDocument document) {
		List<String> lines = new ArrayList<>();
		String menuItem = null;
		for (Block block : document.blocks()) {
			if (block instanceof SourceDocument.Grid grid) {
				if (isMetadata(grid)) {
					// the navigation above it is no title either
					lines.clear();
					continue;
				}
				break;
			}
			Paragraph paragraph = (Paragraph) block;
			String text = paragraph.text().strip();
			if (Headings.part(text) != null) {
				break;
			}
			if (METADATA.matcher(text).matches() || NAVIGATION.matcher(text).find()) {
				lines.clear();
				continue;
			}
			lines.add(text);
			// a title wrapped at the margin inside its last word: …工作年度报 / 告 (pdftotext's copy of Word's wrap)
			boolean wrappedInside = text.equals("告") && lines.size() >= 2 && lines.get(lines.size() - 2).endsWith("报");
			if (text.endsWith("报告") || wrappedInside) {
				String candidate = String.join("", lines.subList(Math.max(0, lines.size() - MAX_TITLE_LINES), lines.size()));
				if (!namesNothing(candidate)) {
					return candidate;
				}
				// a page's menu item (政府信息公开年度报告) names no body and no year: the title comes later
				menuItem = (menuItem != null) ? menuItem : candidate;
				lines.clear();
				continue;
			}
			if (lines.size() == MAX_TITLE_LINES) {
				lines.remove(0);
			}
		}
		return (menuItem != null) ? menuItem : lines.stream().filter((line) -> line.contains("报告")).findFirst().orElse("");
	}

	/** A title naming neither a year nor a body (a name before 人民政府, 局, 镇…; 政府信息公开 names none). */
	private static boolean namesNothing(String title) {
		String plain = fullWidthDigits(WHITESPACE.matcher(title).replaceAll(""));
		String unit = firstGroup(NAMED_UNIT, LEADING_YEAR.matcher(plain).replaceFirst(""));
		return firstYear(TITLE_YEAR, plain) == null && chineseYear(plain) == null
				&& (unit.isEmpty() || BODY_KIND.matcher(unit).matches());
	}

	/**
	 * A web page's metadata table: its cells are 索引号：, 发布机构： and the like, or (a table of field names beside
	 * their values, as Chromium prints a site's box) two or more of the field names alone.
	 */
	private static boolean isMetadata(SourceDocument.Grid grid) {
		List<String> cells = grid.rows().stream().flatMap((row) -> row.cells().stream()).map((c) -> c.text().strip()).toList();
		return cells.stream().anyMatch((cell) -> METADATA.matcher(cell + " ").matches())
				|| cells.stream().filter(METADATA_FIELD.asMatchPredicate()).count() >= 2;
	}

	/** ２０２１ as 2021: a year in full-width digits is the same year. */
	private static String fullWidthDigits(String text) {
		StringBuilder plain = new StringBuilder(text.length());
		text.chars().forEach((c) -> plain.append((char) ((c >= '０' && c <= '９') ? c - '０' + '0' : c)));
		return plain.toString();
	}

	private static Integer chineseYear(String title) {
		Matcher matcher = CHINESE_YEAR.matcher(title);
		if (!matcher.find()) {
			return null;
		}
		int year = 0;
		for (char c : matcher.group(1).toCharArray()) {
			int digit = NUMERALS.indexOf(c);
			year = year * 10 + Math.max(digit, 0);
		}
		return year;
	}

	private static String firstGroup(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? matcher.group(1) : "";
	}

	private static Integer firstYear(Pattern pattern, String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
	}

}
