/**
 * Validation: the rules of {@code spec/rules.md} as data, never exceptions.
 * <ul>
 * <li>{@link org.xxgk.rollup.validate.SubmissionValidator#standard()} applies one small
 * {@link org.xxgk.rollup.validate.SubmissionRule} per rule id to one parsed report, in the order of the spec, and
 * returns the {@link org.xxgk.rollup.model.Finding}s (rule id, severity, metric, location, expected, actual, a
 * Chinese message naming the row and column as the form prints them).</li>
 * <li>Rules needing the matched unit are skipped when UNIT-UNKNOWN fires; rules reading a table are skipped when
 * TABLE-MISSING fires for it.</li>
 * <li>Rules comparing with the previous year ask {@link org.xxgk.rollup.validate.RuleContext#previousYear()}.</li>
 * <li>{@link org.xxgk.rollup.validate.Findings} builds the findings raised outside one submission
 * (FILE-UNREADABLE, FILE-TOO-LARGE, DUPLICATE-SUBMISSION, TEXT-COPIED between units, SUBMISSION-MISSING);
 * VERSION-CHANGED is not a per-submission rule either (it needs the stored versions of a unit's submission).</li>
 * <li>{@link org.xxgk.rollup.validate.TextSimilarity} compares prose for TEXT-COPIED.</li>
 * </ul>
 */
package org.xxgk.rollup.validate;

import org.xxgk.rollup.model.Finding;
