package dev.custodian.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (Deque's accessibility engine, from the npm registry: {@code .ci/run} installs it into {@code .ci/axe})
 * injected into the page under test through WebDriver. Scripts run that way are evaluated by the browser's
 * debugging protocol, which the page's content security policy does not govern, so the application's policy
 * stays as strict as it is in production. Also runs this project's own target-size check
 * ({@code accessibility/target-size.js}).
 */
public final class Axe {

	/** The WCAG 2.0, 2.1 and 2.2 A and AA rules. */
	public static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final Path DEFAULT_SOURCE = Path.of(".ci/axe/node_modules/axe-core/axe.min.js");

	private final String axeSource;

	private final String targetSizeSource;

	private Axe(String axeSource, String targetSizeSource) {
		this.axeSource = axeSource;
		this.targetSizeSource = targetSizeSource;
	}

	public static Axe load() {
		Path source = Path.of(System.getProperty("custodian.axe", DEFAULT_SOURCE.toString()));
		assertThat(Files.isReadable(source))
			.as("Accessibility tests need axe-core: npm install --prefix .ci/axe axe-core@4.10.3 (.ci/run does it)")
			.isTrue();
		try (InputStream targets = Axe.class.getResourceAsStream("/accessibility/target-size.js")) {
			return new Axe(Files.readString(source), new String(targets.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Runs axe on the page the browser shows, limited to the given rule tags; answers one line per violation
	 * (rule, impact, what it asks, and the elements that break it), empty when there is none.
	 */
	@SuppressWarnings("unchecked")
	public List<String> violations(WebDriver browser, List<String> tags) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
			js.executeScript(axeSource);
		}
		Object found = js.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
				  .then(function (result) {
				    done(result.violations.map(function (v) {
				      return v.id + ' (' + v.impact + '): ' + v.help + ' at '
				        + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');
				    }));
				  })
				  .catch(function (error) { done(['axe failed: ' + error]); });
				""", tags);
		return (List<String>) found;
	}

	/**
	 * WCAG 2.2 success criterion 2.5.8: every visible link, button and form control is at least 24 by 24 CSS
	 * pixels, or is a link inside a line of text, or keeps the criterion's spacing (a 24 px circle around it meets
	 * no other target). Answers a description of each target that breaks it.
	 */
	@SuppressWarnings("unchecked")
	public List<String> smallTargets(WebDriver browser) {
		return (List<String>) ((JavascriptExecutor) browser).executeScript(targetSizeSource);
	}
}
