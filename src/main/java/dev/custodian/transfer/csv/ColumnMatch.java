package dev.custodian.transfer.csv;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Proposes which import field each column of an uploaded file fills, from the column names, so that the user
 * only corrects the proposal. Names are compared normalised: lower case, without accents, letters and digits only.
 */
public final class ColumnMatch {

	/** The fields a contact import fills, in display order. */
	public static final List<String> CONTACT_TARGETS = List.of("firstName", "lastName", "fullName", "email", "phone",
			"jobTitle", "companyName", "companyDomain", "lifecycleStage", "source", "owner", "street", "city",
			"postalCode", "country");

	/** The fields a company import fills, in display order. */
	public static final List<String> COMPANY_TARGETS = List.of("name", "domain", "website", "industry", "sizeBand",
			"phone", "email", "street", "city", "postalCode", "country");

	/** The fields a deal import fills, in display order. */
	public static final List<String> DEAL_TARGETS = List.of("name", "amount", "currency", "pipeline", "stage",
			"expectedClose", "owner", "companyName", "contactEmail");

	private static final Pattern PREFIX = Pattern.compile("\\s*(\\p{L}+)\\s*-\\s*(.+)");

	/** The tiers of a match, best first; within a tier, an earlier name in the list of names is better. */
	private static final int EXACT = 0;

	private static final int SYNONYM = 1;

	private static final int WITHOUT_PREFIX = 2;

	private ColumnMatch() {
	}

	/**
	 * Proposes the target of each header for a record type: its built-in fields, and the fields {@code extraNames}
	 * name.
	 *
	 * @param recordType {@code contact}, {@code company} or {@code deal}
	 * @param headers the column names of the file, in file order
	 * @param extraNames further names, such as custom field labels and keys, mapped to their targets
	 * @return per header, the target it fills, or null when it is ignored
	 * @throws IllegalArgumentException for another record type
	 */
	public static List<@Nullable String> propose(String recordType, List<String> headers,
			Map<String, String> extraNames) {
		Set<String> targets = new LinkedHashSet<>(builtInTargets(recordType));
		targets.addAll(extraNames.values());
		return match(headers, List.copyOf(targets), extraNames, recordType);
	}

	/**
	 * Proposes the target of each header among {@code targets}. Built-in names apply when the targets are those of
	 * one record type (the first of contact, company and deal whose targets include them all); otherwise a header
	 * matches only a target's own key or one of {@code extraNames}. Each target is proposed at most once: an exact
	 * match of a key or extra name beats a built-in name, an earlier built-in name beats a later one, and among
	 * equals the first header wins.
	 *
	 * @return per header, the target it fills, or null when it is ignored
	 */
	public static List<@Nullable String> propose(List<String> headers, List<String> targets,
			Map<String, String> extraNames) {
		String recordType = "";
		for (String type : List.of("contact", "company", "deal")) {
			if (builtInTargets(type).containsAll(targets)) {
				recordType = type;
				break;
			}
		}
		return match(headers, targets, extraNames, recordType);
	}

	private static List<@Nullable String> match(List<String> headers, List<String> targets,
			Map<String, String> extraNames, String recordType) {
		Map<String, List<String>> builtIn = builtInNames(recordType);
		List<String> prefixes = ColumnNames.PREFIXES.getOrDefault(recordType, List.of());
		List<Candidate> candidates = new ArrayList<>();
		for (int h = 0; h < headers.size(); h++) {
			String header = headers.get(h);
			addCandidates(candidates, h, normalise(header), 0, targets, extraNames, builtIn);
			Matcher prefixed = PREFIX.matcher(header);
			if (prefixed.matches() && prefixes.contains(prefixed.group(1).toLowerCase(Locale.ROOT))) {
				addCandidates(candidates, h, normalise(prefixed.group(2)), WITHOUT_PREFIX, targets, extraNames,
						builtIn);
			}
		}
		candidates.sort(Comparator.comparingInt(Candidate::tier)
			.thenComparingInt(Candidate::rank)
			.thenComparingInt(Candidate::header));
		@Nullable String[] proposal = new String[headers.size()];
		Set<String> taken = new HashSet<>();
		for (Candidate candidate : candidates) {
			if (proposal[candidate.header()] == null && taken.add(candidate.target())) {
				proposal[candidate.header()] = candidate.target();
			}
		}
		return Arrays.asList(proposal);
	}

	private static void addCandidates(List<Candidate> candidates, int header, String name, int tierOffset,
			List<String> targets, Map<String, String> extraNames, Map<String, List<String>> builtIn) {
		if (name.isEmpty()) {
			return;
		}
		for (String target : targets) {
			if (normalise(target).equals(name)) {
				candidates.add(new Candidate(header, target, EXACT + tierOffset, 0));
			}
			List<String> names = builtIn.getOrDefault(target, List.of());
			for (int rank = 0; rank < names.size(); rank++) {
				if (normalise(names.get(rank)).equals(name)) {
					candidates.add(new Candidate(header, target, SYNONYM + tierOffset, rank));
				}
			}
		}
		extraNames.forEach((extra, target) -> {
			if (targets.contains(target) && normalise(extra).equals(name)) {
				candidates.add(new Candidate(header, target, EXACT + tierOffset, 0));
			}
		});
	}

	/** Lower case, without accents, letters and digits only, so "E-Mail Adresse" and "email_adresse" are equal. */
	public static String normalise(String name) {
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
		StringBuilder normal = new StringBuilder(decomposed.length());
		decomposed.codePoints().forEach(c -> {
			if (c == 'ß' || c == 'ẞ') {
				normal.append("ss");
			}
			else if (Character.isLetterOrDigit(c)) {
				normal.appendCodePoint(Character.toLowerCase(c));
			}
		});
		return normal.toString();
	}

	private static List<String> builtInTargets(String recordType) {
		return switch (recordType) {
			case "contact" -> CONTACT_TARGETS;
			case "company" -> COMPANY_TARGETS;
			case "deal" -> DEAL_TARGETS;
			default -> throw new IllegalArgumentException("no such record type: " + recordType);
		};
	}

	private static Map<String, List<String>> builtInNames(String recordType) {
		return switch (recordType) {
			case "contact" -> ColumnNames.CONTACT;
			case "company" -> ColumnNames.COMPANY;
			case "deal" -> ColumnNames.DEAL;
			default -> Map.of();
		};
	}

	private record Candidate(int header, String target, int tier, int rank) {
	}
}
