package dev.custodian.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.SearchableRecords;
import dev.custodian.shared.SearchableRecords.Hit;
import dev.custodian.shared.Text;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Searches every kind of record at once for the signed-in caller. Each kind searches its own records in its own
 * way and answers only what the caller may read (see {@link SearchableRecords}); this puts the answers in a fixed
 * order of kinds (contacts, companies, deals, tickets, then any other kind by name) and says, per kind, whether
 * there are more hits than shown. The text is never logged, audited or put into an exception message.
 */
@Service
public class GlobalSearch {

	/** Longer texts are refused: no name, email, domain or subject is that long. */
	public static final int MAX_LENGTH = 200;

	private static final List<String> ORDER = List.of("contact", "company", "deal", "ticket");

	private final ObjectProvider<SearchableRecords> kinds;

	GlobalSearch(ObjectProvider<SearchableRecords> kinds) {
		this.kinds = kinds;
	}

	/**
	 * The hits for the text, grouped by kind, at most {@code perKind} of each; kinds without a hit are left out, and
	 * a blank text finds nothing.
	 * @throws InvalidInputException naming {@code q} when the text is too long or holds control characters
	 */
	@PreAuthorize("isAuthenticated()")
	public List<Group> search(String text, int perKind) {
		String trimmed = text.strip();
		if (trimmed.length() > MAX_LENGTH) {
			throw InvalidInputException.of("q", "must be at most " + MAX_LENGTH + " characters");
		}
		Text.checkSearch("q", trimmed);
		if (trimmed.isEmpty()) {
			return List.of();
		}
		List<Group> groups = new ArrayList<>();
		kinds.orderedStream().sorted(Comparator.comparing(GlobalSearch::rank)).forEach(kind -> {
			List<Hit> hits = kind.search(trimmed, perKind + 1);
			if (!hits.isEmpty()) {
				groups.add(new Group(kind.kind(), hits.subList(0, Math.min(perKind, hits.size())),
						hits.size() > perKind));
			}
		});
		return List.copyOf(groups);
	}

	private static String rank(SearchableRecords kind) {
		int known = ORDER.indexOf(kind.kind());
		return known >= 0 ? known + ":" : ORDER.size() + ":" + kind.kind();
	}

	/**
	 * The hits of one kind.
	 *
	 * @param kind the kind's name ({@code contact}, {@code company}, …)
	 * @param hits the hits shown, best first
	 * @param more whether the kind has more hits than shown
	 */
	public record Group(String kind, List<Hit> hits, boolean more) {

		public Group {
			hits = List.copyOf(hits);
		}

		/** The kind's list page: the parent of its records' pages ({@code /contacts} for {@code /contacts/{id}}). */
		public String listPath() {
			String path = hits.get(0).path();
			int slash = path.lastIndexOf('/');
			return slash > 0 ? path.substring(0, slash) : "/";
		}
	}
}
