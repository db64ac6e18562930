package dev.custodian.web;

import java.time.Duration;

import dev.custodian.identity.Role;
import dev.custodian.support.Chromium;
import dev.custodian.support.Personas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real Chromium, under the application's content security policy: Chart.js from its WebJar and
 * our script draw each figure with data on its canvas, and the table opens as the chart's stand-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:dashboardbrowser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY,
		"custodian.security.mfa-required-roles=" })
@Import({ Personas.class, DashboardTests.TestFigures.class })
class DashboardBrowserIT {

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Personas personas;

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
	void chartJsDrawsEveryFigureWithDataUnderThePolicy() {
		Chromium.signIn(browser, "http://localhost:" + port, personas.user(Role.MARKETING).username(),
				"a-long-test-password");
		browser.get("http://localhost:" + port + "/");
		JavascriptExecutor page = (JavascriptExecutor) browser;
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> (Boolean) page.executeScript(
				"return typeof Chart !== 'undefined' && Chart.getChart('figure-test-pipeline') !== undefined"));
		assertThat(page.executeScript("return Chart.getChart('figure-test-pipeline').data.datasets[0].data"))
			.asString().isEqualTo("[1200.5, 300]");
		assertThat(page.executeScript("return Chart.getChart('figure-test-pipeline').config.type")).isEqualTo("bar");
		assertThat((Long) page.executeScript("return document.getElementById('figure-test-pipeline').width"))
			.isPositive();
		assertThat(browser.findElements(By.cssSelector("canvas[data-figure]"))).hasSize(1);

		browser.findElement(By.cssSelector(".chart details summary")).click();
		assertThat(browser.findElement(By.cssSelector(".chart details table")).getText()).containsIgnoringCase("lead")
			.contains("€1,200.50");
	}
}
