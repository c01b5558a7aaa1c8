package org.xxgk.rollup.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.SourceFile;
import org.xxgk.rollup.parse.OversizedReportException;
import org.xxgk.rollup.parse.SubmissionParser;
import org.xxgk.rollup.parse.UnreadableReportException;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.registry.RegionLevel;
import org.xxgk.rollup.validate.Findings;
import org.xxgk.rollup.validate.History;
import org.xxgk.rollup.validate.RuleContext;
import org.xxgk.rollup.validate.SubmissionValidator;
import org.xxgk.rollup.validate.ValidationSettings;

/**
 * Reads and checks one file with the nightly job's parser and rules. What needs the county's records is left out:
 * the unit is the body the report names (so UNIT-UNKNOWN, a previous year's report and lateness do not apply), and
 * the year is the one asked for, else the report's own.
 */
final class ReportCheck {

	/** The job's default {@code xxgk.max-file-bytes}: a larger file is not read. */
	static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

	/** Stands for the unit's code, which only the registry knows. */
	private static final String NO_CODE = "000000000";

	private final Integer year;

	private final SubmissionParser parser = new SubmissionParser();

	private final SubmissionValidator validator = SubmissionValidator.standard();

	ReportCheck(Integer year) {
		this.year = year;
	}

	CheckedFile check(Path file) {
		String path = file.toString();
		int fallbackYear = (this.year != null) ? this.year : LocalDate.now().getYear() - 1;
		try {
			long size = Files.size(file);
			if (size > MAX_FILE_BYTES) {
				return new CheckedFile(file, null, null, fallbackYear,
						List.of(Findings.fileTooLarge(path, size, MAX_FILE_BYTES)));
			}
			byte[] content = Files.readAllBytes(file);
			Path parent = file.toAbsolutePath().getParent();
			SourceFile source = new SourceFile(path, file.getFileName().toString(),
					(parent != null && parent.getFileName() != null) ? parent.getFileName().toString() : "",
					sha256(content), size, Files.getLastModifiedTime(file).toInstant());
			Report report;
			try {
				report = this.parser.parse(source, content);
			}
			catch (OversizedReportException ex) {
				return new CheckedFile(file, null, null, fallbackYear,
						List.of(Findings.fileTooLarge(path, ex.expandedBytes(), ex.limitBytes())));
			}
			catch (UnreadableReportException ex) {
				return new CheckedFile(file, null, null, fallbackYear,
						List.of(Findings.fileUnreadable(path, ex.getMessage())));
			}
			int checkedYear = (this.year != null) ? this.year
					: (report.year() != null) ? report.year() : fallbackYear;
			String unit = unitName(report, source);
			Region region = new Region(NO_CODE, unit, RegionLevel.UNIT, null, List.of());
			List<Finding> findings = this.validator.validate(report,
					new RuleContext(checkedYear, region, null, History.NONE, ValidationSettings.defaults()));
			return new CheckedFile(file, report, unit, checkedYear, findings);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The body the report names itself, else its title, else its file name. */
	private static String unitName(Report report, SourceFile source) {
		if (report.statedUnit() != null && !report.statedUnit().isBlank()) {
			return report.statedUnit();
		}
		if (report.title() != null && !report.title().isBlank()) {
			return report.title();
		}
		return source.fileName();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
