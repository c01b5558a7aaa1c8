package org.xxgk.rollup.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The demo set's overview page opened and printed by Debian's headless chromium (a browser process, so under
 * Failsafe). Skipped, saying why, only where chromium is absent and cannot be installed (no apt-get); where apt-get
 * exists, a missing chromium fails the test ({@code .ci/run} installs it).
 */
class OverviewInChromiumIT {

	@TempDir
	static Path temp;

	private static DemoRun demo;

	@BeforeAll
	static void consolidateTheDemoSet() throws IOException {
		assumeChromium();
		demo = DemoRun.run(temp);
	}

	@AfterAll
	static void dropDatabase() {
		if (demo != null) {
			demo.database().close();
		}
	}

	private static void assumeChromium() {
		if (!HeadlessChromium.installed() && !HeadlessChromium.aptAvailable()) {
			String reason = "OverviewInChromiumIT skipped: /usr/bin/chromium is absent and apt-get is unavailable to install it";
			System.out.println(reason);
			assumeTrue(false, reason);
		}
	}

	/**
	 * Opens overview.html in headless chromium: its script must run to the end (it marks the body) with no console
	 * error, and a screenshot is saved to target/overview-screenshot.png. Skipped only where chromium is absent and
	 * cannot be installed (no apt-get); where apt-get exists, a missing chromium fails the test.
	 */
	@Test
	void overviewRendersInHeadlessChromiumWithoutConsoleErrors() throws IOException, InterruptedException {
		assertThat(HeadlessChromium.installed()).as("/usr/bin/chromium missing: run apt-get install -y chromium (.ci/run does)")
			.isTrue();
		HeadlessChromium chromium = new HeadlessChromium(HeadlessChromium.DEBIAN);
		String page = demo.output().resolve("overview.html").toUri().toString();
		HeadlessChromium.Output dom = chromium.run(temp, "--dump-dom", page);
		assertThat(dom.stdout()).as(dom.stderr()).contains("data-ready=\"yes\"").contains("各单位主要数据");
		assertThat(dom.stderr()).doesNotContain("Uncaught").doesNotContain(":CONSOLE(");
		Path screenshot = Path.of("target/overview-screenshot.png").toAbsolutePath();
		Files.deleteIfExists(screenshot);
		HeadlessChromium.Output shot = chromium.run(temp, "--hide-scrollbars", "--window-size=1280,2000",
				"--screenshot=" + screenshot, page);
		assertThat(screenshot).as(shot.stderr()).isRegularFile();
		assertThat(Files.readAllBytes(screenshot)).startsWith(0x89, 'P', 'N', 'G');
		assertThat(shot.stderr()).doesNotContain("Uncaught").doesNotContain(":CONSOLE(");
	}

	/**
	 * Prints overview.html to PDF with headless chromium as a clerk would (A4), checks the page count and size with
	 * pdfinfo, renders the first pages to PNG with pdftoppm (kept in target/print/, copied to docs/ by hand), and
	 * measures the page's print layout at the width of an A4 page: no header of the form's tables wraps one character
	 * per line. Needs chromium and poppler-utils ({@code .ci/run} installs both).
	 */
	@Test
	void overviewPrintsOnA4WithoutHeadersBrokenPerCharacter() throws IOException, InterruptedException {
		assertThat(HeadlessChromium.installed()).as("/usr/bin/chromium missing (.ci/run installs it)").isTrue();
		assertThat(Path.of("/usr/bin/pdftoppm")).as("poppler-utils missing (.ci/run installs it)").isExecutable();
		HeadlessChromium chromium = new HeadlessChromium(HeadlessChromium.DEBIAN);
		Path print = Path.of("target/print").toAbsolutePath();
		org.springframework.util.FileSystemUtils.deleteRecursively(print);
		Files.createDirectories(print);
		Path pdf = print.resolve("overview.pdf");
		HeadlessChromium.Output printed = chromium.run(temp, "--no-pdf-header-footer", "--print-to-pdf=" + pdf,
				demo.output().resolve("overview.html").toUri().toString());
		assertThat(pdf).as(printed.stderr()).isRegularFile();
		String info = run("pdfinfo", pdf.toString());
		assertThat(info).containsPattern("Page size:\\s+59[45]\\.\\d+ x 84[12]\\.\\d+ pts \\(A4\\)");
		int pages = Integer.parseInt(info.replaceAll("(?s).*Pages:\\s+(\\d+).*", "$1"));
		assertThat(pages).as(info).isBetween(4, 9);
		run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "5", pdf.toString(), print.resolve("overview-print").toString());
		assertThat(print.resolve("overview-print-1.png")).isRegularFile();

		// the print rules applied on screen at an A4 page's text width (186 mm ≈ 703 px)
		String html = Files.readString(demo.output().resolve("overview.html"), StandardCharsets.UTF_8)
			.replace("@media print{", "@media all{")
			.replace("</body>", "<script>" + MEASURE_HEADERS + "</script></body>");
		Path probe = temp.resolve("print-probe.html");
		Files.writeString(probe, html, StandardCharsets.UTF_8);
		HeadlessChromium.Output dom = chromium.run(temp, "--window-size=703,1000", "--virtual-time-budget=5000",
				"--dump-dom", probe.toUri().toString());
		Element body = Jsoup.parse(dom.stdout()).body();
		assertThat(body.attr("data-measured")).as(dom.stderr()).isEqualTo("yes");
		assertThat(Integer.parseInt(body.attr("data-headers"))).isGreaterThan(30);
		assertThat(body.attr("data-per-character")).as("headers wrapped one character per line").isEmpty();
		assertThat(Integer.parseInt(body.attr("data-notes"))).as("note words in the form tables").isGreaterThan(40);
		assertThat(body.attr("data-note-overflow")).as("notes broken inside a word or out of their cell").isEmpty();
		assertThat(Double.parseDouble(body.attr("data-width"))).as("the page fits the paper's width").isLessThanOrEqualTo(703);
	}

	/**
	 * Marks the body with the headers of the form tables (and the unit names of 各单位主要数据) whose text runs one
	 * character per line, and the page width.
	 */
	private static final String MEASURE_HEADERS = """
			(function () {
			  var broken = [], count = 0;
			  document.querySelectorAll('table.form th, #unit-table td:first-child').forEach(function (th) {
			    var text = th.textContent.trim();
			    if (text.length < 2) { return; }
			    count++;
			    var range = document.createRange();
			    range.selectNodeContents(th);
			    var lines = {};
			    Array.prototype.forEach.call(range.getClientRects(), function (r) { lines[Math.round(r.top)] = true; });
			    if (Object.keys(lines).length >= text.length) { broken.push(text); }
			  });
			  // the N/M and unsplit notes wrap between their words only, and no word runs out of its cell
			  var overflow = [], notes = 0;
			  document.querySelectorAll('table.form td.num small span').forEach(function (span) {
			    notes++;
			    var cell = span.closest('td').getBoundingClientRect(), r = span.getBoundingClientRect();
			    if (r.right > cell.right + 0.5 || r.left < cell.left - 0.5 || span.getClientRects().length > 1) {
			      overflow.push(span.textContent);
			    }
			  });
			  document.body.setAttribute('data-notes', String(notes));
			  document.body.setAttribute('data-note-overflow', overflow.join('|'));
			  document.body.setAttribute('data-headers', String(count));
			  document.body.setAttribute('data-per-character', broken.join('|'));
			  document.body.setAttribute('data-width', String(document.documentElement.scrollWidth));
			  document.body.setAttribute('data-measured', 'yes');
			})();
			""";

	private static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
		return out;
	}

}
