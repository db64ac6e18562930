package dev.custodian.shared;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A postal address; every part is optional. The country is an ISO 3166-1 alpha-2 code.
 */
public record PostalAddress(@Nullable String street, @Nullable String city, @Nullable String postalCode,
		@Nullable String country) {

	public static final PostalAddress EMPTY = new PostalAddress(null, null, null, null);

	/**
	 * Validates and normalises raw input, reporting problems under {@code prefix + field}.
	 */
	public static PostalAddress of(@Nullable String street, @Nullable String city, @Nullable String postalCode,
			@Nullable String country, String prefix, Violations violations) {
		String code = Text.clean(country);
		if (code != null) {
			code = code.toUpperCase(Locale.ROOT);
			if (!Countries.isCode(code)) {
				violations.add(prefix + "country", "must be an ISO 3166-1 alpha-2 country code, such as DE or GB");
			}
		}
		return new PostalAddress(Text.limited(street, 200, prefix + "street", violations),
				Text.limited(city, 100, prefix + "city", violations),
				Text.limited(postalCode, 20, prefix + "postalCode", violations), code);
	}

	public boolean isEmpty() {
		return street == null && city == null && postalCode == null && country == null;
	}
}
