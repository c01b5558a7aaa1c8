package org.xxgk.rollup.console;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.xxgk.rollup.review.CorrectionRequest;
import org.xxgk.rollup.review.Decision;
import org.xxgk.rollup.review.DecisionRequest;
import org.xxgk.rollup.review.ReviewDesk;
import org.xxgk.rollup.review.ReviewRefused;

/**
 * The console's pages: the county totals of the last run, the units with their status, one unit's report (every
 * figure with where it was read from, its findings with their decisions, the forms to decide and correct), the
 * history of decisions, and 重新汇总. Decisions record the logged-in user.
 */
@Controller
@Profile(Console.PROFILE)
public class ConsoleController {

	private final ConsoleQueries queries;

	private final ReviewDesk desk;

	private final RollupRerun rerun;

	private final String regionCode;

	private final Integer year;

	public ConsoleController(ConsoleQueries queries, ReviewDesk desk, RollupRerun rerun,
			@Value("${" + Console.REGION_PROPERTY + ":440882}") String regionCode,
			@Value("${xxgk.console.year:#{null}}") Integer year) {
		this.queries = queries;
		this.desk = desk;
		this.rerun = rerun;
		this.regionCode = regionCode;
		this.year = year;
	}

	@ModelAttribute
	void common(Model model, HttpServletRequest request, Principal principal) {
		model.addAttribute("reviewer", request.isUserInRole(Role.REVIEWER.name()));
		model.addAttribute("user", (principal != null) ? principal.getName() : "");
		model.addAttribute("scope", this.queries.scope(this.regionCode, this.year).orElse(null));
		model.addAttribute("decisions", Decision.values());
	}

	@GetMapping("/login")
	String login() {
		return "console/login";
	}

	@GetMapping("/")
	String totals(Model model) {
		scope().ifPresent((scope) -> model.addAttribute("totals", this.queries.totals(scope)));
		return "console/totals";
	}

	@GetMapping("/units")
	String units(Model model) {
		scope().ifPresent((scope) -> model.addAttribute("units", this.queries.units(scope)));
		return "console/units";
	}

	@GetMapping("/units/{code}")
	String unit(@PathVariable String code, Model model) {
		ConsoleQueries.Scope scope = scope().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ConsoleQueries.UnitRow unit = this.queries.unit(scope, code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个单位"));
		List<ConsoleQueries.SubmissionRow> submissions = this.queries.submissions(scope, code);
		model.addAttribute("unit", unit);
		model.addAttribute("submissions", submissions.stream()
			.map((submission) -> new SubmissionView(submission, this.queries.figures(scope, submission.id())))
			.toList());
		model.addAttribute("findings", this.queries.findings(scope, code));
		return "console/unit";
	}

	/** A submission with its figures, for the unit page. */
	public record SubmissionView(ConsoleQueries.SubmissionRow submission, List<ConsoleQueries.FigureRow> figures) {

		public String statusText() {
			return this.submission.statusText();
		}

	}

	@GetMapping("/history")
	String history(Model model) {
		scope().ifPresent((scope) -> model.addAttribute("history", this.queries.history(scope)));
		return "console/history";
	}

	@PostMapping("/units/{code}/decide")
	String decide(@PathVariable String code, @RequestParam String rule, @RequestParam(defaultValue = "") String metric,
			@RequestParam String decision, @RequestParam(defaultValue = "") String reason, Principal principal,
			RedirectAttributes redirect) {
		ConsoleQueries.Scope scope = scope().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Optional<Decision> chosen = Decision.of(decision);
		try {
			if (chosen.isEmpty()) {
				throw new ReviewRefused("请选择处理意见");
			}
			this.desk.decide(new DecisionRequest(scope.year(), scope.regionCode(), code, rule, metric, chosen.get(),
					reason, principal.getName()));
			redirect.addFlashAttribute("message", "已记录：" + rule + (metric.isEmpty() ? "" : "（" + metric + "）") + " "
					+ chosen.get().chinese() + "。点“重新汇总”后生效。");
		}
		catch (ReviewRefused ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/units/" + code;
	}

	@PostMapping("/units/{code}/correct")
	String correct(@PathVariable String code, @RequestParam String metric, @RequestParam String value,
			@RequestParam(defaultValue = "") String reason, Principal principal, RedirectAttributes redirect) {
		ConsoleQueries.Scope scope = scope().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			BigDecimal number;
			try {
				number = new BigDecimal(value.strip());
			}
			catch (NumberFormatException ex) {
				throw new ReviewRefused("“" + value + "”不是数字，请只填写阿拉伯数字");
			}
			this.desk.correct(new CorrectionRequest(scope.year(), scope.regionCode(), code, metric, number, reason,
					principal.getName()));
			redirect.addFlashAttribute("message", "已记录更正：" + metric + " 更正为 "
					+ number.stripTrailingZeros().toPlainString() + "。点“重新汇总”后生效，原报送数值保留。");
		}
		catch (ReviewRefused ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/units/" + code;
	}

	@PostMapping("/rerun")
	String rerun(RedirectAttributes redirect) {
		ConsoleQueries.Scope scope = scope().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		redirect.addFlashAttribute("message", this.rerun.rerun(scope.year(), scope.regionCode()));
		return "redirect:/";
	}

	private Optional<ConsoleQueries.Scope> scope() {
		return this.queries.scope(this.regionCode, this.year);
	}

}
