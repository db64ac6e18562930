package dev.custodian.web;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.identity.Role;
import dev.custodian.support.Api;
import dev.custodian.support.Chromium;
import dev.custodian.support.Personas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Show more" in a real Chromium: paging through lists of 120 records whose sort keys tie (identical update times,
 * identical company names) shows every record exactly once, on the contact, company and audit pages; on the audit
 * page with its filters kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:paging;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY,
		"custodian.security.mfa-required-roles=" })
@AutoConfigureMockMvc
@Import(Personas.class)
class ListPagingIT {

	private static final int RECORDS = 120;

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Personas personas;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void signIn() {
		browser.manage().deleteAllCookies();
	}

	@AfterEach
	void signOut() {
		browser.manage().deleteAllCookies();
	}

	@Test
	void contactsWithIdenticalUpdateTimesEachAppearOnce() {
		Api api = new Api(mvc);
		String token = personas.token(Role.ADMIN);
		for (int i = 0; i < RECORDS; i++) {
			api.post("/api/v1/contacts", token,
					"{\"firstName\":\"Pia\",\"lastName\":\"Paging" + i + "\",\"email\":\"pia" + i + "@paging.example\"}");
		}
		jdbc.sql("update contacts set updated_at = ?").param(Timestamp.from(Instant.parse("2026-01-01T10:00:00Z"))).update();

		signInAs(Role.SALES);
		browser.get(url("/contacts"));
		assertEachOnce(showAll("#contact-results tbody a[href^='/contacts/']", "#more-row button"), RECORDS);
	}

	@Test
	void companiesWithIdenticalNamesEachAppearOnce() {
		Api api = new Api(mvc);
		String token = personas.token(Role.ADMIN);
		for (int i = 0; i < RECORDS; i++) {
			api.post("/api/v1/companies", token, "{\"name\":\"Paging Works\",\"domain\":\"paging" + i + ".example\"}");
		}
		signInAs(Role.SALES);
		browser.get(url("/companies"));
		List<String> shown = showAll("#company-results tbody a[href^='/companies/']", "#company-more a");
		assertEachOnce(shown, RECORDS);
	}

	@Test
	void auditEntriesEachAppearOnce() {
		String tag = UUID.randomUUID().toString().substring(0, 4);
		for (int i = 0; i < RECORDS; i++) {
			audit.record(AuditAction.READ, "paging", tag + "-" + i, List.of());
		}
		signInAs(Role.DPO);
		browser.get(url("/audit"));
		List<String> shown = showAll("#audit-results tbody td[data-label=Resource] code", "#audit-more a").stream()
			.filter(text -> text.startsWith(tag + "-"))
			.toList();
		assertEachOnce(shown, RECORDS);
	}

	@Test
	void filteredAuditEntriesEachAppearOnceAndOnlyThoseMatching() {
		String type = "paging-" + UUID.randomUUID().toString().substring(0, 4);
		for (int i = 0; i < RECORDS; i++) {
			audit.record(AuditAction.UPDATE, type, "u-" + i, List.of());
			audit.record(AuditAction.READ, type, "r-" + i, List.of());
		}
		signInAs(Role.DPO);
		browser.get(url("/audit?action=UPDATE&resourceType=" + type));
		List<String> shown = showAll("#audit-results tbody td[data-label=Resource] code", "#audit-more a");
		assertThat(shown).as("entries the filter leaves out").noneMatch(text -> text.startsWith("r-"));
		assertEachOnce(shown, RECORDS);
		assertThat(shown).hasSize(RECORDS);
	}

	/** Clicks "Show more" until it is gone; returns what the rows show, in order. */
	private List<String> showAll(String rowSelector, String moreSelector) {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		for (int clicks = 0; clicks < 50 && !browser.findElements(By.cssSelector(moreSelector)).isEmpty(); clicks++) {
			int before = browser.findElements(By.cssSelector(rowSelector)).size();
			WebElement more = browser.findElement(By.cssSelector(moreSelector));
			more.click();
			wait.until(ExpectedConditions.stalenessOf(more));
			wait.until(driver -> driver.findElements(By.cssSelector(rowSelector)).size() > before);
		}
		return browser.findElements(By.cssSelector(rowSelector)).stream().map(element -> {
			String href = element.getAttribute("href");
			return href != null ? href : element.getText();
		}).toList();
	}

	private static void assertEachOnce(List<String> shown, int atLeast) {
		Map<String, Integer> times = new HashMap<>();
		shown.forEach(item -> times.merge(item, 1, Integer::sum));
		assertThat(times.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey))
			.as("records shown more than once").isEmpty();
		assertThat(times).as("records shown").hasSizeGreaterThanOrEqualTo(atLeast);
	}

	private void signInAs(Role role) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(personas.user(role).username());
		browser.findElement(By.id("password")).sendKeys("a-long-test-password");
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
