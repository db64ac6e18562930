package dev.custodian.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.ViolationWording;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.stereotype.Component;

/**
 * Says what is wrong with a field in the reader's language. The service layer describes every violation in
 * English (that is what API clients get); each of those texts is a template in {@code i18n/violations.properties} under
 * a {@code violation.*} key, with {@code {0}}, {@code {1}} where the text varies (a length, a list of values).
 * Pages look the English text up among those templates and show the same key in the user's language.
 */
@Component("violationTexts")
public class ViolationTexts implements ViolationWording {

	private final MessageSource messages;

	private final List<Template> templates = new ArrayList<>();

	ViolationTexts(MessageSource messages) throws java.io.IOException {
		this.messages = messages;
		Properties english = PropertiesLoaderUtils.loadProperties(new ClassPathResource("i18n/violations.properties"));
		for (String key : english.stringPropertyNames()) {
			if (key.startsWith("violation.")) {
				templates.add(Template.of(key, english.getProperty(key)));
			}
		}
		// the most specific templates first, so a longer fixed text wins over a shorter one it starts with
		templates.sort((a, b) -> Integer.compare(b.fixedLength(), a.fixedLength()));
	}

	/** The message in the current request's language. */
	@Override
	public String text(String englishMessage) {
		Locale locale = LocaleContextHolder.getLocale();
		for (Template template : templates) {
			Matcher match = template.pattern().matcher(englishMessage);
			if (match.matches()) {
				Object[] args = new Object[match.groupCount()];
				for (int i = 0; i < args.length; i++) {
					args[i] = match.group(i + 1);
				}
				return messages.getMessage(template.key(), args, englishMessage, locale);
			}
		}
		return englishMessage;
	}

	/** Whether the English message has a template (and so a translation). */
	boolean knows(String englishMessage) {
		return templates.stream().anyMatch(template -> template.pattern().matcher(englishMessage).matches());
	}

	/** Field name to translated message, the first for each field, for forms that show one beside each field. */
	public Map<String, String> byField(List<FieldViolation> violations) {
		Map<String, String> byField = new LinkedHashMap<>();
		violations.forEach(v -> byField.putIfAbsent(v.field(), text(v.message())));
		return byField;
	}

	private record Template(String key, Pattern pattern, int fixedLength) {

		static Template of(String key, String english) {
			StringBuilder regex = new StringBuilder();
			int fixed = 0;
			Matcher placeholder = Pattern.compile("\\{\\d+}").matcher(english);
			int from = 0;
			while (placeholder.find()) {
				String literal = english.substring(from, placeholder.start()).replace("''", "'");
				regex.append(Pattern.quote(literal)).append("(.+?)");
				fixed += literal.length();
				from = placeholder.end();
			}
			String tail = english.substring(from).replace("''", "'");
			regex.append(Pattern.quote(tail));
			fixed += tail.length();
			return new Template(key, Pattern.compile(regex.toString(), Pattern.DOTALL), fixed);
		}
	}
}
