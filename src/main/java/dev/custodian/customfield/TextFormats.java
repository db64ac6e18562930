package dev.custodian.customfield;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.custodian.shared.PhoneNumbers;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The text formats custom fields check: a date as {@code 2026-01-31}, an email address, a phone number in
 * international form (kept in E.164), a web address (https assumed when no scheme is given). Each returns the
 * value in its stored form, or {@code null} with a violation naming the field.
 */
final class TextFormats {

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private TextFormats() {
	}

	static @Nullable String date(Object raw, String path, Violations violations) {
		String text = raw instanceof String s ? s.strip() : null;
		if (text != null && text.isEmpty()) {
			return null;
		}
		try {
			if (text != null && DATE.matcher(text).matches()) {
				return LocalDate.parse(text).toString();
			}
		}
		catch (DateTimeParseException ex) {
			// reported below, like any other text that is no date
		}
		violations.add(path, "must be a date such as 2026-01-31");
		return null;
	}

	static @Nullable String email(@Nullable String email, String path, Violations violations) {
		if (email == null) {
			return null;
		}
		if (!EMAIL.matcher(email).matches()) {
			violations.add(path, "must be an email address such as name@example.com");
			return null;
		}
		return email;
	}

	static @Nullable String phone(@Nullable String phone, String path, Violations violations) {
		if (phone == null) {
			return null;
		}
		String e164 = PhoneNumbers.toE164(phone, null).orElse(null);
		if (e164 == null) {
			violations.add(path, "must be a phone number in international form, such as +44 20 7946 0958");
		}
		return e164;
	}

	static @Nullable String url(@Nullable String text, String path, Violations violations) {
		if (text == null) {
			return null;
		}
		String url = text.contains("://") ? text : "https://" + text;
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& url.length() <= ValueRules.MAX_TEXT) {
				return url;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		violations.add(path, "must be a web address such as https://example.com");
		return null;
	}
}
