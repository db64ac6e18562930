package dev.custodian.transfer.csv;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what other CRMs and spreadsheets write into what Custodian's forms accept. Each method returns the
 * normalised text, or nothing when it cannot read the value; none throws, whatever the input.
 */
public final class ImportValues {

	private static final Map<String, String> LIFECYCLE_STAGES = Map.ofEntries(Map.entry("subscriber", "subscriber"),
			Map.entry("abonnent", "subscriber"), Map.entry("lead", "lead"),
			Map.entry("marketingqualifiedlead", "marketing-qualified"),
			Map.entry("marketingqualified", "marketing-qualified"), Map.entry("mql", "marketing-qualified"),
			Map.entry("salesqualifiedlead", "sales-qualified"), Map.entry("salesqualified", "sales-qualified"),
			Map.entry("sql", "sales-qualified"), Map.entry("opportunity", "opportunity"),
			Map.entry("verkaufschance", "opportunity"), Map.entry("customer", "customer"),
			Map.entry("kunde", "customer"), Map.entry("evangelist", "evangelist"), Map.entry("other", "other"),
			Map.entry("sonstige", "other"), Map.entry("andere", "other"));

	/** Words that belong to the last name they precede, as in "Ludwig van Beethoven". */
	private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "del", "della", "di", "da",
			"dos", "das", "du", "la", "le", "ten", "ter", "zu", "vom", "zum", "zur", "st.", "bin", "al");

	/** Words that follow a last name and belong to it, as in "Martin Luther King Jr.". */
	private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "md");

	private static final List<Integer> BAND_TOPS = List.of(10, 50, 200, 500, 1000, 5000);

	private static final List<String> BANDS = List.of("1-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000",
			"5001+");

	/** A whole number, with thousands grouped by comma, dot, apostrophe or space, or with zero decimals. */
	private static final String COUNT = "(\\d{1,3}(?:[,.' ]\\d{3})+|\\d+)(?:[.,]0+)?";

	private static final Pattern SIZE = Pattern.compile(COUNT + "(?:\\s*(?:-|–|to|bis)\\s*" + COUNT + "|\\s*(\\+))?"
			+ "(?:\\s*(?:employees|mitarbeiter|mitarbeitende|staff|people))?", Pattern.CASE_INSENSITIVE);

	/** A currency sign or ISO code before or after an amount, as spreadsheets format money: "€ 1 200", "1200 EUR". */
	private static final Pattern MONEY = Pattern.compile("(?:\\p{Sc}|[A-Za-z]{3})?\\s*(-?)\\s*(\\d[\\d.,'’\\s]*?)\\s*"
			+ "(?:\\p{Sc}|[A-Za-z]{3})?");

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ].*)?");

	private static final Pattern DOTTED_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?: .*)?");

	private static final Pattern SLASHED_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: .*)?");

	private ImportValues() {
	}

	/**
	 * An amount as a plain decimal ("1234.56") from what spreadsheets and CRMs write: "1,234.56", "1.234,56",
	 * "€ 1 200", "$1,200.00", "1'234.50", "12,5". With both a comma and a dot, the last one is the decimal mark. With
	 * only one of them, once and followed by exactly three digits, it groups thousands ("1,200" and "1.200" are both
	 * 1200), as amounts with three decimals are rare and grouped thousands common; otherwise it is the decimal mark.
	 * Spaces and apostrophes group thousands; groups after the first must have three digits.
	 */
	public static Optional<String> amount(String raw) {
		Matcher money = MONEY.matcher(raw.strip().replace('\u00A0', ' ').replace('\u202F', ' '));
		if (!money.matches()) {
			return Optional.empty();
		}
		String number = money.group(2).strip();
		int comma = number.lastIndexOf(',');
		int dot = number.lastIndexOf('.');
		int mark = -1;
		if (comma >= 0 && dot >= 0) {
			mark = Math.max(comma, dot);
		}
		else if (comma >= 0 || dot >= 0) {
			int at = Math.max(comma, dot);
			char sign = number.charAt(at);
			boolean once = number.indexOf(sign) == at;
			mark = once && number.length() - at - 1 != 3 ? at : -1;
		}
		String whole = mark < 0 ? number : number.substring(0, mark);
		String fraction = mark < 0 ? "" : number.substring(mark + 1);
		if (!fraction.chars().allMatch(Character::isDigit) || mark >= 0 && fraction.isEmpty()) {
			return Optional.empty();
		}
		String[] groups = whole.split("[.,'’ ]", -1);
		for (int i = 0; i < groups.length; i++) {
			boolean fits = i == 0 ? groups[i].length() >= 1 && (groups.length == 1 || groups[i].length() <= 3)
					: groups[i].length() == 3;
			if (!fits || !groups[i].chars().allMatch(Character::isDigit)) {
				return Optional.empty();
			}
		}
		if (whole.replaceAll("\\d", "").chars().distinct().count() > 1) {
			return Optional.empty(); // "1.234,567.8": two ways of grouping in one number
		}
		return Optional.of(money.group(1) + String.join("", groups) + (fraction.isEmpty() ? "" : "." + fraction));
	}

	/**
	 * A date as ISO 8601 ("2026-05-01") from ISO dates with or without a time ("2026-05-01T09:30:00Z"), German dates
	 * (01.05.2026) and slashed dates, read month first (5/1/2026 is the 1st of May) as the US CRMs that write them
	 * mean it; a time after the date is ignored.
	 */
	public static Optional<String> date(String raw) {
		String text = raw.strip();
		Matcher iso = ISO_DATE.matcher(text);
		Matcher dotted = DOTTED_DATE.matcher(text);
		Matcher slashed = SLASHED_DATE.matcher(text);
		try {
			if (iso.matches()) {
				return Optional.of(java.time.LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
						Integer.parseInt(iso.group(3))).toString());
			}
			if (dotted.matches()) {
				return Optional.of(java.time.LocalDate.of(Integer.parseInt(dotted.group(3)),
						Integer.parseInt(dotted.group(2)), Integer.parseInt(dotted.group(1))).toString());
			}
			if (slashed.matches()) {
				return Optional.of(java.time.LocalDate.of(Integer.parseInt(slashed.group(3)),
						Integer.parseInt(slashed.group(1)), Integer.parseInt(slashed.group(2))).toString());
			}
		}
		catch (java.time.DateTimeException ex) {
			// the 31st of April and the like: not a date
		}
		return Optional.empty();
	}

	/** An ISO 3166 alpha-2 code, upper case, from a code ("de", "DEU") or a name ("Germany", "Österreich", "UK"). */
	public static Optional<String> countryCode(String raw) {
		return CountryNames.code(raw);
	}

	/**
	 * A lifecycle stage code, such as {@code marketing-qualified}, from HubSpot's internal values
	 * ({@code marketingqualifiedlead}), its labels ("Marketing Qualified Lead") and abbreviations ("MQL").
	 */
	public static Optional<String> lifecycleStage(String raw) {
		return Optional.ofNullable(LIFECYCLE_STAGES.get(ColumnMatch.normalise(raw)));
	}

	/**
	 * Splits a full name into {first, last}, trimmed. With a comma, the last name comes first ("Lovelace, Ada").
	 * Without, the last word is the last name, with the particles before it ("van", "de") and a suffix after it
	 * ("Jr."), and everything before is the first name: "Ada Augusta King" gives "Ada Augusta" and "King". A single
	 * word is a first name.
	 */
	public static String[] splitFullName(String raw) {
		String name = raw.strip().replaceAll("\\s+", " ");
		int comma = name.indexOf(',');
		if (comma >= 0) {
			String last = name.substring(0, comma).strip();
			String first = name.substring(comma + 1).strip();
			return first.isEmpty() || last.isEmpty() || SUFFIXES.contains(first.toLowerCase(Locale.ROOT))
					? splitFullName(name.replace(",", " ")) : new String[] { first, last };
		}
		if (name.isEmpty()) {
			return new String[] { "", "" };
		}
		String[] words = name.split(" ");
		int lastStart = words.length - 1;
		if (lastStart > 1 && SUFFIXES.contains(words[lastStart].toLowerCase(Locale.ROOT))) {
			lastStart--;
		}
		while (lastStart > 1 && PARTICLES.contains(words[lastStart - 1].toLowerCase(Locale.ROOT))) {
			lastStart--;
		}
		if (lastStart == 0) {
			return new String[] { name, "" };
		}
		return new String[] { String.join(" ", List.of(words).subList(0, lastStart)),
				String.join(" ", List.of(words).subList(lastStart, words.length)) };
	}

	/**
	 * A company size band, one of 1-10, 11-50, 51-200, 201-500, 501-1000, 1001-5000 and 5001+, from an employee
	 * count ("42", "1,200") or a range ("11-50", "10,001+"). A range falls in the band of its upper end, so ranges
	 * that other tools cut differently ("10-50") land where most of them lies; an open range in that of its start.
	 */
	public static Optional<String> sizeBand(String raw) {
		Matcher size = SIZE.matcher(raw.strip());
		if (!size.matches()) {
			return Optional.empty();
		}
		String upper = size.group(2) != null ? size.group(2) : size.group(1);
		String digits = upper.replaceAll("[^0-9]", "");
		if (digits.length() > 9) {
			return Optional.of(BANDS.get(BANDS.size() - 1));
		}
		int count = Integer.parseInt(digits);
		if (count == 0) {
			return Optional.empty();
		}
		for (int band = 0; band < BAND_TOPS.size(); band++) {
			if (count <= BAND_TOPS.get(band)) {
				return Optional.of(BANDS.get(band));
			}
		}
		return Optional.of(BANDS.get(BANDS.size() - 1));
	}
}
