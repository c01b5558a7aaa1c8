package org.xxgk.rollup.report;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import org.xxgk.rollup.model.SubmissionStatus;
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
		List<Unit> units = units(parameters);
		Map<String, Map<String, BigDecimal>> unitFigures = unitFigures(parameters);
		List<ReviewFinding> findings = this.jdbc.query(query("findings"), parameters,
				new DataClassRowMapper<>(ReviewFinding.class));
		OffsetDateTime dataAsOf = this.jdbc.queryForObject(query("data_as_of"), parameters, OffsetDateTime.class);
		return new ReviewData(scope.code(), scope.name(), year, runAt, Optional.ofNullable(dataAsOf), units,
				totals(scopeCode, year), previousValues(scopeCode, year - 1), unitFigures, findings,
				sheetRows(scopeCode, year));
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

	/** The scope's units with their status and files, in the registry's order. */
	private List<Unit> units(Map<String, Object> parameters) {
		Map<String, List<ReceivedFile>> files = new HashMap<>();
		this.jdbc.query(query("files"), parameters, (row) -> {
			files.computeIfAbsent(row.getString("unit_code"), (code) -> new ArrayList<>())
				.add(new ReceivedFile(row.getString("source_file"), row.getObject("arrived_at", OffsetDateTime.class),
						SubmissionStatus.ofSql(row.getString("status"))));
		});
		return this.jdbc.query(query("units"), parameters,
				(row, i) -> new Unit(row.getString("code"), row.getString("name"),
						UnitStatus.ofSql(row.getString("unit_status")),
						row.getString("template"), files.getOrDefault(row.getString("code"), List.of())));
	}

	/**
	 * The accepted units' figures, by unit. A province's 40,000 units hold half a million of them: each unit's are kept
	 * in a compact map, and the metric codes and values, which repeat across units, are shared rather than one object
	 * per row (rows come ordered by unit).
	 */
	private Map<String, Map<String, BigDecimal>> unitFigures(Map<String, Object> parameters) {
		Map<String, Map<String, BigDecimal>> unitFigures = new TreeMap<>();
		Map<String, String> metrics = new HashMap<>();
		Map<BigDecimal, BigDecimal> values = new HashMap<>();
		Map<String, BigDecimal> unit = new LinkedHashMap<>();
		String[] unitCode = { null };
		this.jdbc.query(query("unit_figures"), parameters, (row) -> {
			String code = row.getString("unit_code");
			if (!code.equals(unitCode[0])) {
				if (unitCode[0] != null) {
					unitFigures.put(unitCode[0], Map.copyOf(unit));
				}
				unit.clear();
				unitCode[0] = code;
			}
			BigDecimal value = row.getBigDecimal("value");
			unit.put(metrics.computeIfAbsent(row.getString("metric"), (metric) -> metric),
					values.computeIfAbsent(value, (same) -> value));
		});
		if (unitCode[0] != null) {
			unitFigures.put(unitCode[0], Map.copyOf(unit));
		}
		return unitFigures;
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
