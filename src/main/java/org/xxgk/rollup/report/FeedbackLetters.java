package org.xxgk.rollup.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.model.UnitStatus;
import org.xxgk.rollup.report.ReviewData.ReceivedFile;
import org.xxgk.rollup.report.ReviewData.ReviewFinding;
import org.xxgk.rollup.report.ReviewData.Unit;

/**
 * One letter per unit that needs one ({@code feedback/<unit>.html}), ready to send, chosen by the unit's
 * {@link UnitStatus}: a reminder (催报通知) to a unit that sent nothing, a return letter (退回修改通知) to a unit whose
 * report has an error, and a notice (审核意见) to a unit accepted with warnings, late or corrected after the deadline.
 * Each is addressed to the unit, names the files it sent and when they arrived, lists the findings errors first (what
 * is wrong, where in the form's words, the value given and the value expected, what to do), and gives the office's
 * name, telephone and the date to (re)send by. A unit is told only about files it sent. The county's review decisions
 * are said as they are: a confirmed finding is marked 经县级复核，问题属实，请修改后重新报送; a dismissed one is not
 * mentioned (a unit whose SUBMISSION-MISSING was dismissed gets no reminder); a report counted by decision
 * although it has errors (include) gets a notice saying so, its included errors listed apart, not as open problems.
 */
public class FeedbackLetters {

	private final OfficeSettings office;

	public FeedbackLetters(OfficeSettings office) {
		this.office = office;
	}

	/** Findings by the unit they belong to (keyed by its code; a file matched to no unit by the file), errors first. */
	public static Map<String, List<ReviewFinding>> byUnit(List<ReviewFinding> findings) {
		Map<String, List<ReviewFinding>> units = new LinkedHashMap<>();
		for (ReviewFinding finding : findings) {
			units.computeIfAbsent(unitKey(finding), (key) -> new ArrayList<>()).add(finding);
		}
		units.values().forEach((list) -> list.sort(Comparator.comparing((ReviewFinding finding) -> !finding.isError())));
		return units;
	}

	/**
	 * Hands on the findings of each unit in turn, from findings already in {@link #byUnit}'s order
	 * ({@link ReviewData#findingsByUnit}): only one unit's findings are held at a time.
	 */
	static void eachUnit(Iterable<ReviewFinding> findingsByUnit, Consumer<List<ReviewFinding>> unit) {
		String key = null;
		List<ReviewFinding> findings = new ArrayList<>();
		for (ReviewFinding finding : findingsByUnit) {
			String of = unitKey(finding);
			if (!of.equals(key) && !findings.isEmpty()) {
				unit.accept(findings);
				findings = new ArrayList<>();
			}
			key = of;
			findings.add(finding);
		}
		if (!findings.isEmpty()) {
			unit.accept(findings);
		}
	}

	static String unitOf(ReviewFinding finding) {
		return matched(finding) ? finding.unitName() : "未识别单位（" + finding.sourceFile() + "）";
	}

	/** Whose findings these are, as the letters are written: the unit by its code, or the file matched to none. */
	private static String unitKey(ReviewFinding finding) {
		return matched(finding) ? "unit:" + finding.unitCode() : "file:" + finding.sourceFile();
	}

	private static boolean matched(ReviewFinding finding) {
		return finding.unitCode() != null && !finding.unitName().isBlank();
	}

	/**
	 * The name a finding's unit is shown by, and its letter's ({@link ReviewData.Units#shownName}); a file matched to
	 * no unit by its own.
	 */
	static String shownName(ReviewData data, ReviewFinding finding) {
		return matched(finding) ? data.units().shownName(finding.unitCode(), finding.unitName()) : unitOf(finding);
	}

	/** The letter's file in {@code feedback/} for a unit (or for a file matched to no unit). */
	public static String fileName(String unitName) {
		return Wording.fileName(unitName) + ".html";
	}

	/**
	 * Hands each letter with its file name on as it is written, one at a time. The units and the findings both come
	 * in the order of their unit codes (division codes, digits, which every collation orders alike), findings without
	 * a unit last: each unit's findings are taken from the findings as the unit comes by, and only those of files
	 * matched to no unit are kept to the end. A matched finding of a code that is none of the units gets no letter.
	 */
	public void letters(ReviewData data, BiConsumer<String, String> letter) {
		each(data, new Addressee() {

			@Override
			public void unit(String file, Unit unit, List<ReviewFinding> findings) {
				letter.accept(file, letter(data, unit, findings));
			}

			@Override
			public void unmatched(String file, String name, List<ReviewFinding> findings) {
				letter.accept(file, unmatchedLetter(data, name, findings));
			}

		});
	}

	/**
	 * The file names of the letters {@link #letters} writes, without writing them: the overview links a unit to its
	 * letter only when it has one.
	 */
	static Set<String> files(ReviewData data) {
		Set<String> files = new HashSet<>();
		each(data, new Addressee() {

			@Override
			public void unit(String file, Unit unit, List<ReviewFinding> findings) {
				files.add(file);
			}

			@Override
			public void unmatched(String file, String name, List<ReviewFinding> findings) {
				files.add(file);
			}

		});
		return files;
	}

	/** Who gets a letter: a unit with the findings it is told about, or a file matched to no unit. */
	private interface Addressee {

		void unit(String file, Unit unit, List<ReviewFinding> findings);

		void unmatched(String file, String name, List<ReviewFinding> findings);

	}

	/** Chooses each letter to write, in {@link #letters}' order, and hands it on with what it is written from. */
	private static void each(ReviewData data, Addressee addressee) {
		List<ReviewFinding> unmatched = new ArrayList<>();
		Iterator<ReviewFinding> findings = data.findings().iterator();
		ReviewFinding next = findings.hasNext() ? findings.next() : null;
		for (Unit unit : data.units()) {
			List<ReviewFinding> own = new ArrayList<>();
			boolean dismissedMissing = false;
			for (; next != null && next.unitCode() != null && next.unitCode().compareTo(unit.code()) <= 0;
					next = findings.hasNext() ? findings.next() : null) {
				if (next.unitName().isBlank()) {
					keepUnmatched(next, unmatched);
				}
				else if (next.unitCode().equals(unit.code())) {
					// a finding the county dismissed is not put to the unit; an included one only as counted by decision
					if (next.isOpen() || next.isIncluded()) {
						own.add(next);
					}
					else if (next.rule().equals(SUBMISSION_MISSING)) {
						dismissedMissing = true;
					}
				}
			}
			boolean missing = unit.status() == UnitStatus.MISSING && !dismissedMissing;
			// accepted units, and units whose files only wait to be read again, have nothing to be told
			if (!unit.status().letter().isEmpty() && (!own.isEmpty() || missing
					|| unit.status() == UnitStatus.REJECTED)) {
				addressee.unit(fileName(data.units().shownName(unit)), unit, own);
			}
		}
		for (; next != null; next = findings.hasNext() ? findings.next() : null) {
			if (next.unitCode() == null || next.unitName().isBlank()) {
				keepUnmatched(next, unmatched);
			}
		}
		byUnit(unmatched).values().forEach((found) -> {
			String name = unitOf(found.get(0));
			addressee.unmatched(fileName(name), name, found);
		});
	}

	/** A file the county's machine could not read is the county's to sort out, not a letter's. */
	private static void keepUnmatched(ReviewFinding finding, List<ReviewFinding> unmatched) {
		if (finding.isOpen() && !finding.isReadAgain()) {
			unmatched.add(finding);
		}
	}

	String letter(ReviewData data, Unit unit, List<ReviewFinding> findings) {
		LocalDate date = data.runAt().atZoneSameInstant(Wording.BEIJING).toLocalDate();
		String deadline = Wording.date(this.office.deadlineAfter(date));
		String office = this.office.nameFor(data.regionName());
		// the open findings (a confirmed one among them, said so), then those the county counts by decision
		List<ReviewFinding> sorted = FindingLines.of(findings.stream()
			.filter(ReviewFinding::isOpen)
			.sorted(Comparator.comparing((ReviewFinding finding) -> !finding.isError()))
			.toList());
		List<ReviewFinding> included = FindingLines.of(findings.stream().filter(ReviewFinding::isIncluded).toList());
		long errors = sorted.stream().filter(ReviewFinding::isError).count();
		long confirmed = sorted.stream().filter(ReviewFinding::isConfirmed).count();
		String report = data.year() + "年度政府信息公开工作年度报告";
		// a report that states another year is not called this year's
		String sent = findings.stream().anyMatch((finding) -> finding.rule().equals(Rule.YEAR_MISMATCH.id())) ? "年度报告"
				: report;
		StringBuilder html = new StringBuilder(8 * 1024);
		String title = switch (unit.status()) {
			case MISSING -> "关于催报" + report + "的通知";
			case REJECTED -> "关于退回修改" + report + "的通知";
			default -> "关于" + unit.name() + report + "的审核意见";
		};
		start(html, title, unit.status().letter());
		html.append("<p class=\"to\">").append(Html.escape(unit.name())).append("：</p>\n<p>");
		switch (unit.status()) {
			case MISSING -> html.append("截至").append(Wording.date(date)).append("，").append(Html.escape(office))
				.append("尚未收到贵单位的").append(report).append("，贵单位的数据未计入").append(data.whole())
				.append("汇总").append((confirmed > 0) ? "（" + CONFIRMED_MISSING + "）" : "")
				.append("。<strong>请于").append(deadline).append("前报送</strong>（按国办公开办函〔2021〕30号规定的格式）。</p>\n");
			case REJECTED -> {
				if (errors > 0 && sorted.stream().filter(ReviewFinding::isError).allMatch(ReviewFinding::isFileUnread)) {
					// nothing could be read: the unit is told its files arrived, why they cannot be read, what to send
					html.append("贵单位报送的").append(sent).append(files(unit)).append("已收到，但无法读取，")
						.append("<strong class=\"error\">暂不能计入").append(data.whole())
						.append("汇总。请按下表所说改为报送可以读取的文件，于").append(deadline).append("前重新报送。</strong></p>\n");
				}
				else {
					html.append("贵单位报送的").append(sent).append(files(unit)).append("经审核发现 ").append(errors)
						.append(" 个错误").append(sorted.size() > errors ? "、" + (sorted.size() - errors) + " 个警告" : "")
						.append((confirmed > 0) ? "（其中 " + confirmed + " 个" + CONFIRMED_SHORT + "）" : "")
						.append("，<strong class=\"error\">暂不能计入").append(data.whole()).append("汇总。请按下表更正后，于")
						.append(deadline).append("前重新报送。</strong></p>\n");
				}
			}
			default -> {
				html.append("贵单位报送的").append(sent).append(files(unit));
				if (!included.isEmpty()) {
					html.append("经审核发现 ").append(included.stream().filter(ReviewFinding::isError).count())
						.append(" 个错误，经县级复核，虽有错误，仍计入").append(data.whole())
						.append("汇总（见下文“经复核计入汇总的问题”），本次无需为此重新报送，今后编制报告时请注意更正");
				}
				else {
					// counted as it stands: only a finding the county confirmed asks for a new report
					html.append("已通过审核，计入").append(data.whole()).append("汇总").append((confirmed == 0) ? "，无需重新报送" : "");
				}
				// what a corrected report could change: not lateness, an old form read as it is, or a correction made
				long correctable = sorted.stream()
					.filter((finding) -> !finding.isConfirmed() && !NOTHING_TO_CORRECT.contains(finding.rule()))
					.count();
				html.append(sorted.isEmpty() ? "。"
						: "。审核发现以下 " + sorted.size() + " 个警告，不影响汇总"
								+ ((confirmed == 0) ? ((correctable > 0) ? "，请核实" : "")
										: (confirmed == sorted.size()) ? "，" + CONFIRMED
										: "，其中 " + confirmed + " 个" + CONFIRMED)
								+ "。")
					.append(statusSentence(unit));
				if (confirmed > 0) {
					html.append("请于").append(deadline).append("前重新报送。");
				}
				else if (correctable > 0) {
					html.append("如核实后确有错误，可于").append(deadline).append("前报送更正稿。");
				}
				html.append("</p>\n");
			}
		}
		if (unit.status() != UnitStatus.MISSING) {
			findingTable(html, sorted);
			if (!included.isEmpty()) {
				html.append("<p class=\"included\">经复核计入汇总的问题（").append(INCLUDED).append("）：</p>\n");
				findingTable(html, included);
			}
		}
		end(html, office, date);
		return html.toString();
	}

	static final String SUBMISSION_MISSING = Rule.SUBMISSION_MISSING.id();

	/**
	 * Warnings a corrected report would not remove: the report came late, was read in the old form as it is, or is
	 * itself the correction, or its file's name is at fault; a letter does not offer a 更正稿 for these alone.
	 */
	static final Set<String> NOTHING_TO_CORRECT = Set.of(Rule.SUBMISSION_LATE.id(), Rule.TEMPLATE_OUTDATED.id(),
			Rule.VERSION_CHANGED.id(), Rule.FILE_NAME_INVALID.id());

	/** A confirmed finding, in the letter's opening and beside it (问题属实，退回修改). */
	static final String CONFIRMED = "经县级复核，问题属实，请修改后重新报送";

	static final String CONFIRMED_SHORT = "经县级复核，问题属实";

	static final String CONFIRMED_MISSING = "经县级复核，确未收到";

	/** An included error (虽有错误，仍计入汇总). */
	static final String INCLUDED = "经县级复核，虽有错误，仍计入汇总";

	/** What the unit is asked to do about a finding, the county's decision first. */
	static String advice(ReviewFinding finding) {
		if (finding.isConfirmed()) {
			return CONFIRMED + "。" + finding.advice();
		}
		if (finding.isIncluded()) {
			return INCLUDED + "，本次无需重新报送；今后编制报告时请注意更正。";
		}
		if (finding.isReadAgain()) {
			return "无需重新报送：下次汇总时会重新读取该文件。";
		}
		return finding.advice();
	}

	/** What the unit's status means beyond its findings. */
	private static String statusSentence(Unit unit) {
		return switch (unit.status()) {
			case LATE -> "贵单位的报告晚于报送截止日期收到，请今后按时报送。";
			case CORRECTED_AFTER_DEADLINE -> "贵单位在截止日期前已按时报送，截止日期后又报送了更正稿，现按更正稿汇总，请核实改动。";
			default -> "";
		};
	}

	/** 《file》（2022年1月20日 09:30收到）, for each file of the unit. */
	private static String files(Unit unit) {
		List<String> named = new ArrayList<>();
		for (ReceivedFile file : unit.files()) {
			named.add("《" + Html.escape(file.name()) + "》（"
					+ ((file.arrivedAt() == null) ? "收到时间不详" : Wording.dateTime(file.arrivedAt()) + "收到") + "）");
		}
		return String.join("、", named);
	}

	private String unmatchedLetter(ReviewData data, String name, List<ReviewFinding> findings) {
		LocalDate date = data.runAt().atZoneSameInstant(Wording.BEIJING).toLocalDate();
		String office = this.office.nameFor(data.regionName());
		StringBuilder html = new StringBuilder(4 * 1024);
		start(html, "关于无法确定报送单位的文件的审核意见", "审核意见");
		html.append("<p class=\"to\">报送文件《").append(Html.escape(findings.get(0).sourceFile())).append("》的单位：</p>\n<p>")
			.append(Html.escape(office)).append(findings.stream().anyMatch(ReviewFinding::isFileUnread)
					? "收到的上述文件无法读取，文件名和所在文件夹也没有写明单位，无法确定是哪个单位报送的，未计入"
					: "收到的上述文件无法确定是哪个单位的年度报告，未计入")
			.append(data.whole()).append("汇总。请在报告标题中写明单位全称，于")
			.append(Wording.date(this.office.deadlineAfter(date))).append("前重新报送。</p>\n");
		findingTable(html, FindingLines.of(findings));
		end(html, office, date);
		return html.toString();
	}

	private static void start(StringBuilder html, String title, String kind) {
		html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
			.append(Html.escape(title)).append("</title><style>").append(OverviewPage.STYLE).append(OverviewPage.PRINT)
			.append("</style></head>\n<body data-kind=\"").append(Html.escape(kind)).append("\">\n<h1>")
			.append(Html.escape(title)).append("</h1>\n");
	}

	private static void findingTable(StringBuilder html, List<ReviewFinding> findings) {
		if (findings.isEmpty()) {
			return;
		}
		html.append("<table class=\"findings\"><thead><tr><th>序号</th><th>严重程度</th><th>问题</th>")
			.append("<th>位置（表、行、列）</th><th>填报值</th><th>应为</th><th>请您</th></tr></thead><tbody>\n");
		int number = 1;
		for (ReviewFinding finding : findings) {
			html.append("<tr data-rule=\"").append(Html.escape(finding.rule())).append("\"><td>").append(number++)
				.append("</td><td class=\"").append(finding.isError() ? "error" : "warning").append("\">")
				.append(Wording.severity(finding.severity())).append("</td><td>").append(Html.escape(finding.message()))
				.append("</td><td>").append(Html.escape(Wording.place(finding))).append("</td><td>")
				.append(Html.escape(blankAsDash(finding.actual()))).append("</td><td>")
				.append(Html.escape(blankAsDash(finding.expected()))).append("</td><td>")
				.append(Html.escape(advice(finding))).append("</td></tr>\n");
		}
		html.append("</tbody></table>\n");
	}

	private void end(StringBuilder html, String office, LocalDate date) {
		html.append("<p>如有疑问，请与").append(Html.escape(office)).append("联系");
		if (!this.office.telephone().isBlank()) {
			html.append("（联系电话：").append(Html.escape(this.office.telephone().strip())).append("）");
		}
		html.append("。</p>\n<p class=\"signature\" style=\"text-align:right\">").append(Html.escape(office))
			.append("<br>").append(Wording.date(date)).append("</p>\n</body></html>\n");
	}

	private static String blankAsDash(String text) {
		return text.isBlank() ? "—" : text;
	}

}
