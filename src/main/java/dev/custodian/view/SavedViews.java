package dev.custodian.view;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.custodian.shared.DbTime;
import dev.custodian.shared.Ids;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.SignedInUser;
import dev.custodian.shared.Text;
import dev.custodian.shared.Violations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's saved views. A user sees and changes only their own; saving under a name the user already
 * gave a view of the same list replaces it.
 */
@Service
public class SavedViews {

	/** The lists that offer saved views, by the path of their page ({@code /contacts}). */
	public static final Set<String> LISTS = Set.of("contacts", "companies", "users", "audit", "account/tokens");

	/**
	 * Filters that are never stored: free text may be a person's name, and a saved view would keep it in the
	 * clear with no subject to erase it for.
	 */
	static final Set<String> FREE_TEXT = Set.of("q", "companyName", "cursor");

	static final int MAX_PER_LIST = 50;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

	private final ViewStore store;

	SavedViews(ViewStore store) {
		this.store = store;
	}

	/** The user's views of one list, by name. */
	@Transactional(readOnly = true)
	public List<SavedView> mine(String list) {
		return store.ofUser(me(), list);
	}

	/**
	 * One of the user's views of a list.
	 * @throws NotFoundException when it does not exist, is another user's or belongs to another list
	 */
	@Transactional(readOnly = true)
	public SavedView mine(String list, UUID id) {
		return store.byId(id)
			.filter(view -> view.list().equals(list) && store.ownerOf(id).map(me()::equals).orElse(false))
			.orElseThrow(() -> new NotFoundException("view", id));
	}

	/**
	 * Saves the filters and sort under a name. Free-text filters ({@code q}, {@code companyName}) and blank
	 * values are dropped; the rest must be codes or ids.
	 * @throws dev.custodian.shared.InvalidInputException naming {@code name}, {@code list}, {@code sort} or a
	 * filter
	 */
	@Transactional
	public SavedView save(String list, String name, Map<String, String> filters, String sort) {
		Violations violations = new Violations();
		String cleanName = Text.limited(name, 100, "name", violations);
		if (cleanName == null && !violations.has("name")) {
			violations.add("name", "is required");
		}
		if (!LISTS.contains(list)) {
			violations.add("list", "must be one of " + String.join(", ", LISTS.stream().sorted().toList()));
		}
		if (!sort.isEmpty() && !CODE.matcher(sort).matches()) {
			violations.add("sort", "must be a sort code such as -updated");
		}
		Map<String, String> kept = new java.util.TreeMap<>();
		filters.forEach((key, value) -> {
			String clean = Text.clean(value);
			if (FREE_TEXT.contains(key) || clean == null) {
				return;
			}
			if (!CODE.matcher(key).matches() || !CODE.matcher(clean).matches()) {
				violations.add("filters", "hold only codes and ids");
			}
			kept.put(key, clean);
		});
		UUID user = me();
		if (cleanName != null && store.ofUser(user, list).size() >= MAX_PER_LIST
				&& store.ofUser(user, list).stream().noneMatch(v -> v.name().equals(cleanName))) {
			violations.add("name", "is one view too many: delete one of your " + MAX_PER_LIST + " views first");
		}
		violations.throwIfAny();
		SavedView view = new SavedView(Ids.newId(), list, cleanName, Map.copyOf(kept), sort);
		store.deleteByName(user, list, cleanName);
		store.insert(user, view, DbTime.now());
		return view;
	}

	/**
	 * Deletes one of the user's views; returns the list it belonged to.
	 * @throws NotFoundException when it does not exist or is another user's
	 */
	@Transactional
	public String delete(UUID id) {
		UUID user = me();
		SavedView view = store.byId(id)
			.filter(v -> store.ownerOf(id).map(user::equals).orElse(false))
			.orElseThrow(() -> new NotFoundException("view", id));
		store.delete(id);
		return view.list();
	}

	private static UUID me() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			return user.userId();
		}
		throw new AccessDeniedException("Saved views belong to a signed-in user");
	}
}
