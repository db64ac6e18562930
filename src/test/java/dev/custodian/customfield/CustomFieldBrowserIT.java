package dev.custodian.customfield;

import java.time.Duration;
import java.util.UUID;

import dev.custodian.support.Axe;
import dev.custodian.support.Chromium;
import dev.custodian.support.Personas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium: an administrator adds a required choice field to contacts under Administration (classified as
 * not personal), a contact form then asks for it, refuses to save without it, saves it, shows it on the contact's
 * page, and the contact list filters on it. Each page on the way passes axe-core's WCAG 2.2 AA rules and keeps its
 * targets at 24 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:customfield-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY,
		"custodian.security.mfa-required-roles=" })
class CustomFieldBrowserIT {

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

	/** The page shown passes axe-core (WCAG 2.0 to 2.2, A and AA) and its targets are large enough. */
	private static void accessible(String what) {
		assertThat(axe.violations(browser, Axe.WCAG_AA)).as("axe on " + what).isEmpty();
		assertThat(axe.smallTargets(browser)).as("small targets on " + what).isEmpty();
	}

	private WebDriverWait waiting() {
		return new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	@Test
	void anAdministratorAddsAFieldAndItIsFilledOnAContact() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		Chromium.signIn(browser, url(""), "admin", Personas.ADMIN_PASSWORD);

		browser.get(url("/"));
		browser.findElement(By.linkText("Custom fields")).click();
		waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Custom fields"));
		browser.findElement(By.linkText("New field")).click();
		new Select(browser.findElement(By.id("recordType"))).selectByVisibleText("Contacts");
		browser.findElement(By.id("key")).sendKeys("region" + tag);
		browser.findElement(By.id("label")).sendKeys("Region " + tag);
		new Select(browser.findElement(By.id("type"))).selectByVisibleText("Choice");
		browser.findElement(By.id("options")).sendKeys("north\nsouth");
		browser.findElement(By.id("required")).click();
		browser.findElement(By.cssSelector("button.primary")).click();
		// saved without its classification? no: the form asks for it and keeps what was typed
		assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary"))).getText()).contains("Does it hold personal data?");
		assertThat(browser.findElement(By.id("key")).getAttribute("value")).isEqualTo("region" + tag);
		accessible("the field form with an error");
		browser.findElement(By.id("personal-no")).click();
		browser.findElement(By.cssSelector("button.primary")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.info"),
				"Region " + tag));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("region" + tag, "not personal");
		accessible("the list of fields");

		browser.get(url("/contacts/new"));
		browser.findElement(By.id("lastName")).sendKeys("Fielded" + tag);
		browser.findElement(By.cssSelector("button.primary")).click();
		assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary"))).getText()).contains("Region " + tag + ": is required");
		accessible("the contact form with a custom field");
		browser.findElement(By.cssSelector("#error-summary a")).click();
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("customFields.region" + tag);
		new Select(browser.findElement(By.id("customFields.region" + tag))).selectByVisibleText("north");
		browser.findElement(By.cssSelector("button.primary")).click();
		waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Fielded" + tag));
		assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains("Region " + tag + "\nnorth");
		accessible("the contact with a custom value");

		browser.get(url("/contacts"));
		browser.findElement(By.cssSelector(".cf-filters summary")).click();
		new Select(browser.findElement(By.id("filter-cf.region" + tag))).selectByVisibleText("south");
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("contact-results"), "No contacts match"));
		new Select(browser.findElement(By.id("filter-cf.region" + tag))).selectByVisibleText("north");
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("contact-results"), "Fielded" + tag));
		accessible("the contact list filtered on a custom field");
	}
}
