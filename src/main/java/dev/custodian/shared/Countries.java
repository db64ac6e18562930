package dev.custodian.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * ISO 3166-1 alpha-2 country codes, as the JDK knows them.
 */
public final class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private static final List<Country> ALL = CODES.stream()
		.map(code -> new Country(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
		.sorted(Comparator.comparing(Country::name))
		.toList();

	private Countries() {
	}

	public static boolean isCode(@Nullable String code) {
		return code != null && CODES.contains(code);
	}

	/** Every country, sorted by English name, for select boxes. */
	public static List<Country> all() {
		return ALL;
	}

	public static String name(@Nullable String code) {
		return code == null ? "" : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
	}

	public record Country(String code, String name) {
	}
}
