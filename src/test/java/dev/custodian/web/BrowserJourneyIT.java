package dev.custodian.web;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main journeys in a real Chromium (Debian's {@code chromium} and {@code chromium-driver} packages, which
 * {@code .ci/run} installs): sign in, create a company and a contact through the forms, fix an invalid field,
 * search as you type, and sign out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY,
		// this journey is about the CRM's forms; SecondFactorBrowserIT signs in with a second factor
		"custodian.security.mfa-required-roles=" })
class BrowserJourneyIT {

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

	private WebDriverWait waiting() {
		return new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	@Test
	void aSalesDayFromSignInToSignOut() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		browser.get(url("/contacts"));
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("wrong password");
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		// a failed sign-in takes the same hashing work as a good one: wait for the answer
		assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert.error")))
			.getText()).contains("Sign-in failed");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys(Personas.ADMIN_PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		waiting().until(ExpectedConditions.urlToBe(url("/contacts")));

		browser.get(url("/companies/new"));
		browser.findElement(By.id("name")).sendKeys("Browser Works " + tag);
		browser.findElement(By.id("domain")).sendKeys("browser-" + tag + ".example");
		browser.findElement(By.cssSelector("button.primary")).click();
		waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Browser Works " + tag));

		browser.get(url("/contacts/new"));
		browser.findElement(By.id("firstName")).sendKeys("Grace");
		browser.findElement(By.id("lastName")).sendKeys("Hopper" + tag);
		browser.findElement(By.id("email")).sendKeys("not-an-email");
		new Select(browser.findElement(By.id("companyId"))).selectByVisibleText("Browser Works " + tag);
		browser.findElement(By.cssSelector("button.primary")).click();
		WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("email-error")));
		assertThat(error.getText()).contains("must be an email address");
		assertThat(browser.findElement(By.id("lastName")).getAttribute("value")).isEqualTo("Hopper" + tag);
		WebElement email = browser.findElement(By.id("email"));
		email.clear();
		email.sendKeys("grace." + tag + "@example.org");
		browser.findElement(By.cssSelector("button.primary")).click();
		waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Grace Hopper" + tag));
		assertThat(browser.findElement(By.cssSelector(".alert.info")).getText()).contains("Contact created");

		browser.get(url("/contacts"));
		((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
		browser.findElement(By.id("q")).sendKeys("hopper" + tag);
		waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#contact-results tbody tr"), 1));
		assertThat(browser.findElement(By.cssSelector("#contact-results tbody tr")).getText())
			.contains("Grace Hopper" + tag, "Browser Works " + tag);
		assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded === true")).isEqualTo(true);
		assertThat(browser.getCurrentUrl()).doesNotContain("hopper");

		browser.findElement(By.linkText("Grace Hopper" + tag)).click();
		browser.findElement(By.linkText("Browser Works " + tag)).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "People (1)"));

		browser.findElement(By.cssSelector("header button.link")).click();
		waiting().until(ExpectedConditions.urlContains("/login?logout"));
		browser.get(url("/contacts"));
		assertThat(browser.getCurrentUrl()).endsWith("/login");
	}
}
