package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/**
 * Traditional script converted in pieces (linear in the text's length, one transliterator per thread) gives what
 * converting the text's short lines one at a time gives, across pieces cut at line breaks and inside a long line.
 */
class ScriptConverterTests {

	private static final String LINE = "本機關依申請公開政府資訊，報告期內收到申請數量與上年結轉數量，行政復議及行政訴訟情況。";

	private static final String SIMPLIFIED = "本机关依申请公开政府资讯，报告期内收到申请数量与上年结转数量，行政复议及行政诉讼情况。";

	@Test
	void aLongTextConvertsPieceByPieceAsLineByLine() throws Exception {
		StringBuilder text = new StringBuilder();
		StringBuilder expected = new StringBuilder();
		for (int i = 0; i < 400; i++) {
			text.append(LINE).append('\n');
			expected.append(SIMPLIFIED).append('\n');
		}
		// one line far longer than a piece, cut where Han and punctuation meet
		text.append(LINE.repeat(300));
		expected.append(SIMPLIFIED.repeat(300));
		assertThat(text.length()).isGreaterThan(7 * 4096);

		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> converted = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				converted.add(threads.submit(() -> ScriptConverter.toSimplified(text.toString())));
			}
			for (Future<String> one : converted) {
				assertThat(one.get()).isEqualTo(expected.toString());
			}
		}
		finally {
			threads.shutdown();
		}
	}

}
