package dev.custodian.deal;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium: a deal made with the form is dragged on the board to another stage (the board's script posts
 * the card's form and redraws the columns), then moved on by the keyboard with the card's "Move to" form; the deal's
 * page shows every stage it went through. The board passes axe-core's WCAG 2.2 AA rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:deal-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY,
		"custodian.security.mfa-required-roles=" })
class DealBoardBrowserIT {

	/** Chromium does not start HTML5 drag and drop from synthetic mouse input, so the test sends the drag events. */
	private static final String DRAG = """
			const card = arguments[0], column = arguments[1], data = new DataTransfer();
			card.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));
			column.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));
			column.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));
			card.dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: data}));""";

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

	private WebDriverWait waiting() {
		// the board swaps cards and columns in place, so an element found a moment ago may be gone: look again
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	private static String stageOf(String dealId) {
		return browser.findElement(By.cssSelector("[data-deal-id='" + dealId + "']"))
			.findElement(By.xpath("ancestor::section[contains(@class,'board-column')]"))
			.findElement(By.cssSelector("h2 span")).getText();
	}

	@Test
	void aCardIsDraggedToAnotherStageAndMovedOnByTheKeyboard() {
		String name = "Board deal " + UUID.randomUUID().toString().substring(0, 6);
		Chromium.signIn(browser, url(""), "admin", Personas.ADMIN_PASSWORD);

		browser.get(url("/"));
		browser.findElement(By.linkText("Deals")).click();
		browser.findElement(By.linkText("New deal")).click();
		browser.findElement(By.id("name")).sendKeys(name);
		browser.findElement(By.id("amount")).sendKeys("2500.00");
		((JavascriptExecutor) browser).executeScript("arguments[0].value = '2027-01-15'",
				browser.findElement(By.id("expectedCloseDate")));
		browser.findElement(By.cssSelector("button.primary")).click();
		waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), name));
		String dealId = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);

		browser.findElement(By.linkText("Board")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-deal-id='" + dealId + "']")));
		assertThat(stageOf(dealId)).isEqualTo("Lead");
		assertThat(axe.violations(browser, Axe.WCAG_AA)).as("axe on the board").isEmpty();

		WebElement card = browser.findElement(By.cssSelector("[data-deal-id='" + dealId + "']"));
		WebElement qualified = browser.findElement(By.xpath("//section[contains(@class,'board-column')][h2/span='Qualified']"));
		((JavascriptExecutor) browser).executeScript(DRAG, card, qualified);
		waiting().until(driver -> stageOf(dealId).equals("Qualified")
				&& driver.findElement(By.id("board-status")).getText().contains("moved"));
		browser.navigate().refresh();
		assertThat(stageOf(dealId)).as("stored, not only drawn").isEqualTo("Qualified");
		assertThat(browser.findElement(By.xpath("//section[contains(@class,'board-column')][h2/span='Qualified']"))
			.getText()).contains("€2,500.00");

		WebElement select = browser.findElement(By.id("move-" + dealId));
		select.sendKeys(Keys.chord("Proposal"));
		new Select(select).selectByVisibleText("Proposal");
		select.sendKeys(Keys.TAB);
		browser.switchTo().activeElement().sendKeys(Keys.ENTER);
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.info"),
				"The deal was moved."));
		assertThat(stageOf(dealId)).isEqualTo("Proposal");

		browser.findElement(By.linkText(name)).click();
		waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), name));
		assertThat(browser.findElement(By.id("stage-history")).getText()).contains("Lead", "Qualified", "Proposal");
	}
}
