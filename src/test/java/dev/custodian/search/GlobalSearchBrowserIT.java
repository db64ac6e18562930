package dev.custodian.search;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The top bar's search box in a real Chromium: typing shows the hits grouped by kind, the arrow keys move through
 * them, Escape closes them and returns to the box, Enter on a hit opens the record; the text never reaches the
 * address bar.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:globalsearch;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY,
		"custodian.security.mfa-required-roles=" })
@AutoConfigureMockMvc
@Import(Personas.class)
class GlobalSearchBrowserIT {

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

	@Test
	void typingArrowingDownAndPressingEnterOpensTheContact() {
		String name = "Hopper" + letters(5);
		Api api = new Api(mvc);
		String id = api.post("/api/v1/contacts", personas.token(Role.SALES),
				"{\"firstName\":\"Grace\",\"lastName\":\"" + name + "\"}").text("id");
		String company = api.post("/api/v1/companies", personas.token(Role.SALES),
				"{\"name\":\"" + name + " Labs\"}").text("id");
		signedIn();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		String start = browser.getCurrentUrl();

		WebElement box = browser.findElement(By.id("global-search-q"));
		box.sendKeys(name.toLowerCase());
		WebElement panel = browser.findElement(By.id("global-search-results"));
		wait.until(ExpectedConditions.visibilityOf(panel));
		wait.until(ExpectedConditions.textToBePresentInElement(panel, "Companies (1)"));
		assertThat(panel.getText()).contains("Contacts (1)", "Grace " + name, name + " Labs");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("global-search-status"), "2 results."));

		box.sendKeys(Keys.ARROW_DOWN);
		assertThat(focused().getAttribute("href")).endsWith("/contacts/" + id);
		focused().sendKeys(Keys.ARROW_DOWN);
		assertThat(focused().getAttribute("href")).endsWith("/companies/" + company);
		focused().sendKeys(Keys.ARROW_UP);
		focused().sendKeys(Keys.ARROW_UP);
		assertThat(focused().getAttribute("id")).isEqualTo("global-search-q");

		focused().sendKeys(Keys.ARROW_DOWN);
		focused().sendKeys(Keys.ESCAPE);
		wait.until(ExpectedConditions.invisibilityOf(panel));
		assertThat(focused().getAttribute("id")).isEqualTo("global-search-q");
		assertThat(browser.getCurrentUrl()).isEqualTo(start);

		box.sendKeys(Keys.BACK_SPACE);
		wait.until(ExpectedConditions.visibilityOf(panel));
		box.sendKeys(Keys.ARROW_DOWN);
		assertThat(focused().getAttribute("href")).endsWith("/contacts/" + id);
		focused().sendKeys(Keys.ENTER);
		wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/contacts/" + id));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Grace " + name);
	}

	@Test
	void enterInTheBoxOpensTheResultsPageFromAPost() {
		String name = "Noscript" + letters(5);
		String id = new Api(mvc).post("/api/v1/contacts", personas.token(Role.SALES),
				"{\"lastName\":\"" + name + "\"}").text("id");
		signedIn();
		WebElement box = browser.findElement(By.id("global-search-q"));
		box.sendKeys(name + Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/search"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Search");
		assertThat(browser.findElement(By.cssSelector("main a[href='/contacts/" + id + "']")).getText())
			.isEqualTo(name);
		assertThat(browser.getCurrentUrl()).doesNotContainIgnoringCase(name);
	}

	/** Signs in as a sales user unless the browser is signed in from an earlier test, and opens the dashboard. */
	private void signedIn() {
		browser.get("http://localhost:" + port + "/");
		if (browser.getCurrentUrl().contains("/login")) {
			Chromium.signIn(browser, "http://localhost:" + port, personas.user(Role.SALES).username(),
					"a-long-test-password");
		}
	}

	private WebElement focused() {
		return (WebElement) ((JavascriptExecutor) browser).executeScript("return document.activeElement");
	}

	/** Random lower-case letters, so a name is found by its start and matches nothing else. */
	private static String letters(int count) {
		StringBuilder letters = new StringBuilder();
		UUID.randomUUID().toString().replace("-", "").chars().limit(count)
			.forEach(hex -> letters.append((char) ('a' + Character.digit(hex, 16))));
		return letters.toString();
	}
}
