package org.xxgk.rollup.report;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import org.xxgk.rollup.model.SubmissionStatus;
import org.xxgk.rollup.model.UnitStatus;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.registry.RegionRegistry;
import org.xxgk.rollup.report.ReviewData.ReviewFinding;
import org.xxgk.rollup.report.ReviewData.Total;
import org.xxgk.rollup.report.ReviewData.ReceivedFile;
import org.xxgk.rollup.report.ReviewData.Unit;
import org.xxgk.rollup.review.ReviewSheets;
import org.xxgk.rollup.review.ReviewSheets.SheetRow;
import org.xxgk.rollup.rollup.SqlScript;

/** Reads a run's {@link ReviewData} with the queries of {@code sql/report/}. */
public class ReviewDataRepository {

	private final NamedParameterJdbcTemplate jdbc;

	public ReviewDataRepository(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Rows per page of units or findings: what an output holds of them at a time. */
	static final int PAGE = 1_000;

	/**
	 * The run's review data. Its units and findings are copied into tables of the current transaction (the review
	 * step's), each row numbered in the outputs' order, and read from there a page at a time whenever an output walks
	 * them: nothing holds them whole, and every walk sees the same rows.
	 */
	public ReviewData load(RegionRegistry registry, String scopeCode, int year, OffsetDateTime runAt) {
		Region scope = registry.get(scopeCode);
		List<Region> scopeUnits = registry.unitsUnder(scopeCode);
		// beyond a county's size, only the per-unit table's figures are read: the detail of every figure of every
		// unit is figures.csv's business, and would not fit in memory (or in a spreadsheet) for a province
		String metrics = (scopeUnits.size() <= ReviewData.DETAIL_UNIT_LIMIT) ? ""
				: KeyFigures.UNIT_COLUMNS.stream()
					.flatMap((figure) -> figure.metrics().stream())
					.collect(Collectors.joining(","));
		Map<String, Object> parameters = Map.of("year", year, "scope", scopeCode, "region", scopeCode, "units",
				scopeUnits.stream().map(Region::code).collect(Collectors.joining(",")), "metrics", metrics);
		copy("review_unit", "row_number() over (order by code)", "units", parameters);
		copy("review_file", "row_number() over (order by unit_code, arrived_at nulls last, source_file)", "files",
				parameters);
		copy("review_unit_figure", "row_number() over ()", "unit_figures", parameters);
		copy("review_finding", "row_number() over (order by unit_code nulls last, source_file,"
				+ " case severity when 'error' then 0 else 1 end, finding_id)", "findings", parameters);
		// FeedbackLetters.byUnit's order: by the unit's code (or the unmatched file) in the order each first
		// appears, errors first within it
		this.jdbc.getJdbcTemplate().execute("""
				create temp table review_finding_by_unit on commit drop as
				select row_number() over (order by first_seq, severity <> 'error', seq) as seq, finding_seq
				from (select seq as finding_seq, seq, severity, min(seq) over (partition by case
						when unit_code is not null and btrim(unit_name) <> '' then 'unit:' || unit_code
						else 'file:' || source_file end) as first_seq
					from review_finding) as grouped""");
		for (String table : List.of("review_unit (seq)", "review_unit (code)", "review_file (unit_code)",
				"review_unit_figure (unit_code)", "review_finding (seq)", "review_finding_by_unit (seq)")) {
			this.jdbc.getJdbcTemplate().execute("create index on " + table);
		}
		OffsetDateTime dataAsOf = this.jdbc.queryForObject(query("data_as_of"), parameters, OffsetDateTime.class);
		long[] counts = this.jdbc.getJdbcTemplate().queryForObject("""
				select count(*), count(*) filter (where unit_status in (%s)) from review_unit""".formatted(
				Arrays.stream(UnitStatus.values()).filter(UnitStatus::counted)
					.map((status) -> "'" + status.code() + "'").collect(Collectors.joining(", "))),
				(row, i) -> new long[] { row.getLong(1), row.getLong(2) });
		Set<String> sharedNames = ReviewData.Units.shared(scopeUnits.stream().map(Region::name));
		ReviewData.Units units = new ReviewData.Units() {

			@Override
			public Set<String> sharedNames() {
				return sharedNames;
			}

			@Override
			public Iterator<Unit> iterator() {
				return unitPage();
			}

			@Override
			public long count() {
				return counts[0];
			}

			@Override
			public long counted() {
				return counts[1];
			}

		};
		return new ReviewData(scope.code(), scope.name(), year, runAt, Optional.ofNullable(dataAsOf), units,
				totals(scopeCode, year), previousValues(scopeCode, year - 1),
				paged("select * from review_finding where seq > :after and seq <= :after + :page order by seq"),
				paged("""
						select review_finding.* from review_finding_by_unit
							join review_finding on review_finding.seq = review_finding_by_unit.finding_seq
						where review_finding_by_unit.seq > :after and review_finding_by_unit.seq <= :after + :page
						order by review_finding_by_unit.seq"""),
				sheetRows(scopeCode, year));
	}

	/** Copies what a report query returns into a table of the transaction, numbering its rows as {@code seq}. */
	private void copy(String table, String numbering, String query, Map<String, Object> parameters) {
		this.jdbc.update("create temp table " + table + " on commit drop as select " + numbering + " as seq, rows.*"
				+ " from (" + query(query) + ") as rows", parameters);
	}

	/** The units, a page at a time, each with its files and figures. */
	private Iterator<Unit> unitPage() {
		return new Pages<>((after) -> {
			Map<String, Object> page = Map.of("after", after, "page", PAGE);
			List<String[]> rows = this.jdbc.query("""
					select code, name, unit_status, template from review_unit
					where seq > :after and seq <= :after + :page order by seq""", page,
					(row, i) -> new String[] { row.getString(1), row.getString(2), row.getString(3), row.getString(4) });
			if (rows.isEmpty()) {
				return List.of();
			}
			Map<String, Object> codes = Map.of("codes", rows.stream().map((row) -> row[0]).toArray(String[]::new));
			Map<String, List<ReceivedFile>> files = new HashMap<>();
			this.jdbc.query("select * from review_file where unit_code = any (:codes) order by seq", codes, (row) -> {
				files.computeIfAbsent(row.getString("unit_code"), (code) -> new ArrayList<>())
					.add(new ReceivedFile(row.getString("source_file"), row.getObject("arrived_at", OffsetDateTime.class),
							SubmissionStatus.ofSql(row.getString("status"))));
			});
			Map<String, Map<String, BigDecimal>> figures = new HashMap<>();
			this.jdbc.query("select * from review_unit_figure where unit_code = any (:codes) order by seq", codes,
					(row) -> {
						figures.computeIfAbsent(row.getString("unit_code"), (code) -> new LinkedHashMap<>())
							.put(row.getString("metric"), row.getBigDecimal("value"));
					});
			return rows.stream()
				.map((row) -> new Unit(row[0], row[1], UnitStatus.ofSql(row[2]), row[3],
						files.getOrDefault(row[0], List.of()), figures.getOrDefault(row[0], Map.of())))
				.toList();
		});
	}

	/** Findings a page at a time by a query of {@code :after} and {@code :page}. */
	private ReviewData.Rows<ReviewFinding> paged(String query) {
		DataClassRowMapper<ReviewFinding> finding = new DataClassRowMapper<>(ReviewFinding.class);
		return () -> new Pages<>((after) -> this.jdbc.query(query, Map.of("after", after, "page", PAGE), finding));
	}

	/** Walks pages of rows numbered from 1, each asked for by the number of rows before it, until one is empty. */
	private static final class Pages<T> implements Iterator<T> {

		private final LongFunction<List<T>> page;

		private long before;

		private Iterator<T> current = Collections.emptyIterator();

		private boolean done;

		Pages(LongFunction<List<T>> page) {
			this.page = page;
		}

		@Override
		public boolean hasNext() {
			while (!this.current.hasNext() && !this.done) {
				List<T> rows = this.page.apply(this.before);
				this.before += rows.size();
				this.done = rows.size() < PAGE;
				this.current = rows.iterator();
			}
			return this.current.hasNext();
		}

		@Override
		public T next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return this.current.next();
		}

	}

	/** What the last run did with each filled row of the review sheets, by sheet and row. */
	private List<SheetRow> sheetRows(String scopeCode, int year) {
		return this.jdbc.query("""
				select sheet, row_number, unit_name, rule, metric, decision, reason, outcome, message, decision_id
				from review_sheet_row where year = :year and scope_code = :scope order by sheet collate "C", row_number""",
				Map.of("year", year, "scope", scopeCode),
				(row, i) -> new SheetRow(row.getString("sheet"), row.getInt("row_number"), row.getString("unit_name"),
						row.getString("rule"), row.getString("metric"), row.getString("decision"),
						row.getString("reason"), ReviewSheets.Outcome.ofSql(row.getString("outcome")),
						row.getString("message"), row.getObject("decision_id", Long.class)));
	}

	/** When the scope's totals were last rolled up (empty before the first roll-up). */
	public Optional<OffsetDateTime> rolledUpAt(String scopeCode, int year) {
		return this.jdbc.query("select rolled_up_at from scope_state where year = :year and scope_code = :scope",
				Map.of("year", year, "scope", scopeCode), (rows) -> rows.next()
						? Optional.of(rows.getObject(1, OffsetDateTime.class)) : Optional.<OffsetDateTime>empty());
	}

	private Map<String, Total> totals(String region, int year) {
		Map<String, Total> totals = new LinkedHashMap<>();
		this.jdbc.query(query("totals"), Map.of("year", year, "region", region),
				(row) -> {
					totals.put(row.getString("metric"), new Total(row.getBigDecimal("value"),
							row.getInt("units_reported"), row.getInt("units_expected")));
				});
		return totals;
	}

	private Map<String, BigDecimal> previousValues(String region, int year) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		totals(region, year).forEach((metric, total) -> values.put(metric, total.value()));
		return values;
	}

	private static String query(String name) {
		return SqlScript.load("report/" + name + ".sql").singleStatement();
	}

}
