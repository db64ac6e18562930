package dev.custodian.shared;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * Normalises phone numbers to E.164 ({@code +442079460958}) with Google's libphonenumber.
 */
public final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/**
	 * @param raw what the user typed: international ({@code +44 20 …}) or national with a known country
	 * @param defaultCountry ISO 3166 alpha-2 code used for national numbers, or {@code null}
	 * @return the E.164 form, or empty when the text is not a valid number
	 */
	public static Optional<String> toE164(String raw, @Nullable String defaultCountry) {
		try {
			String region = defaultCountry == null ? "ZZ" : defaultCountry;
			PhoneNumber number = UTIL.parse(raw, region);
			if (!UTIL.isValidNumber(number)) {
				return Optional.empty();
			}
			return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Formats an E.164 number for people to read ({@code +44 20 7946 0958}).
	 */
	public static String display(@Nullable String e164) {
		if (e164 == null) {
			return "";
		}
		try {
			return UTIL.format(UTIL.parse(e164, "ZZ"), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
		}
		catch (NumberParseException ex) {
			return e164;
		}
	}
}
