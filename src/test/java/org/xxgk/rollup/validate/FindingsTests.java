package org.xxgk.rollup.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Severity;

class FindingsTests {

	@Test
	void fileTooLargeIsAnError() {
		Finding finding = Findings.fileTooLarge("2021/企水镇/报告.docx", 60_000_000L, 50_000_000L);
		assertThat(finding).isEqualTo(new Finding("FILE-TOO-LARGE", Severity.ERROR, null, "2021/企水镇/报告.docx",
				"不超过 50000000 字节", "60000000 字节",
				"文件已收到，但文件大小（或解压后的大小）为60000000字节，超过了上限50000000字节，无法处理。请删除文档中的大图片或附件后重新报送。"));
	}

	@Test
	void fileUnreadableIsAnErrorSayingWhy() {
		Finding finding = Findings.fileUnreadable("2021/企水镇/报告.docx", "文件已加密");
		assertThat(finding.rule()).isEqualTo("FILE-UNREADABLE");
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.location()).isEqualTo("2021/企水镇/报告.docx");
		assertThat(finding.actual()).isEqualTo("文件已加密");
		assertThat(finding.message()).isEqualTo("文件已收到，但无法读取：文件已加密。");
	}

	@Test
	void aFileTheCountysMachineCouldNotReadAsksNothingOfTheUnit() {
		Finding finding = Findings.fileNotRead("2021/企水镇/报告.docx", "处理该文件时服务器资源不足");
		assertThat(finding).isEqualTo(new Finding("FILE-UNREADABLE", Severity.ERROR, null, "2021/企水镇/报告.docx",
				Finding.READ_AGAIN, "处理该文件时服务器资源不足",
				"文件已收到，本次未能读取：处理该文件时服务器资源不足。这不是报送单位的问题，请系统管理员处理；下次运行时会重新读取，报送单位无需重新报送。"));
	}

	@Test
	void duplicateSubmissionIsAnErrorNamingTheOtherFiles() {
		Finding finding = Findings.duplicateSubmission("企水镇", "2021/企水镇/报告.docx",
				List.of("2021/企水镇/报告(修改).docx", "2021/其他/企水镇.txt"));
		assertThat(finding.rule()).isEqualTo("DUPLICATE-SUBMISSION");
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.location()).isEqualTo("2021/企水镇/报告.docx");
		assertThat(finding.expected()).isEqualTo("每个单位每年报送1份");
		assertThat(finding.actual()).isEqualTo("3 份：2021/企水镇/报告(修改).docx、2021/其他/企水镇.txt");
		assertThat(finding.message()).startsWith("企水镇本年度报送了3份内容不同的报告");
	}

	@Test
	void textCopiedFromAnotherUnitIsAWarning() {
		Finding finding = Findings.textCopiedFromUnit("龙门镇", 0.9634);
		assertThat(finding.rule()).isEqualTo("TEXT-COPIED");
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.actual()).isEqualTo("96.3%");
		assertThat(finding.message()).isEqualTo("报告正文与龙门镇的同年度报告相似度为96.3%，请按本单位实际情况撰写。");
	}

	@Test
	void submissionMissingIsAWarning() {
		Finding finding = Findings.submissionMissing("企水镇", "雷州市");
		assertThat(finding.rule()).isEqualTo("SUBMISSION-MISSING");
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.location()).isEqualTo("雷州市");
		assertThat(finding.actual()).isEqualTo("未报送");
		assertThat(finding.message()).isEqualTo("尚未收到企水镇本年度的政府信息公开工作年度报告，企水镇的数据未计入雷州市汇总。");
	}

	@Test
	void numbersArePlain() {
		assertThat(Findings.plain(new BigDecimal("12.0"))).isEqualTo("12");
		assertThat(Findings.plain(new BigDecimal("1.2E+2"))).isEqualTo("120");
		assertThat(Findings.plain(new BigDecimal("0.00"))).isEqualTo("0");
		assertThat(Findings.plain(new BigDecimal("-1.50"))).isEqualTo("-1.5");
	}

}
