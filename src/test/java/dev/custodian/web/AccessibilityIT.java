package dev.custodian.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.custodian.identity.Role;
import dev.custodian.support.Api;
import dev.custodian.support.Axe;
import dev.custodian.support.Chromium;
import dev.custodian.support.Personas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page reachable from the navigation, for an administrator and a read-only user, at a desktop width (1280
 * px) and a phone width (390 px): axe-core finds no WCAG 2.2 A/AA violation, every link, button and field is a
 * target of at least 24 x 24 px (or keeps WCAG's spacing), and on the phone the navigation folds into a menu
 * button, tables become stacked cards and nothing scrolls sideways. Swagger UI is third-party: its findings are
 * written to {@code target/accessibility/swagger-ui.txt} and do not fail the build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:accessibility;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY,
		"custodian.security.mfa-required-roles=" })
@AutoConfigureMockMvc
@Import(Personas.class)
class AccessibilityIT {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AccessibilityIT.class);

	private static final int MOST_PAGES = 40;

	private static WebDriver browser;

	private static Axe axe;

	@LocalServerPort
	int port;

	@Autowired
	Personas personas;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void startBrowser() {
		axe = Axe.load();
		browser = Chromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void signOut() {
		browser.manage().deleteAllCookies();
		Chromium.viewport(browser, 1280, 900, false);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "READ_ONLY" })
	void everyPageIsAccessibleOnDesktopAndPhone(Role role) {
		seed();
		Chromium.signIn(browser, url(""), personas.user(role).username(),
				role == Role.ADMIN ? Personas.ADMIN_PASSWORD : "a-long-test-password");
		List<String> pages = crawl();
		log.info("Accessibility checks for {} on {}", role, pages);
		List<String> failures = new ArrayList<>();
		for (String page : pages) {
			browser.get(url(page));
			failures.addAll(prefixed(page + " at 1280 px", desktopProblems()));
		}
		Chromium.viewport(browser, 390, 844, true);
		for (String page : pages) {
			browser.get(url(page));
			failures.addAll(prefixed(page + " at 390 px", phoneProblems()));
		}
		assertThat(pages).as("pages reached from the navigation").contains("/", "/contacts", "/companies",
				"/account/tokens");
		assertThat(failures).as("accessibility problems for " + role).isEmpty();
	}

	@Test
	void theTargetSizeCheckFindsCrowdedSmallTargetsOnly() {
		browser.get("data:text/html,<body style='margin:0'>"
				+ "<button id=a style='position:absolute;left:0;top:0;width:16px;height:16px;padding:0'>a</button>"
				+ "<button id=b style='position:absolute;left:18px;top:0;width:16px;height:16px;padding:0'>b</button>"
				+ "<button id=c style='position:absolute;left:200px;top:0;width:16px;height:16px;padding:0'>c</button>"
				+ "<p style='position:absolute;top:100px'>Read <a href='#x'>this</a> first.</p>"
				+ "<button id=d style='position:absolute;top:200px;width:40px;height:30px'>d</button></body>");
		assertThat(axe.smallTargets(browser)).as("only the two small buttons 18 px apart")
			.hasSize(2)
			.allMatch(found -> found.startsWith("button#a") || found.startsWith("button#b"));
	}

	@Test
	void swaggerUiFindingsAreRecordedNotCounted() throws Exception {
		browser.get(url("/swagger-ui.html"));
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(driver -> !driver.findElements(By.cssSelector(".swagger-ui .opblock")).isEmpty());
		List<String> findings = new ArrayList<>(axe.violations(browser, Axe.WCAG_AA));
		assertThat(findings).as("axe ran on Swagger UI").noneMatch(line -> line.startsWith("axe failed"));
		findings.addAll(prefixed("small target", axe.smallTargets(browser)));
		Path report = Path.of("target/accessibility/swagger-ui.txt");
		Files.createDirectories(report.getParent());
		Files.write(report, findings);
		findings.forEach(line -> log.info("Swagger UI (not ours, not counted): {}", line));
	}

	@Test
	void theSignInPageIsAccessibleWithAndWithoutAnError() {
		List<String> failures = new ArrayList<>();
		for (String page : List.of("/login", "/login?error")) {
			Chromium.viewport(browser, 1280, 900, false);
			browser.get(url(page));
			failures.addAll(prefixed(page + " at 1280 px", desktopProblems()));
			Chromium.viewport(browser, 390, 844, true);
			browser.get(url(page));
			failures.addAll(prefixed(page + " at 390 px", desktopProblems()));
		}
		assertThat(failures).as("accessibility problems before sign-in").isEmpty();
		assertThat(browser.switchTo().activeElement().getAttribute("id")).as("focus after a failed sign-in")
			.isEqualTo("error-summary");
	}

	private List<String> desktopProblems() {
		List<String> problems = new ArrayList<>();
		Object status = ((JavascriptExecutor) browser)
			.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus");
		if (((Number) status).intValue() >= 400) {
			problems.add("answered " + status + ": " + browser.getTitle());
		}
		problems.addAll(axe.violations(browser, Axe.WCAG_AA));
		problems.addAll(prefixed("small target", axe.smallTargets(browser)));
		return problems;
	}

	private List<String> phoneProblems() {
		List<String> problems = desktopProblems();
		JavascriptExecutor js = (JavascriptExecutor) browser;
		if (Boolean.TRUE.equals(js.executeScript(
				"return document.documentElement.scrollWidth > window.innerWidth"))) {
			problems.add("scrolls sideways: " + js.executeScript("return document.documentElement.scrollWidth")
					+ " px wide");
		}
		Object tableRows = js.executeScript("""
				return Array.from(document.querySelectorAll('main table tbody tr'))
				  .filter(function (tr) { return getComputedStyle(tr).display !== 'block'; }).length""");
		if (((Number) tableRows).intValue() > 0) {
			problems.add(tableRows + " table rows are not laid out as cards");
		}
		List<WebElement> menus = browser.findElements(By.cssSelector("header .menu > summary"));
		if (menus.isEmpty() || (!menus.get(0).isDisplayed()
				|| browser.findElements(By.cssSelector("header nav a")).stream().anyMatch(WebElement::isDisplayed))) {
			problems.add("the navigation is not folded into the menu button");
		}
		return problems;
	}

	/** Pages reachable by links from the dashboard, one of each kind (one contact, one filter of the audit trail). */
	private List<String> crawl() {
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		Set<String> seen = new LinkedHashSet<>(queue);
		Set<String> kinds = new HashSet<>();
		List<String> pages = new ArrayList<>();
		while (!queue.isEmpty() && pages.size() < MOST_PAGES) {
			String page = queue.removeFirst();
			browser.get(url(page));
			pages.add(page);
			@SuppressWarnings("unchecked")
			List<String> links = (List<String>) ((JavascriptExecutor) browser)
				.executeScript("return Array.from(document.querySelectorAll('a[href]')).map(function (a) { return a.href; })");
			for (String link : links) {
				if (!link.startsWith(url("/"))) {
					continue;
				}
				String path = link.substring(url("").length()).replaceFirst("#.*$", "");
				if (path.matches("/(logout|swagger-ui|v3/|api/|actuator|css/|js/|webjars/).*")) {
					continue;
				}
				String kind = path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}").replaceAll("=[^&]*", "=");
				if (seen.add(path) && kinds.add(kind)) {
					queue.addLast(path);
				}
			}
		}
		return pages;
	}

	/** A company and a contact working there, so that detail pages and tables have something to show. */
	private void seed() {
		Api api = new Api(mvc);
		String admin = personas.token(Role.ADMIN);
		String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
		String company = api.post("/api/v1/companies", admin,
				"{\"name\":\"Axe Works\",\"domain\":\"axe-" + tag + ".example\"}").header("Location");
		api.post("/api/v1/contacts", admin, "{\"firstName\":\"Ada\",\"lastName\":\"Able\",\"email\":\"ada-" + tag
				+ "@axe.example\","
				+ "\"companyId\":\"" + company.substring(company.lastIndexOf('/') + 1) + "\"}");
	}

	private static List<String> prefixed(String prefix, List<String> lines) {
		return lines.stream().map(line -> prefix + ": " + line).toList();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
