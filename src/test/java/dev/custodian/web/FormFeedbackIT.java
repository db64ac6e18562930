package dev.custodian.web;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.Api;
import dev.custodian.support.Axe;
import dev.custodian.support.Chromium;
import dev.custodian.support.Personas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * What a screen-reader or keyboard user is told in a real Chromium: after an invalid submit the focus lands on a
 * summary of the errors that links to each invalid field, and a list that changes in place (search as you type)
 * announces how many records it now shows through a live region.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:accessibility;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY,
		"custodian.security.mfa-required-roles=" })
@AutoConfigureMockMvc
@Import(Personas.class)
class FormFeedbackIT {

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Personas personas;

	@Autowired
	MockMvc mvc;

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
		Chromium.signIn(browser, url(""), personas.user(Role.SALES).username(), "a-long-test-password");
	}

	@Test
	void anInvalidSubmitFocusesASummaryThatLinksToEachInvalidField() {
		browser.get(url("/contacts/new"));
		browser.findElement(By.id("firstName")).sendKeys("Grace");
		browser.findElement(By.id("email")).sendKeys("not-an-email");
		browser.findElement(By.id("phone")).sendKeys("call me");
		browser.findElement(By.cssSelector("main button.primary")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(driver -> !driver.findElements(By.id("error-summary")).isEmpty());

		WebElement summary = browser.findElement(By.id("error-summary"));
		assertThat(browser.switchTo().activeElement()).as("focus after the invalid submit").isEqualTo(summary);
		List<String> invalid = browser.findElements(By.cssSelector("[aria-invalid=true]")).stream()
			.map(field -> "#" + field.getAttribute("id"))
			.toList();
		List<WebElement> links = summary.findElements(By.tagName("a"));
		assertThat(invalid).contains("#email", "#phone");
		assertThat(links).extracting(link -> link.getDomAttribute("href")).containsExactlyInAnyOrderElementsOf(invalid);
		assertThat(links).extracting(WebElement::getText).anyMatch(text -> text.startsWith("Email: "));

		summary.findElement(By.cssSelector("a[href='#phone']")).click();
		assertThat(browser.switchTo().activeElement().getAttribute("id")).as("focus after following a link")
			.isEqualTo("phone");
		assertThat(Axe.load().violations(browser, Axe.WCAG_AA)).as("axe on the form with its errors").isEmpty();
	}

	@Test
	void searchingAsYouTypeAnnouncesHowManyContactsItShows() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		new Api(mvc).post("/api/v1/contacts", personas.token(Role.ADMIN), "{\"firstName\":\"Lina\",\"lastName\":\"Live"
				+ tag + "\",\"email\":\"lina-" + tag + "@example.org\"}");
		browser.get(url("/contacts"));
		WebElement status = browser.findElement(By.cssSelector("main [role=status][aria-live=polite]"));
		assertThat(browser.findElements(By.cssSelector("[aria-live]")).stream().filter(region -> region.findElements(
				By.cssSelector("#contact-results")).size() > 0)).as("the swapped results are not inside a live region")
			.isEmpty();

		browser.findElement(By.id("q")).sendKeys("live" + tag);
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(driver -> "1 contact shown".equals(text(status)));
		browser.findElement(By.id("q")).sendKeys("zz");
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> "No contacts match".equals(text(status)));
	}

	private static String text(WebElement element) {
		return (String) ((JavascriptExecutor) browser).executeScript("return arguments[0].textContent.trim()", element);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
