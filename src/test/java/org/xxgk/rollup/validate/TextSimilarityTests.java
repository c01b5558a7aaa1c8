package org.xxgk.rollup.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class TextSimilarityTests {

	private static final String QISHUI_2021 = "2021年，企水镇人民政府认真贯彻落实《中华人民共和国政府信息公开条例》和上级关于政务公开工作的部署，"
			+ "坚持以公开为常态、不公开为例外，不断完善政府信息公开工作机制。企水镇通过政府门户网站、政务公开栏等渠道，"
			+ "主动公开财政预决算、乡村振兴、民生保障等重点领域信息。本年度共收到政府信息公开申请3件，均已按时办结。"
			+ "存在的主要问题：一是工作人员业务水平有待提高；二是信息更新不够及时。下一步，企水镇将加强业务培训，"
			+ "健全信息发布审核制度，进一步提升政务公开质量。";

	private static final String UNRELATED = "今年春季雨水充沛，早稻插秧比往年提前了一周。农技站组织专家下村指导病虫害防治，"
			+ "推广水肥一体化技术，帮助种植大户降低成本。与此同时，渔港码头完成了扩建，新增泊位二十个，"
			+ "渔船进出港更加便利。秋收以后，村民们在晒谷场上举办了丰收节，舞狮、粤剧表演吸引了众多游客。";

	@Test
	void identicalTextsAreOne() {
		assertThat(TextSimilarity.similarity(QISHUI_2021, QISHUI_2021)).isEqualTo(1.0);
	}

	@Test
	void whitespacePunctuationAndDigitsDoNotCount() {
		String reformatted = QISHUI_2021.replace("，", ", ").replace("。", ".\n").replace("2021", "2022");
		assertThat(TextSimilarity.similarity(QISHUI_2021, reformatted)).isEqualTo(1.0);
	}

	@Test
	void unrelatedTextsAreFarApart() {
		assertThat(TextSimilarity.similarity(QISHUI_2021, UNRELATED)).isLessThan(0.3);
	}

	@Test
	void copyWithAnotherUnitAndYearIsNearlyTheSame() {
		String copied = QISHUI_2021.replace("企水镇", "龙门镇").replace("2021", "2022").replace("3件", "5件");
		assertThat(TextSimilarity.similarity(QISHUI_2021, copied)).isGreaterThan(0.9).isLessThan(1.0);
	}

	@Test
	void symmetric() {
		String copied = QISHUI_2021.replace("企水镇", "龙门镇") + "另外补充一句话。";
		assertThat(TextSimilarity.similarity(QISHUI_2021, copied))
			.isEqualTo(TextSimilarity.similarity(copied, QISHUI_2021));
		assertThat(TextSimilarity.similarity(QISHUI_2021, UNRELATED))
			.isEqualTo(TextSimilarity.similarity(UNRELATED, QISHUI_2021));
	}

	@Test
	void emptyAndNullTexts() {
		assertThat(TextSimilarity.similarity("", "")).isEqualTo(1.0);
		assertThat(TextSimilarity.similarity(null, "")).isEqualTo(1.0);
		assertThat(TextSimilarity.similarity("", QISHUI_2021)).isEqualTo(0.0);
		assertThat(TextSimilarity.similarity("无", "有")).isEqualTo(0.0);
	}

	@Test
	void twoLongUnrelatedTextsShareAlmostNoBigrams() {
		// Speed is the benchmark's business (jobs/bench); here only the value on long texts is pinned.
		Random random = new Random(5);
		StringBuilder a = new StringBuilder();
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < 5_000; i++) {
			a.append((char) ('一' + random.nextInt(800)));
			b.append((char) ('一' + random.nextInt(800)));
		}
		assertThat(TextSimilarity.similarity(a.toString(), b.toString())).isBetween(0.0, 0.1);
		assertThat(TextSimilarity.similarity(a.toString(), a.toString())).isEqualTo(1.0);
	}

}
