package org.xxgk.rollup.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.xxgk.rollup.model.SubmissionStatus;
import org.xxgk.rollup.model.Template;

/**
 * {@code jobs/generate}: writes a registry and a submission set of any size for load tests, a country of invented
 * provinces, prefectures and counties of about 15 units each, with division-like codes. Each unit's report is drawn
 * from the seed and the unit's index alone, and files are written as they are made, so the output is deterministic
 * and memory stays flat whatever the size. A share of reports is broken the ways real ones are (see {@link Defect}),
 * a share uses the 2019 template, and the file formats are mixed by the shares given.
 * <p>
 * Writes {@code <output>/regions.csv}, {@code <output>/<year>/<province>/<prefecture>/<county>/<file>} and
 * {@code <output>/manifest.csv} (unit, file, the status the job must give it, the defect).
 */
public final class LargeSetGenerator {

	/** The root of a generated registry: a whole-country run consolidates this region. */
	public static final String COUNTRY = "000000";

	public static final String USAGE = """
			usage: jobs/generate --units N --output <folder> [--year 2021] [--seed 1] [--defects 0.05]
			                     [--old-template 0.1] [--formats docx=0.55,html=0.14,...]""";

	private static final String TITLE_TAIL = "年度政府信息公开工作年度报告";

	/**
	 * How a generated report is broken, and the status the job must give its unit. An unreadable file is still its
	 * unit's file (matched by its name): the unit is rejected with FILE-UNREADABLE, not missing.
	 */
	public enum Defect {

		NONE(null), APP_BALANCE(SubmissionStatus.REJECTED), CELL_NOT_NUMBER(SubmissionStatus.REJECTED),
		UNREADABLE(SubmissionStatus.REJECTED), CELL_MISSING(SubmissionStatus.ACCEPTED_WITH_WARNINGS),
		LATE(SubmissionStatus.ACCEPTED_WITH_WARNINGS), MISSING(SubmissionStatus.MISSING);

		private final SubmissionStatus status;

		Defect(SubmissionStatus status) {
			this.status = status;
		}

		static final List<Defect> BROKEN = List.of(APP_BALANCE, CELL_NOT_NUMBER, UNREADABLE, CELL_MISSING, LATE,
				MISSING);

	}

	/**
	 * What to generate.
	 *
	 * @param defects share of units whose report is broken or missing
	 * @param oldTemplate share of reports on the 2019 form (a TEMPLATE-OUTDATED warning)
	 * @param formats share of each {@link SubmissionFormat#KNOWN} format (taken in KNOWN's order, so any map will do)
	 */
	public record Options(int units, int year, long seed, double defects, double oldTemplate,
			Map<String, Double> formats, Path output) {

		public static Options parse(String... args) {
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < args.length; i++) {
				if (!args[i].startsWith("--") || i + 1 >= args.length) {
					throw new IllegalArgumentException(USAGE);
				}
				values.put(args[i].substring(2), args[++i]);
			}
			if (!values.containsKey("units") || !values.containsKey("output")) {
				throw new IllegalArgumentException(USAGE);
			}
			return new Options(Integer.parseInt(values.get("units")),
					Integer.parseInt(values.getOrDefault("year", "2021")),
					Long.parseLong(values.getOrDefault("seed", "1")),
					Double.parseDouble(values.getOrDefault("defects", "0.05")),
					Double.parseDouble(values.getOrDefault("old-template", "0.1")),
					formats(values.getOrDefault("formats", SubmissionFormat.REALISTIC_MIX)), Path.of(values.get("output")));
		}

		public static Map<String, Double> formats(String text) {
			Map<String, Double> shares = new LinkedHashMap<>();
			for (String part : text.split(",")) {
				String[] nameAndShare = part.split("=");
				if (!SubmissionFormat.KNOWN.containsKey(nameAndShare[0].trim())) {
					throw new IllegalArgumentException(
							"Unknown format " + nameAndShare[0] + "; known: " + SubmissionFormat.KNOWN.keySet());
				}
				shares.put(nameAndShare[0].trim(), Double.parseDouble(nameAndShare[1]));
			}
			return shares;
		}

	}

	/** What was written: counts of regions and files, and of the statuses the job must give. */
	public record Summary(int provinces, int prefectures, int counties, int units, int files,
			Map<String, Integer> statuses) {

	}

	public static void main(String[] args) throws IOException {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		Summary summary = generate(options);
		System.out.println("generated " + summary.units() + " units in " + summary.counties() + " counties, "
				+ summary.prefectures() + " prefectures, " + summary.provinces() + " provinces: " + summary.files()
				+ " files in " + options.output().resolve(String.valueOf(options.year())) + ", expected "
				+ summary.statuses() + "; registry " + options.output().resolve("regions.csv") + ", region " + COUNTRY);
	}

	public static Summary generate(Options options) throws IOException {
		Files.createDirectories(options.output());
		try (BufferedWriter regions = Files.newBufferedWriter(options.output().resolve("regions.csv"),
				StandardCharsets.UTF_8);
				BufferedWriter manifest = Files.newBufferedWriter(options.output().resolve("manifest.csv"),
						StandardCharsets.UTF_8)) {
			return new Run(options, regions, manifest).write();
		}
	}

	/** One generation: walks the hierarchy top down, writing each region and unit as it is made. */
	private static final class Run {

		private final Options options;

		private final BufferedWriter regions;

		private final BufferedWriter manifest;

		private final Random shape;

		private final PlaceNames names;

		private int regionIndex;

		private int unitIndex;

		private int provinces;

		private int prefectures;

		private int counties;

		private int files;

		private final Map<String, Integer> statuses = new TreeMap<>();

		Run(Options options, BufferedWriter regions, BufferedWriter manifest) {
			this.options = options;
			this.regions = regions;
			this.manifest = manifest;
			this.shape = new Random(options.seed());
			this.names = new PlaceNames(options.seed(), options.units(), options.units());
		}

		Summary write() throws IOException {
			this.regions.write("code,name,level,parent_code,aliases\n");
			this.manifest.write("unit_code,file,expected_status,defect\n");
			region(COUNTRY, "全国", "country", "");
			for (int province = 11; this.unitIndex < this.options.units(); province++) {
				if (province > 99) {
					throw new IllegalArgumentException("Too many units for two-digit province codes");
				}
				String code = String.format("%02d0000", province);
				String name = this.names.regionCore(this.regionIndex++) + "省";
				region(code, name, "province", COUNTRY);
				this.provinces++;
				int count = 8 + this.shape.nextInt(7);
				for (int prefecture = 1; prefecture <= count && this.unitIndex < this.options.units(); prefecture++) {
					prefecture(code.substring(0, 2) + String.format("%02d", prefecture) + "00", code, List.of(name));
				}
			}
			return new Summary(this.provinces, this.prefectures, this.counties, this.unitIndex, this.files,
					this.statuses);
		}

		private void prefecture(String code, String parent, List<String> folders) throws IOException {
			String name = this.names.regionCore(this.regionIndex++) + "市";
			region(code, name, "prefecture", parent);
			this.prefectures++;
			int count = 6 + this.shape.nextInt(7);
			for (int county = 1; county <= count && this.unitIndex < this.options.units(); county++) {
				String countyCode = code.substring(0, 4) + String.format("%02d", county);
				String countyName = this.names.regionCore(this.regionIndex++) + "县";
				region(countyCode, countyName, "county", code);
				this.counties++;
				Path folder = this.options.output()
					.resolve(String.valueOf(this.options.year()))
					.resolve(folders.get(0))
					.resolve(name)
					.resolve(countyName);
				Files.createDirectories(folder);
				int units = 12 + this.shape.nextInt(7);
				for (int unit = 1; unit <= units && this.unitIndex < this.options.units(); unit++) {
					unit(countyCode + String.format("%03d", 100 + unit), countyCode, countyName, folder);
				}
			}
		}

		private void unit(String code, String county, String countyName, Path folder) throws IOException {
			Random random = new Random(this.options.seed() * 1_000_003L + this.unitIndex);
			String core = this.names.unitCore(this.unitIndex++);
			double kind = random.nextDouble();
			String name = core + ((kind < 0.7) ? "镇" : (kind < 0.85) ? "乡" : "街道");
			region(code, name, "unit", county);
			String fullName = countyName + name + (name.endsWith("街道") ? "办事处" : "人民政府");
			Template template = (random.nextDouble() < this.options.oldTemplate()) ? Template.V2019 : Template.V2021;
			Defect defect = (random.nextDouble() < this.options.defects())
					? Defect.BROKEN.get(random.nextInt(Defect.BROKEN.size())) : Defect.NONE;
			SubmissionFormat format = format(random.nextDouble());
			String status = ((defect.status != null) ? defect.status
					: (template == Template.V2019) ? SubmissionStatus.ACCEPTED_WITH_WARNINGS : SubmissionStatus.ACCEPTED)
				.sql();
			this.statuses.merge(status, 1, Integer::sum);
			if (defect == Defect.MISSING) {
				this.manifest.write(code + ",," + status + "," + defect.name().toLowerCase() + "\n");
				return;
			}
			Path file = folder.resolve(fullName + this.options.year() + TITLE_TAIL + format.extension());
			Files.write(file, content(fullName, template, defect, format, random));
			int year = this.options.year();
			OffsetDateTime received = (defect == Defect.LATE)
					? OffsetDateTime.of(year + 1, 2, 14, 16, 30, 0, 0, ZoneOffset.ofHours(8))
					: OffsetDateTime.of(year + 1, 1, 5 + random.nextInt(20), 10, 0, 0, 0, ZoneOffset.ofHours(8));
			Files.setLastModifiedTime(file, FileTime.from(received.toInstant()));
			this.files++;
			String relative = this.options.output().resolve(String.valueOf(year)).relativize(file).toString();
			this.manifest.write(code + "," + relative + "," + status + "," + defect.name().toLowerCase() + "\n");
		}

		private byte[] content(String fullName, Template template, Defect defect, SubmissionFormat format,
				Random random) {
			if (defect == Defect.UNREADABLE) {
				byte[] garbage = new byte[4096];
				random.nextBytes(garbage);
				return garbage;
			}
			Map<String, BigDecimal> figures = DemoSetGenerator.townshipFigures(template, random);
			GeneratedReport report = switch (defect) {
				case APP_BALANCE -> {
					figures.merge("applications.new.natural_person", BigDecimal.valueOf(2), BigDecimal::add);
					figures.merge("applications.new.total", BigDecimal.valueOf(2), BigDecimal::add);
					yield GeneratedReport.of(fullName, this.options.year(), template, figures);
				}
				case CELL_NOT_NUMBER -> {
					figures.put("proactive.licensing.decisions", BigDecimal.ZERO);
					yield GeneratedReport.of(fullName, this.options.year(), template, figures)
						.withCell("proactive.licensing.decisions", "十二");
				}
				case CELL_MISSING -> {
					figures.put("proactive.penalty.decisions", BigDecimal.ZERO);
					yield GeneratedReport.of(fullName, this.options.year(), template, figures)
						.withCell("proactive.penalty.decisions", "");
				}
				default -> GeneratedReport.of(fullName, this.options.year(), template, figures);
			};
			return format.write(report);
		}

		/** The format of the share {@code draw} falls in, the shares taken in the fixed order of KNOWN. */
		private SubmissionFormat format(double draw) {
			Map<String, Double> shares = this.options.formats();
			double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
			double cumulative = 0;
			String chosen = null;
			for (String name : SubmissionFormat.KNOWN.keySet()) {
				if (shares.getOrDefault(name, 0.0) > 0) {
					chosen = name;
					cumulative += shares.get(name) / total;
					if (draw < cumulative) {
						break;
					}
				}
			}
			return SubmissionFormat.KNOWN.get(chosen);
		}

		private void region(String code, String name, String level, String parent) throws IOException {
			this.regions.write(code + "," + name + "," + level + "," + parent + ",\n");
		}

	}

}
