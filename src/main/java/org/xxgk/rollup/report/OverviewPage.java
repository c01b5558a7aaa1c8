package org.xxgk.rollup.report;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.SubmissionStatus;
import org.xxgk.rollup.model.UnitStatus;
import org.xxgk.rollup.report.ChartRenderer.Chart;
import org.xxgk.rollup.report.FormTable.Block;
import org.xxgk.rollup.report.FormTable.HeaderCell;
import org.xxgk.rollup.report.FormTable.Row;
import org.xxgk.rollup.report.KeyFigures.Figure;
import org.xxgk.rollup.report.KeyFigures.Rate;
import org.xxgk.rollup.report.ReviewData.ReviewFinding;
import org.xxgk.rollup.report.ReviewData.Total;
import org.xxgk.rollup.report.ReviewData.Unit;
import org.xxgk.rollup.review.ReviewSheet;
import org.xxgk.rollup.review.ReviewSheets;

/**
 * {@code overview.html}: one self-contained page (charts as data: URIs, inline CSS and a few lines of JS, nothing
 * fetched) that opens from a USB stick. Every text that came from a submission or the registry is escaped.
 */
public class OverviewPage {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final String STYLE = """
			body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Droid Sans Fallback",sans-serif;
			margin:24px auto;max-width:1200px;color:#222;line-height:1.5;padding:0 16px}
			h1{font-size:24px;margin-bottom:4px}h2{border-bottom:2px solid #4e79a7;padding-bottom:4px;margin-top:32px}
			table{border-collapse:collapse;margin:8px 0 16px}th,td{border:1px solid #bbb;padding:4px 8px;vertical-align:top}
			th{background:#eef2f7;font-weight:600}tbody th{text-align:left;font-weight:normal}td.num{text-align:right;white-space:nowrap}
			small.cov,small.share,small.unsplit{display:block;color:#777;font-size:11px}td.num small{white-space:normal}
			td.num small span{white-space:nowrap}
			.error{color:#b00020;font-weight:600}td.error,td.warning,table.findings thead th{white-space:nowrap}.warning{color:#a15c00}.meta{color:#555}
			.notice{background:#fff4e5;border:1px solid #f0b429;padding:8px 12px}
			th.sortable{cursor:pointer}th.sortable::after{content:" ⇅";color:#999}
			img{max-width:100%;border:1px solid #ddd;margin:8px 0}dt{font-weight:600}
			td.detail{color:#888;font-size:11px;white-space:nowrap}
			""";

	/**
	 * Printing on A4: margins, table headers repeated on every page, no heading left alone at a page's foot, rows and
	 * charts kept whole, the form's narrow value columns set small enough that a header keeps whole words.
	 */
	static final String PRINT = """
			@media print{@page{size:A4;margin:14mm 12mm}
			body{max-width:none;margin:0;padding:0;font-size:10pt;line-height:1.35}
			h1{font-size:16pt}h2{font-size:13pt;margin-top:16pt}h2,h3,h1{break-after:avoid;page-break-after:avoid}
			thead{display:table-header-group}tr,figure,img,.to{break-inside:avoid;page-break-inside:avoid}
			table{width:100%}th,td{padding:2px 4px}table.form{font-size:7.5pt}table.form th{word-break:keep-all}
			table.form:not(.review) tbody th{min-width:18em}table.review{font-size:7pt}
			table.review th,table.review td{padding:2px 2px}
			th.sortable::after{content:""}a{color:inherit;text-decoration:none}.noprint{display:none}
			#unit-table{font-size:8pt}#unit-table td:first-child,#unit-table td:nth-child(2){white-space:nowrap}
			#unit-table td.file{word-break:break-all}
			img{max-height:120mm;width:auto;border:0}}
			""";

	static final String SCRIPT = """
			(function () {
			  document.querySelectorAll('table.sortable').forEach(function (table) {
			    table.querySelectorAll('th.sortable').forEach(function (th, column) {
			      th.addEventListener('click', function () {
			        var body = table.tBodies[0];
			        var rows = Array.prototype.slice.call(body.rows);
			        var ascending = th.getAttribute('data-order') !== 'asc';
			        rows.sort(function (a, b) {
			          var x = a.cells[column].getAttribute('data-sort') || a.cells[column].textContent;
			          var y = b.cells[column].getAttribute('data-sort') || b.cells[column].textContent;
			          var nx = parseFloat(x), ny = parseFloat(y);
			          var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, 'zh');
			          return ascending ? c : -c;
			        });
			        th.setAttribute('data-order', ascending ? 'asc' : 'desc');
			        rows.forEach(function (row) { body.appendChild(row); });
			      });
			    });
			  });
			  document.body.setAttribute('data-ready', 'yes');
			})();
			""";

	private final MetricCatalog catalog;

	public OverviewPage(MetricCatalog catalog) {
		this.catalog = catalog;
	}

	public String render(ReviewData data, List<Chart> charts, ChineseFont font) {
		StringWriter page = new StringWriter();
		write(data, charts, font, page);
		return page.toString();
	}

	/**
	 * Writes the page to {@code out} as it goes: a province's unit table and findings run to tens of megabytes, which
	 * need not be held in memory at once.
	 */
	public void write(ReviewData data, List<Chart> charts, ChineseFont font, Writer out) {
		Spill spill = new Spill(out);
		StringBuilder html = spill.buffer;
		String title = data.regionName() + " " + data.year() + " 年度政府信息公开工作年度报告汇总";
		html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
			.append("<title>").append(Html.escape(title)).append("</title><style>").append(STYLE).append(PRINT)
			.append("</style></head>\n<body>\n");
		header(html, data, title);
		font.warning().ifPresent((warning) -> html.append("<p class=\"notice\" id=\"font-warning\">")
			.append(Html.escape(warning)).append("</p>\n"));
		completeness(html, data, spill);
		rates(html, data);
		html.append("<h2 id=\"charts\">图表</h2>\n");
		for (Chart chart : charts) {
			html.append("<figure><img alt=\"").append(Html.escape(chart.title())).append("\" src=\"data:image/png;base64,")
				.append(Base64.getEncoder().encodeToString(chart.png())).append("\"></figure>\n");
		}
		countyTables(html, data);
		// a unit is linked to its letter only when it has one (none for a file waiting to be read again)
		Set<String> letters = FeedbackLetters.files(data);
		units(html, data, letters, spill);
		if (data.hasHistory()) {
			yearOverYear(html, data);
		}
		sheetRows(html, data);
		findings(html, data, letters, spill);
		html.append("<script>").append(SCRIPT).append("</script>\n</body></html>\n");
		spill.flush();
	}

	/** The page being written: its text gathers in a buffer that goes to the writer in blocks. */
	private static final class Spill {

		private static final int BLOCK = 64 * 1024;

		private final StringBuilder buffer = new StringBuilder(2 * BLOCK);

		private final Writer out;

		Spill(Writer out) {
			this.out = out;
		}

		/** Between rows: passes the text on once a block has gathered. */
		void spill() {
			if (this.buffer.length() >= BLOCK) {
				flush();
			}
		}

		void flush() {
			try {
				this.out.append(this.buffer);
				this.buffer.setLength(0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	private static void header(StringBuilder html, ReviewData data, String title) {
		html.append("<h1>").append(Html.escape(title)).append("</h1>\n<p class=\"meta\" id=\"run\">地区：")
			.append(Html.escape(data.regionName())).append("（").append(Html.escape(data.regionCode()))
			.append("）　年度：").append(data.year()).append("　汇总时间：").append(time(data.runAt()))
			.append("　数据截至：")
			.append(data.dataAsOf().map(OverviewPage::time).orElse("尚未收到报告"))
			.append("（最后收到报告的时间）</p>\n");
	}

	static String time(OffsetDateTime time) {
		return TIME.format(time.atZoneSameInstant(CHINA)) + "（北京时间）";
	}

	private static void completeness(StringBuilder html, ReviewData data, Spill spill) {
		Map<String, Predicate<Unit>> groups = new LinkedHashMap<>();
		groups.put("应报单位", (unit) -> true);
		groups.put("已报送", Unit::received);
		groups.put("计入汇总", Unit::accepted);
		boolean pending = data.units().stream().anyMatch((unit) -> unit.status() == UnitStatus.PENDING);
		for (UnitStatus status : UnitStatus.values()) {
			// a night whose every file could be read has no unit waiting to be read again: no row for it
			if (status != UnitStatus.PENDING || pending) {
				groups.put(status.chinese(), (unit) -> unit.status() == status);
			}
		}
		html.append("<h2 id=\"completeness\">报送情况</h2>\n<p>每个单位只有一个状态：未报送（没有收到任何文件，发催报通知）、")
			.append("退回修改（收到了但有错误或无法读取，不计入汇总，发退回修改通知）、")
			.append(pending ? "已收到，待重新读取（收到的文件因本机原因未能读取，下次运行时重新读取，不发通知）、" : "")
			.append("逾期报送（第一次报送晚于截止日期）、")
			.append("截止后更正（截止前已按时报送，截止后又报送了更正稿）、通过（有警告）、通过。</p>\n")
			.append("<table id=\"completeness-table\"><thead><tr>")
			.append("<th>项目</th><th>单位数</th><th>单位</th></tr></thead><tbody>\n");
		// one pass over the units for every row: its count and its names (none for 应报单位, they are all of them); a
		// province's names, tens of thousands a row, wait in temporary files rather than in memory
		Map<String, long[]> counts = new LinkedHashMap<>();
		Map<String, Later> names = new LinkedHashMap<>();
		try {
			groups.keySet().forEach((label) -> {
				counts.put(label, new long[1]);
				names.put(label, new Later());
			});
			for (Unit unit : data.units()) {
				groups.forEach((label, filter) -> {
					if (filter.test(unit)) {
						long listed = counts.get(label)[0]++;
						if (!label.equals("应报单位")) {
							names.get(label).append((listed == 0) ? "" : "、").append(Html.escape(data.units().shownName(unit)));
						}
					}
				});
			}
			for (String label : groups.keySet()) {
				html.append("<tr data-group=\"").append(Html.escape(label)).append("\"><th>").append(Html.escape(label))
					.append("</th><td class=\"num\">").append(counts.get(label)[0]).append("</td><td>");
				names.get(label).moveTo(spill);
				html.append("</td></tr>\n");
			}
		}
		finally {
			names.values().forEach(Later::delete);
		}
		html.append("</tbody></table>\n");
	}

	/** Text of the page written later than it is gathered: in memory up to a block, beyond in a temporary file. */
	private static final class Later {

		private final StringBuilder text = new StringBuilder();

		private Path file;

		private Writer out;

		Later append(String part) {
			this.text.append(part);
			if (this.text.length() >= Spill.BLOCK) {
				try {
					if (this.out == null) {
						this.file = Files.createTempFile("xxgk-overview-", ".txt");
						this.out = Files.newBufferedWriter(this.file, StandardCharsets.UTF_8);
					}
					this.out.append(this.text);
					this.text.setLength(0);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return this;
		}

		/** Appends the text gathered to the page, a block at a time. */
		void moveTo(Spill spill) {
			try {
				if (this.out != null) {
					this.out.close();
					this.out = null;
					try (Reader in = Files.newBufferedReader(this.file, StandardCharsets.UTF_8)) {
						char[] block = new char[Spill.BLOCK];
						for (int read = in.read(block); read >= 0; read = in.read(block)) {
							spill.buffer.append(block, 0, read);
							spill.spill();
						}
					}
				}
				spill.buffer.append(this.text);
				this.text.setLength(0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		void delete() {
			try {
				if (this.out != null) {
					this.out.close();
				}
				if (this.file != null) {
					Files.deleteIfExists(this.file);
				}
			}
			catch (IOException ex) {
				// a temporary file: the system's cleaning removes what is left
			}
		}

	}

	private static void rates(StringBuilder html, ReviewData data) {
		html.append("<h2 id=\"rates\">主要比率</h2>\n<table id=\"rates-table\"><thead><tr><th>指标</th><th>数值</th>")
			.append("<th>计算方法</th></tr></thead><tbody>\n");
		for (Rate rate : KeyFigures.RATES) {
			rateRow(html, rate.label(), rate.of(data::totalOrZero), rate.definition() + "（"
					+ Wording.number(rate.numerator().of(data::totalOrZero)) + " ÷ "
					+ Wording.number(rate.denominator().of(data::totalOrZero)) + "）");
		}
		BigDecimal newTotal = KeyFigures.NEW_APPLICATIONS.of(data::totalOrZero);
		for (Figure type : KeyFigures.APPLICANT_TYPES) {
			BigDecimal count = type.of(data::totalOrZero);
			rateRow(html, "申请人占比：" + type.label(), share(count, newTotal),
					type.label() + "新收申请 ÷ 本年新收申请总计（" + Wording.number(count) + " ÷ " + Wording.number(newTotal) + "）");
		}
		html.append("</tbody></table>\n");
	}

	private static void rateRow(StringBuilder html, String label, Optional<BigDecimal> value, String definition) {
		html.append("<tr><th>").append(Html.escape(label)).append("</th><td class=\"num\">")
			.append(value.map(Wording::percent).orElse("—（分母为 0）")).append("</td><td>").append(Html.escape(definition))
			.append("</td></tr>\n");
	}

	static Optional<BigDecimal> share(BigDecimal part, BigDecimal whole) {
		return (whole.signum() == 0) ? Optional.empty() : Optional.of(part.divide(whole, MathContext.DECIMAL64));
	}

	private void countyTables(StringBuilder html, ReviewData data) {
		long accepted = data.acceptedCount();
		html.append("<h2 id=\"county-tables\">").append(Html.escape(data.regionName())).append("汇总表</h2>\n")
			.append("<p>汇总了 ").append(accepted).append(" 个单位通过审核的报告（应报 ").append(data.unitCount())
			.append(" 个），按").append(CountyForm.template(data.year()).code()).append("年版表格列出。")
			.append("只有部分单位所用表格才有的栏目，注明“N/M 个单位”：N 个单位的表格有此栏并已填报，共应报 M 个单位。")
			.append(Html.escape(CountyForm.HARMONISED)).append("</p>\n");
		Map<String, Total> shown = CountyForm.shown(data);
		for (FormTable table : CountyForm.tables(this.catalog, data.year())) {
			html.append("<h3>").append(Html.escape(table.title())).append("</h3>\n");
			for (Block block : table.blocks()) {
				formBlock(html, block, data, shown);
			}
		}
	}

	private void formBlock(StringBuilder html, Block block, ReviewData data, Map<String, Total> shown) {
		html.append("<table class=\"form").append(block.columns() > 10 ? " review" : "").append("\"><thead>\n");
		for (List<HeaderCell> header : block.headers()) {
			html.append("<tr><th></th>");
			for (HeaderCell cell : header) {
				html.append("<th").append(cell.span() > 1 ? " colspan=\"" + cell.span() + "\"" : "").append(">")
					.append(Html.escape(cell.text())).append("</th>");
			}
			html.append("</tr>\n");
		}
		html.append("</thead><tbody>\n");
		for (Row row : block.rows()) {
			html.append("<tr><th>").append(Html.escape(row.label())).append("</th>");
			for (String metric : row.metrics()) {
				html.append(valueCell(metric, shown.get(metric), CountyForm.unsplit(data, shown, metric)));
			}
			html.append("</tr>\n");
		}
		html.append("</tbody></table>\n");
	}

	private String valueCell(String metric, Total total, BigDecimal unsplit) {
		StringBuilder cell = new StringBuilder("<td class=\"num\" data-metric=\"").append(Html.escape(metric))
			.append("\">");
		if (total == null) {
			return cell.append("<span class=\"v\">—</span></td>").toString();
		}
		cell.append("<span class=\"v\">").append(Wording.number(total.value())).append("</span>");
		if (this.catalog.get(metric).templates().size() == 1) {
			// the note wraps between its words only (15/21 | 个单位), never one character from their ends
			cell.append("<small class=\"cov\"><span>").append(total.unitsReported()).append('/')
				.append(total.unitsExpected()).append("</span> <span>个单位</span></small>");
		}
		if (unsplit.signum() != 0) {
			cell.append("<small class=\"unsplit\"><span>含其他处理</span><span>（未分项）</span><span>")
				.append(Wording.number(unsplit)).append("</span></small>");
		}
		return cell.append("</td>").toString();
	}

	private static void units(StringBuilder html, ReviewData data, Set<String> letters, Spill spill) {
		html.append("<h2 id=\"units\">各单位主要数据</h2>\n<p>点击表头排序。括号内为占").append(data.whole())
			.append("合计的比例；未通过审核的单位不计入汇总。“通知”一栏链接到发给该单位的通知（feedback 文件夹）。</p>\n")
			.append("<table id=\"unit-table\" class=\"sortable\"><thead><tr><th class=\"sortable\">单位</th>")
			.append("<th class=\"sortable\">状态</th><th class=\"sortable\">表格</th><th class=\"sortable\">报送文件</th>")
			.append("<th class=\"sortable\">收到时间</th><th>通知</th>");
		KeyFigures.UNIT_COLUMNS.forEach((figure) -> html.append("<th class=\"sortable\">").append(Html.escape(figure.label()))
			.append("</th>"));
		html.append("</tr></thead><tbody>\n");
		for (Unit unit : data.units()) {
			html.append("<tr data-unit=\"").append(Html.escape(unit.code())).append("\" data-status=\"")
				.append(unit.status().code()).append("\"><td>").append(Html.escape(data.units().shownName(unit)))
				.append("</td><td>").append(Html.escape(unit.status().chinese()))
				.append("</td><td>").append(Html.escape(unit.template())).append("</td><td class=\"file\">")
				.append(Html.escape(unit.fileNames())).append("</td><td class=\"arrival\">")
				.append(Html.escape(Wording.arrivals(unit))).append("</td><td class=\"letter\">");
			String letter = FeedbackLetters.fileName(data.units().shownName(unit));
			if (letters.contains(letter)) {
				html.append("<a href=\"feedback/").append(Html.escape(Html.pathSegment(letter))).append("\">")
					.append(unit.status().letter()).append("</a>");
			}
			html.append("</td>");
			for (Figure figure : KeyFigures.UNIT_COLUMNS) {
				if (!unit.accepted()) {
					html.append("<td class=\"num\" data-sort=\"-1\">—</td>");
					continue;
				}
				BigDecimal value = figure.of(unit::figure);
				html.append("<td class=\"num\" data-key=\"").append(figure.key()).append("\" data-sort=\"")
					.append(Wording.number(value)).append("\">").append(Wording.number(value)).append("<small class=\"share\">")
					.append(Wording.percentOrDash(share(value, figure.of(data::totalOrZero)))).append("</small></td>");
			}
			html.append("</tr>\n");
			spill.spill();
		}
		html.append("</tbody></table>\n");
	}

	private static void yearOverYear(StringBuilder html, ReviewData data) {
		html.append("<h2 id=\"year-over-year\">与上一年度比较</h2>\n<table><thead><tr><th>指标</th><th>")
			.append(data.year() - 1).append("年</th><th>").append(data.year()).append("年</th><th>变化</th></tr></thead><tbody>\n");
		for (Figure figure : YearOverYear.FIGURES) {
			BigDecimal previous = YearOverYear.previous(data, figure);
			BigDecimal current = figure.of(data::totalOrZero);
			html.append("<tr><th>").append(Html.escape(figure.label())).append("</th><td class=\"num\">")
				.append(Wording.number(previous)).append("</td><td class=\"num\">").append(Wording.number(current))
				.append("</td><td class=\"num\">")
				.append(YearOverYear.change(previous, current)
					.map((change) -> (change.signum() > 0 ? "+" : "") + Wording.percent(change))
					.orElse("—"))
				.append("</td></tr>\n");
		}
		html.append("</tbody></table>\n");
	}

	/** What the run did with the filled review sheets of 复核意见/ (nothing when there were none). */
	private static void sheetRows(StringBuilder html, ReviewData data) {
		if (data.sheetRows().isEmpty()) {
			return;
		}
		long refused = data.sheetRows().stream().filter((row) -> row.outcome() == ReviewSheets.Outcome.REFUSED).count();
		html.append("<h2 id=\"review-sheets\">复核意见表处理结果</h2>\n<p>报送文件夹的“").append(ReviewSheet.FOLDER)
			.append("”中填写的复核意见共 ").append(data.sheetRows().size()).append(" 行：已生效 ")
			.append(data.sheetRows().size() - refused).append(" 行，<strong")
			.append((refused > 0) ? " class=\"error\"" : "").append(">未处理 ").append(refused)
			.append(" 行</strong>（原因见下表，修改后重新放入即可；明细另见 ").append(ReviewSheet.RESULT_FILE)
			.append("）。</p>\n<table id=\"review-sheet-rows\"><thead><tr><th>复核意见表</th><th>行号</th><th>单位</th>")
			.append("<th>规则</th><th>处理意见</th><th>说明</th><th>处理结果</th><th>原因或决定</th></tr></thead><tbody>\n");
		for (ReviewSheets.SheetRow row : data.sheetRows()) {
			html.append("<tr data-outcome=\"").append(row.outcome().sql()).append("\"><td>")
				.append(Html.escape(row.sheet())).append("</td><td>")
				.append((row.rowNumber() > 0) ? String.valueOf(row.rowNumber()) : "").append("</td><td>")
				.append(Html.escape(row.unitName())).append("</td><td>").append(Html.escape(row.rule()))
				.append(row.metric().isEmpty() ? "" : "（" + Html.escape(row.metric()) + "）").append("</td><td>")
				.append(Html.escape(row.decision())).append("</td><td>").append(Html.escape(row.reason()))
				.append("</td><td class=\"").append((row.outcome() == ReviewSheets.Outcome.REFUSED) ? "error" : "ok")
				.append("\">").append(row.outcome().chinese()).append("</td><td>").append(Html.escape(row.message()))
				.append("</td></tr>\n");
		}
		html.append("</tbody></table>\n");
	}

	private static void findings(StringBuilder html, ReviewData data, Set<String> letters, Spill spill) {
		// counted as listed: a row's blank cells are one line (a first walk, the findings are not held)
		long[] lines = new long[2];
		FeedbackLetters.eachUnit(data.findingsByUnit(), (findings) -> FindingLines.of(findings).forEach((line) -> {
			lines[0]++;
			lines[1] += line.isError() ? 1 : 0;
		}));
		html.append("<h2 id=\"findings\">问题清单</h2>\n<p>共 ").append(lines[0]).append(" 条：错误 ").append(lines[1])
			.append(" 条（有错误的报告不计入汇总，经复核计入汇总的除外），警告 ").append(lines[0] - lines[1])
			.append(" 条（警告不影响计入汇总，请单位核实）。一行中几个空白单元格合为一条；findings.csv 和汇总表格中每格一条。</p>\n");
		FeedbackLetters.eachUnit(data.findingsByUnit(), (findings) -> {
			String name = FeedbackLetters.shownName(data, findings.get(0));
			String letter = FeedbackLetters.fileName(name);
			html.append("<h3 class=\"finding-unit\">").append(Html.escape(name));
			if (letters.contains(letter)) {
				html.append(" <a class=\"letter\" href=\"feedback/").append(Html.escape(Html.pathSegment(letter)))
					.append("\">通知</a>");
			}
			html.append("</h3>\n");
			findingTable(html, FindingLines.of(findings));
			spill.spill();
		});
	}

	static void findingTable(StringBuilder html, List<ReviewFinding> findings) {
		html.append("<table class=\"findings\"><thead><tr><th>严重程度</th><th>位置</th><th>填报值</th>")
			.append("<th>应为</th><th>说明</th><th>复核意见</th><th>规则代码</th></tr></thead><tbody>\n");
		for (ReviewFinding finding : findings) {
			html.append("<tr><td class=\"").append(finding.isError() ? "error" : "warning").append("\">")
				.append(Wording.severity(finding.severity())).append("</td><td>")
				.append(Html.escape(Wording.place(finding))).append("</td><td>")
				.append(Html.escape(finding.actual())).append("</td><td>").append(Html.escape(finding.expected()))
				.append("</td><td>").append(Html.escape(finding.message())).append("</td><td>")
				.append(Html.escape(finding.decisionNote())).append("</td><td class=\"detail\">")
				.append(Html.escape(finding.rule())).append("</td></tr>\n");
		}
		html.append("</tbody></table>\n");
	}

}
