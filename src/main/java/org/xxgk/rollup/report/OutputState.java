package org.xxgk.rollup.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.run.ConsolidationRun;
import org.xxgk.rollup.ingest.SubmissionProcessor;
import org.xxgk.rollup.rollup.ScopeState;

/**
 * Whether a run's export and review can be skipped ({@link OutputsDecider}): on a night when the scope is unchanged, the
 * outputs would be the same bytes as those the last run left, if that run wrote them into this folder from the same
 * state ({@link OutputManifest}). The key names everything the outputs are made from besides the stored
 * submissions: the year, scope and registry, the last roll-up (its fingerprint and time, which the outputs print as
 * their 汇总时间), what the run did with the filled review sheets, the scope region's totals of this and the previous year (the year-over-year comparison; a run of
 * another scope may have replaced them), the Chinese font the charts were drawn with, the office's settings the letters print, and the application build.
 */
final class OutputState {

	/** Job execution context key: the key the review's manifest records, set when the outputs are written. */
	static final String WRITTEN_KEY = "xxgk.outputsKey";

	private OutputState() {
	}

	static String key(JdbcTemplate jdbc, ConsolidationRun run, ChineseFont font, OfficeSettings office) {
		StringBuilder key = new StringBuilder().append(run.year()).append('\n').append(run.scopeCode()).append('\n')
			.append(run.registryFingerprint()).append('\n');
		jdbc.query("select inputs_fingerprint, rolled_up_at from scope_state where year = ? and scope_code = ?",
				(row) -> {
					key.append(row.getString(1)).append('\t').append(row.getString(2)).append('\n');
				}, run.year(), run.scopeCode());
		jdbc.query("""
				select year, metric, value, units_reported, units_expected from region_total
				where year in (?, ?) and region_code = ? order by year, metric""", (row) -> {
			key.append(row.getInt(1)).append('\t').append(row.getString(2)).append('\t').append(row.getString(3))
				.append('\t').append(row.getInt(4)).append('\t').append(row.getInt(5)).append('\n');
		}, run.year(), run.year() - 1, run.scopeCode());
		// what the last run did with the filled review sheets is shown in the outputs
		jdbc.query("""
				select sheet, row_number, outcome, message, coalesce(decision_id, 0) from review_sheet_row
				where year = ? and scope_code = ? order by sheet collate "C", row_number""", (row) -> {
			key.append(row.getString(1)).append('\t').append(row.getInt(2)).append('\t').append(row.getString(3))
				.append('\t').append(row.getString(4)).append('\t').append(row.getLong(5)).append('\n');
		}, run.year(), run.scopeCode());
		key.append(font.file().map(Path::toString).orElse("(no font)")).append('\n').append(office.fingerprint())
			.append('\n').append(build());
		return SubmissionProcessor.sha256(key.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** The application's jars (size and time): a new release may write its outputs differently. */
	private static String build() {
		StringBuilder build = new StringBuilder();
		for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
			Path jar = Path.of(entry);
			if (entry.endsWith(".jar") && Files.isRegularFile(jar)) {
				try {
					BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
					build.append(entry).append('\t').append(attributes.size()).append('\t')
						.append(attributes.lastModifiedTime()).append('\n');
				}
				catch (IOException ex) {
					build.append(entry).append('\n');
				}
			}
		}
		return build.toString();
	}

}
