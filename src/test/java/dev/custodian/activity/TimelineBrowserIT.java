package dev.custodian.activity;

import java.time.Duration;
import java.util.UUID;

import dev.custodian.support.Axe;
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
 * The timeline in a real Chromium: a contact's page loads its timeline, a note added there appears in it without
 * the page being reloaded, and editing it replaces the entry by an accessible form that Cancel and Save put back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:timeline-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY,
		"custodian.security.mfa-required-roles=" })
class TimelineBrowserIT {

	private static WebDriver browser;

	private static Axe axe;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.start();
		axe = Axe.load();
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

		// Edit opens a form in the entry's place, with the note's text and the focus in it; Cancel puts it back
		By edit = By.cssSelector("#timeline-entries .timeline-entry .entry-edit");
		By text = By.cssSelector("#timeline-entries .editing textarea[name=body]");
		browser.findElement(edit).click();
		waiting.until(ExpectedConditions.presenceOfElementLocated(text));
		assertThat(browser.findElement(text).getDomProperty("value")).isEqualTo("Called back about the renewal " + tag);
		waiting.until(driver -> driver.switchTo().activeElement().equals(driver.findElement(text)));
		assertThat(axe.violations(browser, Axe.WCAG_AA)).as("axe on the open edit form").isEmpty();
		assertThat(axe.smallTargets(browser)).as("targets of at least 24 px").isEmpty();
		browser.findElement(By.linkText("Cancel")).click();
		waiting.until(ExpectedConditions.presenceOfElementLocated(edit));
		assertThat(browser.findElements(text)).isEmpty();
		assertThat(browser.findElement(By.id("timeline-entries")).getText())
			.contains("Called back about the renewal " + tag);

		// a blank text is refused in the form, then a new text is saved in place, all without a reload
		browser.findElement(edit).click();
		waiting.until(ExpectedConditions.presenceOfElementLocated(text)).clear();
		browser.findElement(By.cssSelector("#timeline-entries .editing button[type=submit]")).click();
		waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline-entries .editing .error-summary")));
		assertThat(browser.findElement(By.cssSelector("#timeline-entries .editing")).getText()).contains("There is a problem");
		browser.findElement(text).sendKeys("Renewal agreed for two years " + tag);
		browser.findElement(By.cssSelector("#timeline-entries .editing button[type=submit]")).click();
		waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline-entries"),
				"Renewal agreed for two years " + tag));
		assertThat(browser.findElements(By.cssSelector("#timeline-entries .editing"))).isEmpty();
		assertThat(browser.findElement(By.id("timeline-entries")).getText())
			.doesNotContain("Called back about the renewal " + tag);
		assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded === true")).isEqualTo(true);

		// the edit page of its own, for browsers without script, is accessible too
		browser.get(browser.findElement(edit).getAttribute("href"));
		waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Edit the note"));
		assertThat(browser.findElement(By.cssSelector("textarea[name=body]")).getDomProperty("value"))
			.isEqualTo("Renewal agreed for two years " + tag);
		assertThat(axe.violations(browser, Axe.WCAG_AA)).as("axe on the edit page").isEmpty();
		assertThat(axe.smallTargets(browser)).as("targets of at least 24 px on the edit page").isEmpty();
	}
}
