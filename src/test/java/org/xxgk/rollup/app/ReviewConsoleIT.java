package org.xxgk.rollup.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.report.DemoRun;
import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review console in a real browser (Debian's chromium driven by chromedriver): anonymous requests go to the login
 * page; a reviewer opens a unit, includes a rejected report and dismisses a warning, runs 重新汇总 and sees the new
 * totals; a viewer gets 403 on a decision; a POST without the CSRF token is refused; a unit named like a script shows
 * as text; five wrong passwords slow the next attempt.
 */
@ExtendWith(TestDatabaseExtension.class)
class ReviewConsoleIT {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final String SCRIPT_NAME = "<script>window.xss=1</script>企水镇";

	@Test
	void aReviewerDecidesInTheBrowserAndTheTotalsFollow(@TempDir Path temp,
			TestDatabase.Database database) throws Exception {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			String reason = "ReviewConsoleIT skipped: needs Debian's chromium and chromium-driver (.ci/run installs them)";
			System.out.println(reason);
			Assumptions.abort(reason);
		}
		Path input = DemoRun.copyDemoSet(temp.resolve("2021"));
		assertThat(CommandRun.inProcess("--year", "2021", "--input", input.toString(), "--output",
				temp.resolve("out").toString(), "--db", database.url()).exitCode()).isZero();
		assertThat(addUser(database, "zhang", "reviewer", "zhang-secret-1")).isZero();
		assertThat(addUser(database, "li", "viewer", "li-secret-22")).isZero();
		assertThat(addUser(database, "wang", "viewer", "short")).as("a short password is refused").isEqualTo(2);
		JdbcTemplate jdbc = database.jdbc();
		assertThat(jdbc.queryForObject("select password_hash from console_user where name = 'zhang'", String.class))
			.startsWith("$2a$").doesNotContain("zhang-secret-1");
		// a hostile name from the registry (the next run loads the registry again)
		jdbc.update("update region set name = ? where code = '440882105'", SCRIPT_NAME);
		try (ConfigurableApplicationContext console = ServeCommand
			.start(ServeOptions.parse("--port", "0", "--db", database.url()))) {
			String base = "http://127.0.0.1:" + ServeCommand.port(console);
			WebDriver browser = chromium(temp);
			try {
				browse(browser, base);
			}
			finally {
				browser.quit();
			}
		}
		assertThat(jdbc.queryForList("select decided_by from review_decision order by id", String.class))
			.as("decisions record the logged-in user")
			.containsExactly("zhang", "zhang", "zhang");
	}

	private static void browse(WebDriver browser, String base) throws Exception {
		// anonymous: the login page
		browser.get(base + "/units");
		assertThat(browser.getCurrentUrl()).isEqualTo(base + "/login");
		login(browser, base, "zhang", "zhang-secret-1");
		assertThat(browser.getCurrentUrl()).as("back to the page asked for").startsWith(base + "/units");
		browser.get(base + "/");
		assertThat(browser.findElement(By.id("totals")).getText()).contains("applications.new.total");
		assertThat(total(browser)).isEqualTo("1033");

		// the script-named unit is text, and nothing ran
		browser.get(base + "/units");
		assertThat(browser.findElement(By.cssSelector("tr[data-unit='440882105'] a")).getText()).isEqualTo(SCRIPT_NAME);
		assertThat(((JavascriptExecutor) browser).executeScript("return window.xss === undefined")).isEqualTo(true);

		// open 沈塘镇: its figures with where they were read from, its findings; include the rejected report
		browser.findElement(By.linkText("沈塘镇")).click();
		assertThat(browser.findElement(By.id("unit-status")).getText()).isEqualTo("退回修改");
		WebElement figure = browser.findElement(By.cssSelector("table.figures tr[data-metric='applications.new.total']"));
		assertThat(figure.getText()).contains("56").contains("表三");
		for (String metric : List.of("applications.new.natural_person", "applications.new.total")) {
			decide(browser, "APP-BALANCE", metric, "include", "已电话核实，报告已按此公开");
			assertThat(browser.findElement(By.cssSelector("p.message")).getText()).contains("已记录：APP-BALANCE");
		}

		// dismiss one of 唐家镇's warnings
		browser.get(base + "/units/440882104");
		decide(browser, "CELL-MISSING", "proactive.penalty.decisions", "dismiss", "本年确无行政处罚");
		assertThat(browser.findElement(By.cssSelector("#findings tr[data-metric='proactive.penalty.decisions'] .note"))
			.getText()).startsWith("核实无误，不再提示：本年确无行政处罚（zhang，");

		// 重新汇总: the included report is in the totals
		browser.get(base + "/");
		submit(browser, browser.findElement(By.id("rerun")));
		assertThat(browser.findElement(By.cssSelector("p.message")).getText()).startsWith("重新汇总完成。");
		assertThat(total(browser)).isEqualTo("1089");
		browser.get(base + "/units/440882101");
		assertThat(browser.findElement(By.id("unit-status")).getText()).isEqualTo("通过（有警告）（经复核计入汇总）");
		browser.get(base + "/history");
		assertThat(browser.findElement(By.id("history")).getText()).contains("虽有错误，仍计入汇总")
			.contains("核实无误，不再提示");

		// a POST without the CSRF token is refused
		assertThat(post(browser, "/rerun", false)).isEqualTo(403);

		// a viewer reads, and may not decide
		submit(browser, browser.findElement(By.cssSelector("header form button")));
		login(browser, base, "li", "li-secret-22");
		browser.get(base + "/units/440882101");
		assertThat(browser.findElements(By.cssSelector("form.decide"))).isEmpty();
		assertThat(post(browser, "/units/440882101/decide", true)).isEqualTo(403);
		submit(browser, browser.findElement(By.cssSelector("header form button")));

		// five wrong passwords: the sixth attempt waits, even with the right password
		timedLogin(browser, base, "zhang", "wrong-1");
		assertThat(browser.getCurrentUrl()).isEqualTo(base + "/login?error");
		for (int i = 2; i <= 5; i++) {
			timedLogin(browser, base, "zhang", "wrong-" + i);
		}
		long sixth = timedLogin(browser, base, "zhang", "zhang-secret-1");
		// the console holds the sixth attempt back 2 s (LoginThrottle.STEP) before it answers, so the page cannot
		// arrive sooner: a lower bound, unlike a comparison with the first attempt, which a cold start makes slow
		assertThat(sixth).as("slowed after five failures").isGreaterThanOrEqualTo(2000);
		assertThat(browser.findElement(By.id("totals")).isDisplayed()).isTrue();
	}

	private static void login(WebDriver browser, String base, String user, String password) {
		browser.get(base + "/login");
		browser.findElement(By.name("username")).sendKeys(user);
		browser.findElement(By.name("password")).sendKeys(password);
		submit(browser, browser.findElement(By.id("login")));
	}

	private static long timedLogin(WebDriver browser, String base, String user, String password) {
		browser.get(base + "/login");
		browser.findElement(By.name("username")).sendKeys(user);
		browser.findElement(By.name("password")).sendKeys(password);
		long start = System.nanoTime();
		submit(browser, browser.findElement(By.id("login")));
		browser.findElement(By.tagName("h1"));
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static void decide(WebDriver browser, String rule, String metric, String decision, String reason) {
		WebElement row = browser
			.findElement(By.cssSelector("#findings tr[data-rule='" + rule + "'][data-metric='" + metric + "']"));
		new Select(row.findElement(By.name("decision"))).selectByValue(decision);
		row.findElement(By.name("reason")).sendKeys(reason);
		submit(browser, row.findElement(By.cssSelector("form.decide button")));
	}

	/**
	 * Clicks a form's button and waits until the page it was on is gone: the click only starts the POST and its
	 * redirect, and a lookup before the next page arrives finds the old page's elements (stale a moment later) or
	 * none.
	 */
	private static void submit(WebDriver browser, WebElement button) {
		button.click();
		new WebDriverWait(browser, Duration.ofSeconds(120)).until((driver) -> gone(button));
	}

	/** Chromium says an element of a page it has left is stale, or that its node belongs to no document. */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException ex) {
			return true;
		}
	}

	private static String total(WebDriver browser) {
		return browser.findElement(By.cssSelector("#totals tr[data-metric='applications.new.total'] td.num")).getText();
	}

	/** A form POST from the page's script, with or without the page's CSRF token; returns the status. */
	private static long post(WebDriver browser, String path, boolean withToken) {
		Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const body = new URLSearchParams({rule: 'APP-BALANCE', metric: '', decision: 'dismiss', reason: 'x'});
				const token = document.querySelector('input[name=_csrf]');
				if (arguments[1] && token) { body.append('_csrf', token.value); }
				fetch(arguments[0], {method: 'POST', body: body, redirect: 'manual'}).then((r) => done(r.status));""",
				path, withToken);
		return (Long) status;
	}

	private static WebDriver chromium(Path temp) throws Exception {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory(temp, "chromium-profile"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(5)).scriptTimeout(Duration.ofSeconds(60));
		return driver;
	}

	private static int addUser(TestDatabase.Database database, String name, String role, String password) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		return ServeCommand.run(new String[] { "--add-user", name, "--role", role, "--db", database.url() },
				new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
	}

}
