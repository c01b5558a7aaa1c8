package org.xxgk.rollup.validate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Rule;

/**
 * Findings raised outside the per-submission rules (reading files, comparing submissions with each other, the
 * county's view), and the small helpers the rules share to word their findings.
 */
public final class Findings {

	public static final String FILE_UNREADABLE = Rule.FILE_UNREADABLE.id();

	public static final String FILE_TOO_LARGE = Rule.FILE_TOO_LARGE.id();

	public static final String FILE_NAME_INVALID = Rule.FILE_NAME_INVALID.id();

	public static final String DUPLICATE_SUBMISSION = Rule.DUPLICATE_SUBMISSION.id();

	public static final String TEXT_COPIED = Rule.TEXT_COPIED.id();

	public static final String SUBMISSION_MISSING = Rule.SUBMISSION_MISSING.id();

	public static final String UNIT_NAME_CONFLICT = Rule.UNIT_NAME_CONFLICT.id();

	private Findings() {
	}

	/** FILE-TOO-LARGE (error): the file, or what it expands to, is over the configured limit. */
	public static Finding fileTooLarge(String path, long size, long limit) {
		return of(Rule.FILE_TOO_LARGE, null, path, "不超过 " + limit + " 字节",
				size + " 字节", "文件已收到，但文件大小（或解压后的大小）为" + size + "字节，超过了上限" + limit
						+ "字节，无法处理。请删除文档中的大图片或附件后重新报送。");
	}

	/**
	 * FILE-UNREADABLE (error): the file was received but its content cannot be read (a scan without text, a damaged
	 * document, an unknown format); {@code chineseReason} says why (the letter says what to send instead).
	 */
	public static Finding fileUnreadable(String path, String chineseReason) {
		return of(Rule.FILE_UNREADABLE, null, path, "可读取的年度报告", chineseReason,
				"文件已收到，但无法读取：" + chineseReason + "。");
	}

	/**
	 * FILE-UNREADABLE (error) for a reason of the county's machine rather than of the file (no permission, an I/O
	 * error, the server out of memory, a link or a pipe in the input folder): the file is read again by the next run,
	 * and the unit has nothing to do, so it is not asked to.
	 */
	public static Finding fileNotRead(String path, String chineseReason) {
		return of(Rule.FILE_UNREADABLE, null, path, Finding.READ_AGAIN, chineseReason,
				"文件已收到，本次未能读取：" + chineseReason + "。这不是报送单位的问题，请系统管理员处理；下次运行时会重新读取，报送单位无需重新报送。");
	}

	/**
	 * FILE-NAME-INVALID (warning): the file's name is not UTF-8 or is too long for the outputs; it was read all the
	 * same, and is shown under {@code path} (the name decoded, or shortened).
	 */
	public static Finding fileNameInvalid(String path, String shownName) {
		return of(Rule.FILE_NAME_INVALID, null, path, "UTF-8 编码、不超过 180 字节的文件名",
				shownName, "文件名不是通用编码（如在 Windows 上压缩的文件）或过长，已按内容读取，汇总中显示为“" + path
						+ "”。请以较短的中文文件名重新保存。");
	}

	/**
	 * UNIT-NAME-CONFLICT (warning, a rule id added by this project): the report names one unit, its file or folder
	 * name another; the report's own title is trusted.
	 */
	public static Finding unitNameConflict(String path, String trustedUnit, String where, String otherUnit) {
		return of(Rule.UNIT_NAME_CONFLICT, null, path, trustedUnit, where + "：" + otherUnit,
				"报告标题署名为" + trustedUnit + "，但" + where + "写的是" + otherUnit + "。已按报告标题计入" + trustedUnit
						+ "，如报错了单位请重新报送。");
	}

	/** DUPLICATE-SUBMISSION (error): the unit sent different reports for the same year. */
	public static Finding duplicateSubmission(String unitName, String thisFile, List<String> otherFiles) {
		return of(Rule.DUPLICATE_SUBMISSION, null, thisFile, "每个单位每年报送1份",
				(otherFiles.size() + 1) + " 份：" + String.join("、", otherFiles),
				unitName + "本年度报送了" + (otherFiles.size() + 1) + "份内容不同的报告（本文件及"
						+ String.join("、", otherFiles) + "），在撤回多余的报告之前均不纳入汇总，请确认以哪一份为准。");
	}

	/** TEXT-COPIED (warning): the prose is nearly the same as another unit's report of the same year. */
	public static Finding textCopiedFromUnit(String otherUnitName, double similarity) {
		return of(Rule.TEXT_COPIED, null, FormLayout.SECTION_ONE, "与其他单位报告不同",
				percent(similarity), "报告正文与" + otherUnitName + "的同年度报告相似度为" + percent(similarity)
						+ "，请按本单位实际情况撰写。");
	}

	/**
	 * SUBMISSION-MISSING (warning): a unit of the region sent no report for the year (a unit whose report was rejected
	 * has its own findings instead).
	 */
	public static Finding submissionMissing(String unitName, String regionName) {
		return of(Rule.SUBMISSION_MISSING, null, regionName, "本年度年度报告", "未报送",
				"尚未收到" + unitName + "本年度的政府信息公开工作年度报告，" + unitName + "的数据未计入" + regionName
						+ "汇总。");
	}

	/** A number as a clerk writes it: {@code 12}, not {@code 12.0} or {@code 1.2E+1}. */
	static String plain(BigDecimal value) {
		return (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
	}

	/** A share in [0, 1] as a percentage with one decimal, e.g. {@code 96.3%}. */
	static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f%%", share * 100);
	}

	/** A finding of the rule, with the severity the rule has. */
	static Finding of(Rule rule, String metric, String location, String expected, String actual, String message) {
		return new Finding(rule.id(), rule.severity(), metric, location, expected, actual, message);
	}

}
