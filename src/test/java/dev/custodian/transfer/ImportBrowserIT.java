package dev.custodian.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import dev.custodian.support.Axe;
import dev.custodian.support.Chromium;
import dev.custodian.support.Personas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium: a user uploads a spreadsheet export, sees its columns matched to fields, maps the one that
 * was not recognised, reads the dry run (counts and the rows with errors), starts the import and follows its
 * progress to the end. Each page on the way passes axe-core's WCAG 2.2 AA rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:import-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY,
		"custodian.security.mfa-required-roles=", "custodian.transfer.batch-rows=10",
		"custodian.transfer.poll-interval=PT0.2S" })
class ImportBrowserIT {

	private static WebDriver browser;

	private static Axe axe;

	@LocalServerPort
	int port;

	@TempDir
	Path files;

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

	private static void accessible(String what) {
		assertThat(axe.violations(browser, Axe.WCAG_AA)).as("axe on " + what).isEmpty();
		assertThat(axe.smallTargets(browser)).as("small targets on " + what).isEmpty();
	}

	private WebDriverWait waiting() {
		return new WebDriverWait(browser, Duration.ofSeconds(30));
	}

	@Test
	void uploadMapDryRunAndImportWithProgress() throws IOException {
		String tag = "br" + UUID.randomUUID().toString().substring(0, 6);
		StringBuilder csv = new StringBuilder("First Name,Last Name,Email,Where they live\n");
		for (int i = 0; i < 200; i++) {
			csv.append("Person").append(i).append(",").append(tag).append(",").append(tag).append(i)
				.append("@example.org,Bonn\n");
		}
		csv.append("Broken,Row,not-an-email,Bonn\n");
		Path file = files.resolve("crm-export.csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);

		Chromium.signIn(browser, url(""), "admin", Personas.ADMIN_PASSWORD);
		browser.get(url("/"));
		browser.findElement(By.linkText("Imports")).click();
		waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Imports"));
		accessible("the imports page");
		browser.findElement(By.id("file")).sendKeys(file.toString());
		new Select(browser.findElement(By.id("recordType"))).selectByVisibleText("Contacts");
		browser.findElement(By.cssSelector("form.upload button.primary")).click();

		waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Import of crm-export.csv"));
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#progress .status"),
				"Checked: ready to import"));
		assertThat(new Select(browser.findElement(By.id("column-0"))).getFirstSelectedOption().getText())
			.isEqualTo("First name");
		assertThat(new Select(browser.findElement(By.id("column-2"))).getFirstSelectedOption().getText())
			.isEqualTo("Email");
		assertThat(new Select(browser.findElement(By.id("column-3"))).getFirstSelectedOption().getText())
			.as("an unknown column is ignored until mapped").isEqualTo("(ignore)");
		assertThat(browser.findElement(By.id("progress")).getText()).contains("201 rows in the file",
				"202 Email must be an email address", "Download every error");
		accessible("the dry run");

		new Select(browser.findElement(By.id("column-3"))).selectByVisibleText("City");
		browser.findElement(By.xpath("//button[text()='Use this mapping and check again']")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.info"),
				"The mapping changed"));
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#progress .status"),
				"Checked: ready to import"));
		assertThat(new Select(browser.findElement(By.id("column-3"))).getFirstSelectedOption().getText())
			.isEqualTo("City");
		assertThat(browser.findElement(By.cssSelector("label[for=duplicates-skip]")).getText())
			.isEqualTo("Skip them: 200 created, 0 skipped");

		browser.findElement(By.xpath("//button[text()='Start the import']")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("progress")));
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#progress .status"),
				"Completed"));
		var progress = browser.findElement(By.tagName("progress"));
		assertThat(progress.getAttribute("value")).isEqualTo(progress.getAttribute("max")).isEqualTo("201");
		assertThat(browser.findElement(By.id("progress")).getText()).contains("201 of 201 rows done", "Created\n200",
				"With errors\n1");
		accessible("the completed import");

		browser.get(url("/contacts?q=" + tag + "199"));
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Person199"));
	}
}
