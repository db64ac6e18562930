package dev.custodian.web;

import java.net.http.HttpResponse;
import java.time.Duration;

import dev.custodian.identity.Role;
import dev.custodian.support.Browserless;
import dev.custodian.support.Chromium;
import dev.custodian.support.Personas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout in a real Chromium: on a phone the navigation sits behind a menu button, on a desktop it is simply
 * there; every page names a favicon that is served before sign-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:accessibility;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY,
		"custodian.security.mfa-required-roles=" })
@AutoConfigureMockMvc
@Import(Personas.class)
class LayoutIT {

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

	@BeforeEach
	void signOut() {
		browser.manage().deleteAllCookies();
		Chromium.viewport(browser, 1280, 900, false);
	}

	@Test
	void theMenuButtonOpensAndClosesTheNavigationOnAPhone() {
		Chromium.signIn(browser, url(""), personas.user(Role.SALES).username(), "a-long-test-password");
		Chromium.viewport(browser, 390, 844, true);
		browser.get(url("/"));
		WebElement menu = browser.findElement(By.cssSelector("header .menu > summary"));
		WebElement contacts = browser.findElement(By.cssSelector("header nav a[href='/contacts']"));
		assertThat(menu.isDisplayed()).as("menu button shown").isTrue();
		assertThat(menu.getText()).isEqualTo("Menu");
		assertThat(contacts.isDisplayed()).as("navigation folded away").isFalse();
		menu.click();
		assertThat(contacts.isDisplayed()).as("navigation shown after the menu button").isTrue();
		contacts.click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().endsWith("/contacts"));
		assertThat(browser.findElement(By.cssSelector("header nav a[href='/companies']")).isDisplayed())
			.as("menu folded on the next page")
			.isFalse();

		Chromium.viewport(browser, 1280, 900, false);
		browser.get(url("/"));
		assertThat(browser.findElement(By.cssSelector("header .menu > summary")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.cssSelector("header nav a[href='/contacts']")).isDisplayed())
			.as("navigation on a desktop").isTrue();
	}

	@Test
	void theFaviconIsLinkedAndServedBeforeSignIn() {
		browser.get(url("/login"));
		String icon = browser.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href");
		HttpResponse<String> response = new Browserless(port).get(icon.substring(url("").length()));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
			.startsWith("image/svg+xml"));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
