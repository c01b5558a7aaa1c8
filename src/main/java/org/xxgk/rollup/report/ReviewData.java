package org.xxgk.rollup.report;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Rule;
import org.xxgk.rollup.model.Severity;
import org.xxgk.rollup.model.SubmissionStatus;
import org.xxgk.rollup.model.UnitStatus;
import org.xxgk.rollup.review.ReviewSheets.SheetRow;

/**
 * Everything the county office's outputs show about one run: the scope, when the run happened and the newest file it
 * saw, each unit's status with its own key figures, the county totals of this and the previous year, every finding
 * and what the run did with the rows of the filled review sheets. The units and the findings, 40,000 and more for a
 * country, are {@link Rows}: walked a page at a time, as often as an output needs, never held whole. The outputs only
 * format this; they never query.
 *
 * @param findings every finding, by unit code (none last), file, errors first
 * @param findingsByUnit the same findings as {@link FeedbackLetters#byUnit} groups them: by the unit's name (or the
 * unmatched file) in the order each first appears, errors first within each
 */
public record ReviewData(String regionCode, String regionName, int year, OffsetDateTime runAt,
		Optional<OffsetDateTime> dataAsOf, Units units, Map<String, Total> totals,
		Map<String, BigDecimal> previousTotals, Rows<ReviewFinding> findings, Rows<ReviewFinding> findingsByUnit,
		List<SheetRow> sheetRows) {

	/** Held in lists (tests): the figures of a unit in {@code unitFigures} are its figures. */
	public ReviewData(String regionCode, String regionName, int year, OffsetDateTime runAt,
			Optional<OffsetDateTime> dataAsOf, List<Unit> units, Map<String, Total> totals,
			Map<String, BigDecimal> previousTotals, Map<String, Map<String, BigDecimal>> unitFigures,
			List<ReviewFinding> findings, List<SheetRow> sheetRows) {
		this(regionCode, regionName, year, runAt, dataAsOf,
				Units.of(units.stream()
					.map((unit) -> unitFigures.containsKey(unit.code()) ? unit.withFigures(unitFigures.get(unit.code()))
							: unit)
					.toList()),
				totals, previousTotals, Rows.of(findings.stream().sorted(BY_UNIT_CODE).toList()),
				Rows.of(FeedbackLetters.byUnit(findings).values().stream().flatMap(List::stream).toList()), sheetRows);
	}

	public ReviewData(String regionCode, String regionName, int year, OffsetDateTime runAt,
			Optional<OffsetDateTime> dataAsOf, List<Unit> units, Map<String, Total> totals,
			Map<String, BigDecimal> previousTotals, Map<String, Map<String, BigDecimal>> unitFigures,
			List<ReviewFinding> findings) {
		this(regionCode, regionName, year, runAt, dataAsOf, units, totals, previousTotals, unitFigures, findings,
				List.of());
	}

	/** The order of {@link #findings}: by unit code (none last), file, errors first (else as given). */
	private static final Comparator<ReviewFinding> BY_UNIT_CODE = Comparator
		.comparing(ReviewFinding::unitCode, Comparator.nullsLast(Comparator.<String>naturalOrder()))
		.thenComparing(ReviewFinding::sourceFile)
		.thenComparing((ReviewFinding finding) -> !finding.isError());

	/**
	 * Rows walked anew each time (a page at a time from the database, or from a list), so an output can count them
	 * first and list them after without anyone holding them all.
	 */
	public interface Rows<T> extends Iterable<T> {

		default Stream<T> stream() {
			return StreamSupport.stream(spliterator(), false);
		}

		default long count() {
			return stream().count();
		}

		static <T> Rows<T> of(List<T> rows) {
			return rows::iterator;
		}

	}

	/** The units, with how many there are and how many are counted known without walking them. */
	public interface Units extends Rows<Unit> {

		long counted();

		/**
		 * The names more than one unit of the scope bears (two 城关镇 of two counties in a prefecture's run): the
		 * units, and their letters, cannot be told apart by the name alone.
		 */
		Set<String> sharedNames();

		/**
		 * The name every output shows a unit by, and its letter's: its name, with its code where another unit of the
		 * scope has that name (城关镇（441001101）).
		 */
		default String shownName(Unit unit) {
			return shownName(unit.code(), unit.name());
		}

		/** The name the unit of this code and name is shown by ({@link #shownName(Unit)}). */
		default String shownName(String code, String name) {
			return sharedNames().contains(name) ? name + "（" + code + "）" : name;
		}

		/** The names that occur more than once among these. */
		static Set<String> shared(Stream<String> names) {
			Set<String> seen = new HashSet<>();
			return names.filter((name) -> !seen.add(name)).collect(Collectors.toUnmodifiableSet());
		}

		static Units of(List<Unit> units) {
			long counted = units.stream().filter(Unit::accepted).count();
			Set<String> shared = shared(units.stream().map(Unit::name));
			return new Units() {

				@Override
				public Set<String> sharedNames() {
					return shared;
				}

				@Override
				public Iterator<Unit> iterator() {
					return units.iterator();
				}

				@Override
				public long count() {
					return units.size();
				}

				@Override
				public long counted() {
					return counted;
				}

			};
		}

	}

	/**
	 * Up to this many units, every figure of every unit is read and listed (the spreadsheet's detail sheet); beyond,
	 * only the per-unit table's figures, and figures.csv holds the rest.
	 */
	public static final int DETAIL_UNIT_LIMIT = 500;

	public boolean detailed() {
		return this.units.count() <= DETAIL_UNIT_LIMIT;
	}

	/** How many units the scope has: the outputs say it in several places. */
	public long unitCount() {
		return this.units.count();
	}

	/** How many of them are counted in the totals. */
	public long acceptedCount() {
		return this.units.counted();
	}

	/** A county total with how many units reported the metric (a unit whose template lacks it does not). */
	public record Total(BigDecimal value, int unitsReported, int unitsExpected) {

	}

	/**
	 * A unit of the scope, its one {@link UnitStatus}, the template of its best submission, every file received for
	 * it (none when it sent nothing) and, when it is counted, its figures (only the per-unit table's for a scope
	 * beyond {@link #DETAIL_UNIT_LIMIT} units).
	 */
	public record Unit(String code, String name, UnitStatus status, String template, List<ReceivedFile> files,
			Map<String, BigDecimal> figures) {

		public Unit(String code, String name, UnitStatus status, String template, List<ReceivedFile> files) {
			this(code, name, status, template, files, Map.of());
		}

		Unit withFigures(Map<String, BigDecimal> figures) {
			return new Unit(this.code, this.name, this.status, this.template, this.files, figures);
		}

		/** The unit's figure of a metric, 0 when it has none. */
		public BigDecimal figure(String metric) {
			return this.figures.getOrDefault(metric, BigDecimal.ZERO);
		}

		public boolean received() {
			return this.status.received();
		}

		public boolean accepted() {
			return this.status.counted();
		}

		/** The files' names, joined with 、 (empty when none). */
		public String fileNames() {
			return String.join("、", this.files.stream().map(ReceivedFile::name).toList());
		}

	}

	/** A file received for a unit: its name as received, when its content arrived (null if unknown), its status. */
	public record ReceivedFile(String name, OffsetDateTime arrivedAt, SubmissionStatus status) {

	}

	/** The region's word for itself in 全市/全县/全区 (雷州市 → 全市). */
	public String whole() {
		return Wording.whole(this.regionName);
	}

	/**
	 * A finding with the unit, file and template it belongs to (unit code empty when no unit was recognised), and the
	 * county's review: {@code decision} the code of the decision in force (empty when none), {@code decisionNote} its
	 * wording, reason, who and when, or the last decision on an earlier file of the unit; {@code sha256} the content
	 * of the submission it was found in (empty for a unit that sent nothing), the offline sheet's key.
	 */
	public record ReviewFinding(String unitCode, String unitName, String sourceFile, String template, String rule,
			String severity, String metric, String location, String expected, String actual, String message,
			String decision, String decisionNote, String sha256) {

		public ReviewFinding(String unitCode, String unitName, String sourceFile, String template, String rule,
				String severity, String metric, String location, String expected, String actual, String message,
				String decision, String decisionNote) {
			this(unitCode, unitName, sourceFile, template, rule, severity, metric, location, expected, actual, message,
					decision, decisionNote, "");
		}

		public ReviewFinding(String unitCode, String unitName, String sourceFile, String template, String rule,
				String severity, String metric, String location, String expected, String actual, String message) {
			this(unitCode, unitName, sourceFile, template, rule, severity, metric, location, expected, actual, message,
					"", "");
		}

		public boolean isError() {
			return this.severity.equals("error");
		}

		/** What the unit should do about the finding: its rule's advice. */
		public String advice() {
			return Rule.adviceOn(this.rule, Severity.ofCode(this.severity));
		}

		/** A file the county's machine could not read now, read again by the next run: nothing for the unit to do. */
		public boolean isReadAgain() {
			return this.rule.equals(Rule.FILE_UNREADABLE.id()) && this.expected.equals(Finding.READ_AGAIN);
		}

		/** The file was received but yielded no report (unreadable or too large, for a reason of its own). */
		public boolean isFileUnread() {
			return (this.rule.equals(Rule.FILE_UNREADABLE.id()) || this.rule.equals(Rule.FILE_TOO_LARGE.id()))
					&& !isReadAgain();
		}

		/** Still a problem for the unit to fix: not dismissed, nor included by the county. */
		public boolean isOpen() {
			return !this.decision.equals("dismiss") && !this.decision.equals("include");
		}

		/** The county checked it and found it real (问题属实，退回修改). */
		public boolean isConfirmed() {
			return this.decision.equals("confirm");
		}

		/** The county counts the report although this error stands (虽有错误，仍计入汇总). */
		public boolean isIncluded() {
			return this.decision.equals("include");
		}

	}

	public Optional<BigDecimal> total(String metric) {
		return Optional.ofNullable(this.totals.get(metric)).map(Total::value);
	}

	public BigDecimal totalOrZero(String metric) {
		return total(metric).orElse(BigDecimal.ZERO);
	}

	public boolean hasHistory() {
		return !this.previousTotals.isEmpty();
	}

}
