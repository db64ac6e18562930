package dev.custodian.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the web UI comes from the message bundles, complete in English and German: each bundle under
 * {@code i18n/} has the same keys in both languages with non-empty texts, no key is defined twice across bundles,
 * and every key a template names exists.
 */
class MessageBundlesTests {

	private static final Pattern MESSAGE = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");

	@Test
	void everyBundleHasTheSameKeysInEnglishAndGermanAndNoEmptyText() throws IOException {
		for (String bundle : bundles()) {
			Properties english = load("i18n/" + bundle + ".properties");
			Properties german = load("i18n/" + bundle + "_de.properties");
			assertThat(german.stringPropertyNames()).as("keys of " + bundle + " missing in German")
				.containsAll(english.stringPropertyNames());
			assertThat(english.stringPropertyNames()).as("keys of " + bundle + " missing in English")
				.containsAll(german.stringPropertyNames());
			assertThat(english.entrySet()).allSatisfy(e -> assertThat(e.getValue().toString()).as(e.getKey().toString()).isNotBlank());
			assertThat(german.entrySet()).allSatisfy(e -> assertThat(e.getValue().toString()).as(e.getKey().toString()).isNotBlank());
		}
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Set<String> seen = new HashSet<>();
		List<String> twice = new ArrayList<>();
		for (String bundle : bundles()) {
			for (String key : load("i18n/" + bundle + ".properties").stringPropertyNames()) {
				if (!seen.add(key)) {
					twice.add(bundle + ": " + key);
				}
			}
		}
		assertThat(twice).isEmpty();
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
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
		Set<String> defined = new HashSet<>();
		for (String bundle : bundles()) {
			defined.addAll(load("i18n/" + bundle + ".properties").stringPropertyNames());
		}
		used.removeAll(defined);
		assertThat(used).as("keys used by templates but defined in no bundle").isEmpty();
	}

	/** The English bundles, by name, as application.yml lists them. */
	static List<String> bundles() throws IOException {
		String config = Files.readString(Path.of("src/main/resources/application.yml"));
		Matcher basename = Pattern.compile("basename: (.+)").matcher(config);
		assertThat(basename.find()).as("spring.messages.basename in application.yml").isTrue();
		List<String> names = new ArrayList<>();
		for (String name : basename.group(1).trim().split(",")) {
			names.add(name.trim().replaceFirst("^i18n/", ""));
		}
		return names;
	}

	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
