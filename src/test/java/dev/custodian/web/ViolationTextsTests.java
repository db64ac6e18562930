package dev.custodian.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every violation the service layer can report has a translation: the test reads each message the code passes to
 * a violation (literal text, with whatever is computed standing in as a value) and checks it matches a template.
 */
class ViolationTextsTests {

	private static final Pattern CALL = Pattern.compile("(?:\\.add|InvalidInputException\\.of|new FieldViolation)\\(");

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void everyMessageInTheCodeHasATemplate() throws IOException {
		ViolationTexts texts = new ViolationTexts(messages());
		List<String> unknown = new ArrayList<>();
		int seen = 0;
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				String code = Files.readString(source);
				Matcher call = CALL.matcher(code);
				while (call.find()) {
					String message = secondArgument(code, call.end());
					if (message != null) {
						seen++;
						if (!texts.knows(message)) {
							unknown.add(source.getFileName() + ": " + message);
						}
					}
				}
			}
		}
		assertThat(seen).as("violation messages found in the code").isGreaterThan(30);
		assertThat(unknown).as("violation messages without a template in i18n/violations.properties").isEmpty();
	}

	@Test
	void pagesShowViolationsInTheReadersLanguage() throws IOException {
		ViolationTexts texts = new ViolationTexts(messages());
		assertThat(texts.text("must be at most 100 characters")).isEqualTo("must be at most 100 characters");
		LocaleContextHolder.setLocale(Locale.GERMAN);
		assertThat(texts.text("must be at most 100 characters")).isEqualTo("darf höchstens 100 Zeichen lang sein");
		assertThat(texts.text("must be an email address such as name@example.com"))
			.isEqualTo("muss eine E-Mail-Adresse wie name@example.com sein");
		assertThat(texts.text("must be between 1 and 365")).isEqualTo("muss zwischen 1 und 365 liegen");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/violations");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/**
	 * The second argument of the call starting at {@code from}, with string literals joined and every other term
	 * replaced by a stand-in value; {@code null} when it holds no literal (a message passed on from elsewhere).
	 */
	private static String secondArgument(String code, int from) {
		int depth = 0;
		int argument = 0;
		StringBuilder message = new StringBuilder();
		StringBuilder first = new StringBuilder();
		boolean literal = false;
		boolean term = false;
		for (int i = from; i < code.length(); i++) {
			char c = code.charAt(i);
			if (c == '"') {
				int end = i + 1;
				StringBuilder text = new StringBuilder();
				while (code.charAt(end) != '"') {
					if (code.charAt(end) == '\\') {
						end++;
					}
					text.append(code.charAt(end));
					end++;
				}
				if (argument == 1) {
					message.append(text);
					literal = true;
				}
				i = end;
				continue;
			}
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				if (depth == 0) {
					break;
				}
				depth--;
			}
			else if (c == ',' && depth == 0) {
				argument++;
				if (argument > 1) {
					break;
				}
			}
			else if (argument == 0 && depth == 0) {
				first.append(c);
			}
			else if (argument == 1 && depth == 0 && c == '+') {
				if (term) {
					message.append("X");
				}
				term = false;
			}
			else if (argument == 1 && depth == 0 && !Character.isWhitespace(c)) {
				term = true;
			}
			if (argument == 1 && depth > 0) {
				term = true;
			}
		}
		if (term) {
			message.append("X");
		}
		// a list's add(index, element) is no violation
		return literal && !first.toString().trim().matches("\\d+") ? message.toString() : null;
	}
}
