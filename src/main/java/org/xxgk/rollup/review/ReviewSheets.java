package org.xxgk.rollup.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.review.ReviewSheet.Column;

/**
 * Reads the filled review sheets under {@code <input>/复核意见/} and turns each filled row into a decision through the
 * {@link ReviewDesk}, with {@code by} = the sheet's file name. Every filled row gets an outcome: recorded (with the
 * decision that holds it) or refused with the reason (no reason given, unknown decision, the unit sent a new file
 * since, unit unknown, a row of another year); so does every file that is not a readable sheet. A row already
 * recorded as the decision in force is not recorded again, so the same sheet read every night adds nothing; a row the
 * clerk changed is recorded anew; a decision made later elsewhere (console, jobs/decide) is not overridden by a sheet
 * left in the folder.
 */
public class ReviewSheets {

	/** A sheet larger than this is not opened (a filled sheet of a province is a few MB). */
	static final long MAX_BYTES = 50L * 1024 * 1024;

	private final JdbcTemplate jdbc;

	private final ReviewDesk desk;

	public ReviewSheets(JdbcTemplate jdbc, ReviewDesk desk) {
		this.jdbc = jdbc;
		this.desk = desk;
	}

	/** What became of a filled row (or of a file: row number 0). */
	public enum Outcome {

		RECORDED("recorded", "已生效"), REFUSED("refused", "未处理");

		private final String sql;

		private final String chinese;

		Outcome(String sql, String chinese) {
			this.sql = sql;
			this.chinese = chinese;
		}

		public String sql() {
			return this.sql;
		}

		public String chinese() {
			return this.chinese;
		}

		public static Outcome ofSql(String sql) {
			return sql.equals(RECORDED.sql) ? RECORDED : REFUSED;
		}

	}

	/**
	 * A filled row as the clerk wrote it and its outcome: the sheet's file name, the row's number as Excel shows it (0
	 * for the file as a whole), the decision that holds it when recorded.
	 */
	public record SheetRow(String sheet, int rowNumber, String unitName, String rule, String metric, String decision,
			String reason, Outcome outcome, String message, Long decisionId) {

		static SheetRow file(String sheet, String message) {
			return new SheetRow(sheet, 0, "", "", "", "", "", Outcome.REFUSED, message, null);
		}

	}

	/** The folder of filled sheets below an input folder. */
	public static Path folder(Path input) {
		return input.resolve(ReviewSheet.FOLDER);
	}

	/**
	 * Applies every filled sheet under the input folder's 复核意见/ to the scope (after the run's ingest, so a row of a
	 * content the unit has replaced is told apart), in file name order, and returns every outcome.
	 */
	public List<SheetRow> apply(int year, String scopeCode, long runId, Path input) {
		Path folder = folder(input);
		List<SheetRow> rows = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return rows;
		}
		List<Path> files;
		try (Stream<Path> listed = Files.list(folder)) {
			files = listed.filter((file) -> !file.getFileName().toString().startsWith(".")
					&& !file.getFileName().toString().startsWith("~$"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			rows.add(SheetRow.file(ReviewSheet.FOLDER, "无法读取文件夹 " + folder + "（" + ex.getMessage() + "），本次未处理复核意见表"));
			return rows;
		}
		for (Path file : files) {
			String name = file.getFileName().toString();
			if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") || !Files.isRegularFile(file)) {
				rows.add(SheetRow.file(name, "不是 .xlsx 文件，未读取：复核意见表请用 Excel 或 WPS 保存为 .xlsx 格式后放入本文件夹"));
				continue;
			}
			rows.addAll(applySheet(year, scopeCode, runId, file, name));
		}
		return rows;
	}

	private List<SheetRow> applySheet(int year, String scopeCode, long runId, Path file, String name) {
		List<FilledRow> filled;
		try {
			if (Files.size(file) > MAX_BYTES) {
				return List.of(SheetRow.file(name, "文件超过 " + (MAX_BYTES >> 20) + " MB，未读取"));
			}
			filled = read(file);
		}
		catch (SheetProblem ex) {
			return List.of(SheetRow.file(name, ex.getMessage()));
		}
		catch (IOException | RuntimeException ex) {
			return List.of(SheetRow.file(name, "无法打开此文件（" + ex.getClass().getSimpleName()
					+ "）：请确认是由本系统生成、用 Excel 或 WPS 填写后保存的 .xlsx 文件，没有设置打开密码"));
		}
		List<SheetRow> rows = new ArrayList<>();
		for (FilledRow row : filled) {
			rows.add(apply(year, scopeCode, runId, name, row));
		}
		return rows;
	}

	/** A row the clerk filled: its cells by column (blank when absent). */
	private record FilledRow(int number, Map<Column, String> cells) {

		String get(Column column) {
			return this.cells.getOrDefault(column, "");
		}

	}

	/** A file that opens but is not a review sheet. */
	private static final class SheetProblem extends Exception {

		private static final long serialVersionUID = 1L;

		SheetProblem(String message) {
			super(message);
		}

	}

	/** The rows with a 处理意见 or a 说明, found by the header row (the row naming the decision and key columns). */
	private static List<FilledRow> read(Path file) throws IOException, SheetProblem {
		DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
		try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = Optional.ofNullable(workbook.getSheet(ReviewSheet.SHEET))
				.orElseThrow(() -> new SheetProblem("表中没有名为“" + ReviewSheet.SHEET + "”的工作表，不是复核意见表，未读取"));
			Map<Column, Integer> headed = null;
			int header = -1;
			for (int i = sheet.getFirstRowNum(); i <= Math.min(sheet.getLastRowNum(), 20) && headed == null; i++) {
				Row row = sheet.getRow(i);
				if (row == null) {
					continue;
				}
				Map<Column, Integer> found = new EnumMap<>(Column.class);
				row.forEach((cell) -> {
					String text = formatter.formatCellValue(cell).strip();
					for (Column column : Column.values()) {
						if (column.header().equals(text)) {
							found.putIfAbsent(column, cell.getColumnIndex());
						}
					}
				});
				if (found.containsKey(Column.DECISION) && found.containsKey(Column.KEY_SHA256)) {
					headed = found;
					header = i;
				}
			}
			Map<Column, Integer> columns = headed;
			if (columns == null) {
				throw new SheetProblem("工作表“" + ReviewSheet.SHEET + "”中找不到“处理意见”和隐藏的对应列，无法对应到审核发现，未读取");
			}
			List<Column> missing = Stream.of(Column.DECISION, Column.REASON, Column.KEY_YEAR, Column.KEY_UNIT,
					Column.KEY_RULE, Column.KEY_METRIC, Column.KEY_SHA256).filter((c) -> !columns.containsKey(c)).toList();
			if (!missing.isEmpty()) {
				throw new SheetProblem("工作表中缺少列：" + String.join("、", missing.stream().map(Column::header).toList())
						+ "，无法对应到审核发现，未读取");
			}
			List<FilledRow> rows = new ArrayList<>();
			for (int i = header + 1; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				if (row == null) {
					continue;
				}
				Map<Column, String> cells = new EnumMap<>(Column.class);
				for (Map.Entry<Column, Integer> column : columns.entrySet()) {
					var cell = row.getCell(column.getValue());
					cells.put(column.getKey(), (cell == null) ? "" : formatter.formatCellValue(cell).strip());
				}
				FilledRow filled = new FilledRow(i + 1, cells);
				if (!filled.get(Column.DECISION).isEmpty() || !filled.get(Column.REASON).isEmpty()) {
					rows.add(filled);
				}
			}
			return rows;
		}
	}

	private SheetRow apply(int year, String scopeCode, long runId, String sheet, FilledRow row) {
		String unitCode = row.get(Column.KEY_UNIT);
		String rule = row.get(Column.KEY_RULE);
		String metric = row.get(Column.KEY_METRIC);
		String sha256 = row.get(Column.KEY_SHA256);
		String decisionText = row.get(Column.DECISION);
		String reason = row.get(Column.REASON);
		String unitName = row.get(Column.UNIT).isEmpty() ? unitCode : row.get(Column.UNIT);
		java.util.function.Function<String, SheetRow> refused = (message) -> new SheetRow(sheet, row.number(),
				unitName, rule, metric, decisionText, reason, Outcome.REFUSED, message, null);
		if (decisionText.isEmpty()) {
			return refused.apply("未选择处理意见（请在“处理意见”列的下拉列表中选择一项）");
		}
		Optional<Decision> decision = Decision.of(decisionText);
		if (decision.isEmpty()) {
			return refused.apply("处理意见“" + decisionText + "”不是下拉列表中的三种之一（" + String.join("、", ReviewSheet.choices())
					+ "）");
		}
		if (reason.isEmpty()) {
			return refused.apply("未填写说明：每项复核意见都须写明理由");
		}
		if (unitCode.isEmpty() || rule.isEmpty()) {
			return refused.apply("本行隐藏的单位代码或规则为空（可能是手工添加或复制的行），无法对应到审核发现");
		}
		if (!row.get(Column.KEY_YEAR).equals(String.valueOf(year))) {
			return refused.apply("本行是 " + row.get(Column.KEY_YEAR) + " 年度的复核意见，本次汇总的是 " + year + " 年度");
		}
		String registered = this.jdbc.query("select name from region where code = ? and level = 'unit'",
				(rows) -> rows.next() ? rows.getString(1) : null, unitCode);
		if (registered == null) {
			return refused.apply("地区登记表中没有代码为 " + unitCode + " 的报送单位");
		}
		List<String> current = this.jdbc.queryForList("""
				select distinct sha256 from submission where year = ? and scope_code = ? and unit_code = ?
					and seen_run_id = ? and sha256 is not null""", String.class, year, scopeCode, unitCode, runId);
		if (sha256.isEmpty() ? !current.isEmpty() : !current.contains(sha256)) {
			return refused.apply(sha256.isEmpty() ? "该单位已报送报告，本行针对的“未报送”已不是当前的审核发现；请在新生成的复核意见表中对新报告填写"
					: "该单位已重新报送（或撤回了）本行所针对的报告，意见不适用于新文件，未记录；请在新生成的复核意见表中对新报告重新填写");
		}
		DecisionRequest request = new DecisionRequest(year, scopeCode, unitCode, rule, metric, decision.get(), reason,
				sheet, sha256);
		Optional<ReviewDesk.Standing> standing = this.desk.standing(request);
		if (standing.isPresent() && (standing.get().same() || standing.get().laterFromElsewhere())) {
			return new SheetRow(sheet, row.number(), unitName, rule, metric, decisionText, reason, Outcome.RECORDED,
					standing.get().note(), standing.get().decisionId());
		}
		try {
			this.desk.decide(request);
		}
		catch (ReviewRefused ex) {
			return refused.apply(ex.getMessage());
		}
		ReviewDesk.Standing recorded = this.desk.standing(request).orElseThrow();
		return new SheetRow(sheet, row.number(), unitName, rule, metric, decisionText, reason, Outcome.RECORDED,
				recorded.note(), recorded.decisionId());
	}

}
