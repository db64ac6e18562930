package dev.custodian.identity;

import java.time.Duration;
import java.time.Instant;

import dev.custodian.support.Chromium;
import dev.custodian.support.Personas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multi-factor sign-in in a real Chromium: the administrator (whose role requires a second factor) is sent to
 * set one up right after the password, scans nothing but types the key's current code, gets recovery codes, goes
 * on to the page first asked for, signs out, and signs in again with a code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:mfa-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY })
class SecondFactorBrowserIT {

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
	void anAdministratorSetsUpASecondFactorAndSignsInWithACode() {
		browser.get(url("/contacts"));
		signIn();
		waiting().until(ExpectedConditions.urlToBe(url("/login/enrol")));
		assertThat(browser.findElement(By.cssSelector("img[alt^='QR code']")).getAttribute("src"))
			.startsWith("data:image/png;base64,");
		String secret = browser.findElement(By.id("totp-secret")).getText();
		long step = TotpCodes.currentStep(Instant.now());
		browser.findElement(By.id("code")).sendKeys(TotpCodes.code(secret, step));
		browser.findElement(By.cssSelector("button.primary")).click();
		waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".recovery-codes li"), 10));
		browser.findElement(By.id("continue")).click();
		waiting().until(ExpectedConditions.urlToBe(url("/contacts")));

		browser.findElement(By.cssSelector("header button.link")).click();
		waiting().until(ExpectedConditions.urlContains("/login?logout"));
		signIn();
		waiting().until(ExpectedConditions.urlToBe(url("/login/code")));
		browser.findElement(By.id("code")).sendKeys("000000");
		browser.findElement(By.cssSelector("button.primary")).click();
		assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert.error")))
			.getText()).contains("wrong");
		browser.findElement(By.id("code")).sendKeys(TotpCodes.code(secret, step + 1));
		browser.findElement(By.cssSelector("button.primary")).click();
		waiting().until(ExpectedConditions.urlToBe(url("/")));
		assertThat(browser.findElement(By.cssSelector("header")).getText()).contains("Administrator");
	}

	private void signIn() {
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys(Personas.ADMIN_PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
	}
}
