package dev.custodian.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
}
