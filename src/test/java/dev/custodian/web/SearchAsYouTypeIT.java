package dev.custodian.web;

import java.time.Duration;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.Api;
import dev.custodian.support.Chromium;
import dev.custodian.support.Personas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * Searching as you type in a real Chromium: a name typed key by key is searched once, after the pause, so the
 * audit trail gets one read entry for it rather than one per keystroke; a single letter asks for a second.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:typing;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY,
		"custodian.security.mfa-required-roles=" })
@AutoConfigureMockMvc
@Import(Personas.class)
class SearchAsYouTypeIT {

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Personas personas;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

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

	@Test
	void aTypedNameIsSearchedAndAuditedOnce() {
		String name = "Lovegood" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
		String id = new Api(mvc).post("/api/v1/contacts", personas.token(Role.ADMIN),
				"{\"firstName\":\"Luna\",\"lastName\":\"" + name + "\"}").text("id");
		signInAs(Role.SALES);
		browser.get("http://localhost:" + port + "/contacts");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		WebElement box = browser.findElement(By.id("q"));

		box.sendKeys(name.substring(0, 1));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contact-results"),
				"Type at least two letters to search."));
		assertThat(browser.findElement(By.id("contact-results")).getText()).doesNotContain("No contacts match");

		long before = reads(id);
		// the rest as one burst of key events, as someone typing the name: each key is an input event
		box.sendKeys(name.substring(1));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/contacts/" + id + "']")));
		wait.until(driver -> (Boolean) ((JavascriptExecutor) driver)
			.executeScript("return document.querySelector('.htmx-request') === null"));
		assertThat(browser.findElements(By.cssSelector("#contact-results tbody a[href^='/contacts/']"))).hasSize(1);

		assertThat(reads(id) - before).as("list reads naming the contact while typing").isEqualTo(1);
	}

	private long reads(String id) {
		return jdbc.sql("""
				select count(*) from audit_events e join audit_event_subjects s on s.event_id = e.id
				where s.subject_id = ? and e.action = 'READ' and e.resource_id is null and e.actor_id = ?""")
			.params(UUID.fromString(id), personas.user(Role.SALES).id().toString())
			.query(Long.class)
			.single();
	}

	private void signInAs(Role role) {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys(personas.user(role).username());
		browser.findElement(By.id("password")).sendKeys("a-long-test-password");
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}
}
