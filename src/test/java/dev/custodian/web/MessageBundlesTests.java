package dev.custodian.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the web UI comes from the message bundles, complete in English and German: both bundles have the
 * same keys with non-empty texts, and every key a template names exists in both.
 */
class MessageBundlesTests {

	private static final Pattern MESSAGE = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");

	@Test
	void englishAndGermanHaveTheSameKeysAndNoEmptyText() throws IOException {
		Properties english = bundle("messages.properties");
		Properties german = bundle("messages_de.properties");
		assertThat(german.stringPropertyNames()).as("keys missing in German")
			.containsAll(english.stringPropertyNames());
		assertThat(english.stringPropertyNames()).as("keys missing in English")
			.containsAll(german.stringPropertyNames());
		assertThat(english.entrySet()).allSatisfy(entry -> assertThat(entry.getValue().toString()).isNotBlank());
		assertThat(german.entrySet()).allSatisfy(entry -> assertThat(entry.getValue().toString()).isNotBlank());
	}

	@Test
	void everyKeyATemplateUsesExistsInBothBundles() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
				Matcher keys = MESSAGE.matcher(Files.readString(template));
				while (keys.find()) {
					used.add(keys.group(1));
				}
			}
		}
		assertThat(used).as("templates name message keys").isNotEmpty();
		Set<String> missing = new HashSet<>(used);
		missing.removeAll(bundle("messages.properties").stringPropertyNames());
		assertThat(missing).as("keys missing in messages.properties").isEmpty();
		missing = new HashSet<>(used);
		missing.removeAll(bundle("messages_de.properties").stringPropertyNames());
		assertThat(missing).as("keys missing in messages_de.properties").isEmpty();
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
