package dev.custodian.transfer.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ISO 3166 alpha-2 codes by the ways people write a country: the codes themselves, the JDK's names in six major
 * languages, and common names the JDK does not use ("USA", "England", "Holland"). Keys are normalised like column
 * names.
 */
final class CountryNames {

	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
			new Locale("es"), Locale.ITALIAN, new Locale("nl"));

	private static final Map<String, String> COMMON = Map.ofEntries(Map.entry("uk", "GB"),
			Map.entry("greatbritain", "GB"), Map.entry("britain", "GB"), Map.entry("england", "GB"),
			Map.entry("scotland", "GB"), Map.entry("wales", "GB"), Map.entry("northernireland", "GB"),
			Map.entry("unitedkingdomofgreatbritainandnorthernireland", "GB"), Map.entry("grossbritannien", "GB"),
			Map.entry("usa", "US"), Map.entry("america", "US"),
			Map.entry("unitedstatesofamerica", "US"), Map.entry("vereinigtestaaten", "US"),
			Map.entry("vereinigtestaatenvonamerika", "US"), Map.entry("holland", "NL"),
			Map.entry("thenetherlands", "NL"), Map.entry("czechrepublic", "CZ"), Map.entry("tschechien", "CZ"),
			Map.entry("russianfederation", "RU"), Map.entry("southkorea", "KR"), Map.entry("korearepublicof", "KR"),
			Map.entry("ivorycoast", "CI"), Map.entry("uae", "AE"), Map.entry("vietnam", "VN"),
			Map.entry("turkey", "TR"), Map.entry("macedonia", "MK"), Map.entry("swaziland", "SZ"),
			Map.entry("burma", "MM"), Map.entry("deutschland", "DE"), Map.entry("brd", "DE"),
			Map.entry("osterreich", "AT"), Map.entry("oesterreich", "AT"), Map.entry("schweiz", "CH"),
			Map.entry("suisse", "CH"), Map.entry("svizzera", "CH"));

	private static final Map<String, String> CODES = build();

	private CountryNames() {
	}

	static Optional<String> code(String raw) {
		return Optional.ofNullable(CODES.get(ColumnMatch.normalise(raw)));
	}

	private static Map<String, String> build() {
		Map<String, String> codes = new HashMap<>();
		for (String code : Locale.getISOCountries()) {
			Locale country = new Locale("", code);
			for (Locale language : LANGUAGES) {
				codes.putIfAbsent(ColumnMatch.normalise(country.getDisplayCountry(language)), code);
			}
		}
		// Codes win over names, so that two-letter and three-letter input always reads as a code.
		for (String code : Locale.getISOCountries()) {
			codes.put(code.toLowerCase(Locale.ROOT), code);
			codes.put(new Locale("", code).getISO3Country().toLowerCase(Locale.ROOT), code);
		}
		codes.putAll(COMMON);
		return Map.copyOf(codes);
	}
}
