package org.xxgk.rollup.app;

import java.io.PrintStream;
import java.util.List;

import org.xxgk.rollup.review.ReviewDesk;
import org.xxgk.rollup.review.ReviewRefused;

/** {@code jobs/decide}: records what the command line asks and says what was recorded, or why not (exit 2). */
final class DecideCommand {

	private DecideCommand() {
	}

	static int run(ReviewDesk desk, DecideOptions options, PrintStream out, PrintStream err) {
		try {
			if (options.correction() != null) {
				var correction = options.correction();
				List<ReviewDesk.Recorded> recorded = desk.correct(correction);
				out.println("xxgk-rollup: 已记录更正：" + recorded.get(0).unitName() + " " + correction.metric() + " 更正为 "
						+ correction.value().stripTrailingZeros().toPlainString() + "（" + correction.reason().strip()
						+ "，" + correction.correctedBy() + "）；下次汇总时生效，原报送数值保留");
				return ExitCodes.COMPLETED;
			}
			var decision = options.decision();
			List<ReviewDesk.Recorded> recorded = desk.decide(decision);
			for (ReviewDesk.Recorded finding : recorded) {
				out.println("xxgk-rollup: 已记录决定：" + finding.unitName() + " " + finding.rule()
						+ (finding.metric().isEmpty() ? "" : "（" + finding.metric() + "）") + " "
						+ decision.decision().chinese() + "（" + decision.reason().strip() + "，" + decision.decidedBy()
						+ "）");
			}
			out.println("xxgk-rollup: 下次汇总时生效");
			return ExitCodes.COMPLETED;
		}
		catch (ReviewRefused ex) {
			err.println("xxgk-rollup: " + ex.getMessage());
			return ExitCodes.BAD_ARGUMENTS;
		}
	}

}
