package org.xxgk.rollup.validate;

import java.util.ArrayList;
import java.util.List;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;

/**
 * Applies the per-submission rules of spec/rules.md in order and collects their findings.
 * <p>
 * Rules depending on an earlier finding are skipped: when UNIT-UNKNOWN fires (no unit matched) the rules that need
 * the unit are not run, and when TABLE-MISSING fires for a table the rules reading that table are not run. The
 * conditions are the ones under which those two rules fire ({@code context.unit() == null}, table not in
 * {@link Report#tablesFound()}), so the skipping does not depend on how the rules word their findings.
 * <p>
 * Not here: VERSION-CHANGED, DUPLICATE-SUBMISSION, TEXT-COPIED between units and SUBMISSION-MISSING compare
 * several submissions and are raised by the job with {@link Findings}; FILE-UNREADABLE and FILE-TOO-LARGE happen
 * before there is a report.
 */
public final class SubmissionValidator {

	private final List<SubmissionRule> rules;

	public SubmissionValidator(List<SubmissionRule> rules) {
		this.rules = List.copyOf(rules);
	}

	/** Every per-submission rule of spec/rules.md, in the order of the spec, then the rules this project added. */
	public static SubmissionValidator standard() {
		return new SubmissionValidator(List.of(new UnitUnknownRule(), new YearMismatchRule(), new TableMissingRule(),
				new TableIncompleteRule(), new CellMissingRule(), new CellNotNumberRule(), new ValueNegativeRule(),
				new ValueFractionRule(), new ValueOutOfRangeRule(),
				new TemplateOutdatedRule(), new LabelUnexpectedRule(), new AppBalanceRule(),
				new AppColumnTotalRule(), new AppResultTotalRule(), new ReviewTotalRule(), new CarryOverRule(),
				new TextTableMismatchRule(), new YearInProseRule(), new OutlineIncompleteRule(), new AmountUnitRule(), new RulesNotExpectedRule(),
				new CumulativeBelowNewRule(), new SectionFiveEmptyRule(), new FeeSectionSilentRule(),
				new TextCopiedRule(), new InForceContinuityRule(), new SubmissionLateRule(),
				new YearOverYearOutlierRule(), new CellCountUnitRule(), new CellAnnotatedRule(), new CellRunTogetherRule(),
				new CellNotApplicableRule(), new RowOutdatedRule(), new FormBlankRule()));
	}

	public List<SubmissionRule> rules() {
		return this.rules;
	}

	public List<Finding> validate(Report report, RuleContext context) {
		List<Finding> findings = new ArrayList<>();
		for (SubmissionRule rule : this.rules) {
			if (applies(rule, report, context)) {
				findings.addAll(rule.check(report, context));
			}
		}
		return findings;
	}

	private static boolean applies(SubmissionRule rule, Report report, RuleContext context) {
		if (rule.needsUnit() && context.unit() == null) {
			return false;
		}
		return report.tablesFound().containsAll(rule.tables());
	}

}
