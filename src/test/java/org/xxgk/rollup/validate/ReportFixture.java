package org.xxgk.rollup.validate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.xxgk.rollup.demo.SampleFigures;
import org.xxgk.rollup.model.Cell;
import org.xxgk.rollup.model.CellState;
import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Metric;
import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.SourceFile;
import org.xxgk.rollup.model.Template;
import org.xxgk.rollup.model.UnexpectedLabel;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.registry.RegionLevel;

/**
 * Builds reports for the rule tests: {@link #correct} starts from figures that pass every cross-check, with tables
 * 二三四, a meaningful 五 and 六, and a 一 that states the figures of the tables; tests then break one thing.
 */
final class ReportFixture {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	static final Region QISHUI = new Region("440882105", "企水镇", RegionLevel.UNIT, "440882", List.of("企水镇人民政府"));

	static final Instant ON_TIME = beijing(2022, 1, 15, 10, 0);

	static final String PATH = "2021/企水镇/企水镇2021年政府信息公开工作年度报告.docx";

	static final String FIVE = "一是政府信息公开工作人员业务水平有待提高；二是公开内容的及时性还需加强。下一步，我镇将加强业务培训，完善信息发布审核机制。";

	static final String SIX = "本机关依照《政府信息公开信息处理费管理办法》收取信息处理费。无其他需要报告的事项。";

	private final Template template;

	private final Map<String, Cell> figures = new LinkedHashMap<>();

	private final Set<Integer> tables = new LinkedHashSet<>(List.of(2, 3, 4));

	private final List<UnexpectedLabel> labels = new ArrayList<>();

	private final Set<String> yuan = new LinkedHashSet<>();

	private final Map<String, String> sections = new HashMap<>();

	private Integer year = 2021;

	private ReportFixture(Template template) {
		this.template = template;
	}

	/** A correct report in the template: every cross-check holds, no 规章 (a township makes none). */
	static ReportFixture correct(Template template) {
		ReportFixture fixture = new ReportFixture(template);
		Map<String, BigDecimal> values = SampleFigures.consistent(template, new Random(20211), 3);
		for (Metric metric : MetricCatalog.standard().of(template)) {
			BigDecimal value = metric.code().startsWith("proactive.rules.") ? BigDecimal.ZERO
					: values.get(metric.code());
			if (FormLayout.isDerived(metric, template)) {
				fixture.figures.put(metric.code(), Cell.derived(value));
			}
			else {
				fixture.set(metric.code(), value.toPlainString());
			}
		}
		fixture.sections.put("五", FIVE);
		fixture.sections.put("六", SIX);
		return fixture;
	}

	static RuleContext context() {
		return context(History.NONE);
	}

	static RuleContext context(History history) {
		return new RuleContext(2021, QISHUI, ON_TIME, history, ValidationSettings.defaults());
	}

	static RuleContext arrivingAt(Instant arrivedAt) {
		return new RuleContext(2021, QISHUI, arrivedAt, History.NONE, ValidationSettings.defaults());
	}

	static Instant beijing(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(BEIJING).toInstant();
	}

	/** A history knowing only 企水镇's report of 2020 with these figures and prose. */
	static History lastYear(Template template, Map<String, BigDecimal> figures, String prose) {
		PriorReport prior = new PriorReport(2020, template, figures, prose);
		return (unitCode, year) -> (unitCode.equals(QISHUI.code()) && year == 2020) ? java.util.Optional.of(prior)
				: java.util.Optional.empty();
	}

	BigDecimal value(String code) {
		return this.figures.get(code).valueOrZero();
	}

	String location(String code) {
		return this.figures.get(code).location();
	}

	ReportFixture set(String code, String value) {
		return cell(code, Cell.number(value, new BigDecimal(value), locationFor(code)));
	}

	ReportFixture set(String code, BigDecimal value) {
		return set(code, value.toPlainString());
	}

	ReportFixture blank(String code) {
		return cell(code, Cell.blank("", locationFor(code)));
	}

	ReportFixture dash(String code, String raw) {
		return cell(code, new Cell(raw, null, CellState.DASH, locationFor(code)));
	}

	ReportFixture text(String code, String raw) {
		return cell(code, new Cell(raw, null, CellState.NOT_NUMBER, locationFor(code)));
	}

	ReportFixture cell(String code, Cell cell) {
		this.figures.put(code, cell);
		return this;
	}

	ReportFixture remove(String code) {
		this.figures.remove(code);
		return this;
	}

	/** The table was not found: its figures are gone. */
	ReportFixture withoutTable(int table) {
		this.tables.remove(table);
		this.figures.keySet().removeIf((code) -> MetricCatalog.standard().get(code).table() == table);
		return this;
	}

	/** The table was not found, but its figures are still there (to show rules reading it are skipped). */
	ReportFixture tableNotFound(int table) {
		this.tables.remove(table);
		return this;
	}

	ReportFixture section(String numeral, String text) {
		this.sections.put(numeral, text);
		return this;
	}

	ReportFixture withoutSection(String numeral) {
		this.sections.remove(numeral);
		return this;
	}

	/** Fixes 一 to the prose stating the current figures (otherwise it follows the figures at build time). */
	ReportFixture freezeProse() {
		return section("一", proseStatingFigures());
	}

	ReportFixture year(Integer year) {
		this.year = year;
		return this;
	}

	ReportFixture unexpectedLabel(UnexpectedLabel label) {
		this.labels.add(label);
		return this;
	}

	ReportFixture yuanHeaded(String code) {
		this.yuan.add(code);
		return this;
	}

	Report build() {
		Map<String, String> prose = new HashMap<>(this.sections);
		prose.putIfAbsent("一", proseStatingFigures());
		prose.putIfAbsent(Report.OUTLINE, "一二三四五六");
		SourceFile source = new SourceFile(PATH, "企水镇2021年政府信息公开工作年度报告.docx", "企水镇", "0".repeat(64), 40_960,
				ON_TIME);
		return new Report(source, "企水镇人民政府2021年政府信息公开工作年度报告", "企水镇人民政府", this.year, this.template,
				new LinkedHashMap<>(this.figures), Set.copyOf(this.tables), List.copyOf(this.labels),
				Set.copyOf(this.yuan), prose);
	}

	/** 一、总体情况 as a clerk writes it, stating the figures the tables hold. */
	String proseStatingFigures() {
		String documents = (this.template == Template.V2021)
				? "本年度制发行政规范性文件" + plain("proactive.normative_docs.issued") + "件。"
				: "本年度新制作规范性文件" + plain("proactive.normative_docs.new_made") + "件。";
		return ((this.year != null) ? this.year : 2021) + "年，企水镇人民政府认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作。" + documents
				+ "本年度共收到政府信息公开申请" + plain("applications.new.total") + "件，上年结转"
				+ plain("applications.carried_over.total") + "件，办结" + plain("applications.result.total.total")
				+ "件，结转下年度继续办理" + plain("applications.carried_forward.total") + "件。发生政府信息公开行政复议"
				+ plain("review.reconsideration.total") + "件。";
	}

	private String plain(String code) {
		Cell cell = this.figures.get(code);
		return (cell == null) ? "0" : Findings.plain(cell.valueOrZero());
	}

	private String locationFor(String code) {
		Cell existing = this.figures.get(code);
		if (existing != null) {
			return existing.location();
		}
		return "第" + (100 + MetricCatalog.standard().all().indexOf(MetricCatalog.standard().get(code))) + "行";
	}

}
