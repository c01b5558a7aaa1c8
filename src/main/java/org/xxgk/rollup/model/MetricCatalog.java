package org.xxgk.rollup.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Every metric of the form, loaded from {@code spec/metrics.csv} on the classpath (a copy of the contract in
 * {@code shared/spec}), in the file's order. This is the only place metric codes come from.
 */
public final class MetricCatalog {

	public static final String RESOURCE = "/spec/metrics.csv";

	private static final MetricCatalog STANDARD = load();

	private final Map<String, Metric> byCode;

	/** Each code's key: its line in metrics.csv, the first metric 1 (the database's table metric, V50). */
	private final Map<String, Integer> keys = new HashMap<>();

	/** Every metric, and each template's, in the file's order: every report's parse and checks walk them. */
	private final List<Metric> all;

	private final Map<Template, List<Metric>> ofTemplate = new EnumMap<>(Template.class);

	private MetricCatalog(Map<String, Metric> byCode) {
		this.byCode = Collections.unmodifiableMap(byCode);
		byCode.keySet().forEach((code) -> this.keys.put(code, this.keys.size() + 1));
		this.all = List.copyOf(byCode.values());
		for (Template template : Template.values()) {
			this.ofTemplate.put(template, this.all.stream().filter((metric) -> metric.isIn(template)).toList());
		}
	}

	/** The catalog of the shipped metrics.csv; immutable and shared. */
	public static MetricCatalog standard() {
		return STANDARD;
	}

	private static MetricCatalog load() {
		try (InputStream in = MetricCatalog.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource " + RESOURCE);
			}
			return read(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static MetricCatalog read(Reader reader) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		Map<String, Metric> metrics = new LinkedHashMap<>();
		for (CSVRecord row : format.parse(reader)) {
			Set<Template> templates = EnumSet.noneOf(Template.class);
			Arrays.stream(row.get("templates").trim().split("\\s+")).map(Template::ofCode).forEach(templates::add);
			Metric metric = new Metric(row.get("code"), Integer.parseInt(row.get("table")), row.get("row_label_2019"),
					row.get("row_label_2021"), row.get("column_label_2019"), row.get("column_label_2021"),
					MetricKind.ofCode(row.get("kind")), Collections.unmodifiableSet(templates), row.get("note"));
			if (metrics.put(metric.code(), metric) != null) {
				throw new IllegalStateException("Duplicate metric code " + metric.code());
			}
		}
		return new MetricCatalog(metrics);
	}

	public List<Metric> all() {
		return this.all;
	}

	/** The template's metrics, in the file's order (unmodifiable). */
	public List<Metric> of(Template template) {
		return this.ofTemplate.get(template);
	}

	public List<Metric> ofTable(int table) {
		return this.byCode.values().stream().filter((metric) -> metric.table() == table).collect(Collectors.toList());
	}

	public Optional<Metric> find(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	public Metric get(String code) {
		return find(code).orElseThrow(() -> new IllegalArgumentException("Unknown metric code: " + code));
	}

	/** The metric's key in the database (table metric), which figure rows store instead of the code. */
	public int key(String code) {
		Integer key = this.keys.get(code);
		if (key == null) {
			throw new IllegalArgumentException("Unknown metric code: " + code);
		}
		return key;
	}

	public boolean contains(String code) {
		return this.byCode.containsKey(code);
	}

	public int size() {
		return this.byCode.size();
	}

}
