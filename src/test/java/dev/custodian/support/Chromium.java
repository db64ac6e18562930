package dev.custodian.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** Debian's Chromium, driven headless through its chromedriver; nothing is downloaded. */
public final class Chromium {

	private Chromium() {
	}

	public static WebDriver start() {
		Path chromium = Path.of(System.getProperty("custodian.chromium", "/usr/bin/chromium"));
		Path driver = Path.of(System.getProperty("custodian.chromedriver", "/usr/bin/chromedriver"));
		assertThat(Files.isExecutable(chromium) && Files.isExecutable(driver))
			.as("Browser tests need Debian's chromium and chromium-driver packages (.ci/run installs them)")
			.isTrue();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--window-size=1280,900");
		return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(),
				options);
	}

	/** Signs in through the sign-in form and waits until the application has let the browser in. */
	public static void signIn(WebDriver browser, String base, String username, String password) {
		browser.get(base + "/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("main button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/**
	 * Lays pages out for a viewport of the given size, as a phone or a desktop browser would (device metrics
	 * emulation, so the width is exact whatever the window manager does).
	 */
	public static void viewport(WebDriver browser, int width, int height, boolean mobile) {
		((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
	}
}
