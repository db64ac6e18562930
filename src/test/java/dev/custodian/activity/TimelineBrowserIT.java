package dev.custodian.activity;

import java.time.Duration;
import java.util.UUID;

import dev.custodian.support.Chromium;
import dev.custodian.support.Personas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline in a real Chromium: a contact's page loads its timeline, and a note added there appears in it
 * without the page being reloaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:timeline-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY,
		"custodian.security.mfa-required-roles=" })
class TimelineBrowserIT {

	private static WebDriver browser;

	@LocalServerPort
	int port;

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

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void aNoteAddedOnAContactsTimelineAppearsWithoutAReload() {
		WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(10));
		String tag = UUID.randomUUID().toString().substring(0, 6);
		Chromium.signIn(browser, url(""), "admin", Personas.ADMIN_PASSWORD);
		browser.get(url("/contacts/new"));
		browser.findElement(By.id("lastName")).sendKeys("Noted" + tag);
		browser.findElement(By.cssSelector("button.primary")).click();
		waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Noted" + tag));

		waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("note-form")));
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("Nothing logged yet.");
		((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
		browser.findElement(By.cssSelector("#note-form summary")).click();
		browser.findElement(By.id("note-body")).sendKeys("Called back about the renewal " + tag);
		browser.findElement(By.cssSelector("#note-form button[type=submit]")).click();
		waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline-entries"),
				"Called back about the renewal " + tag));
		assertThat(browser.findElement(By.cssSelector("#timeline-entries .timeline-entry")).getText())
			.contains("Note", "by");
		assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded === true")).isEqualTo(true);
		assertThat(browser.getCurrentUrl()).doesNotContain("timeline");
	}
}
