package dev.custodian.identity.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.identity.UserAccount;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.Ids;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.SortOption;
import dev.custodian.view.SavedView;
import dev.custodian.view.SavedViews;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of users for administrators: filtered by role, sorted by any of its columns, counted, and kept as saved
 * views. Users are few (a team, not a customer base), so the whole list is shown at once: every name is opened (the
 * keys fetched in batches), which is also what lets it sort by names the database holds only sealed.
 */
@Controller
@PreAuthorize("hasAuthority('user:admin')")
class UserListController {

	static final List<SortOption> SORTS = List.of(new SortOption("username", "identity.users.sort.username"),
			new SortOption("name", "identity.users.sort.name"), new SortOption("role", "identity.users.sort.role"),
			new SortOption("status", "identity.users.sort.status"));

	private static final Map<String, Comparator<UserAccount>> ORDERS = Map.of(
			"username", Comparator.comparing(UserAccount::username, String.CASE_INSENSITIVE_ORDER),
			"name", Comparator.comparing(UserAccount::displayName, String.CASE_INSENSITIVE_ORDER),
			"role", Comparator.comparing(UserAccount::role),
			"status", Comparator.comparing((UserAccount u) -> u.erased() ? 3 : u.locked() ? 1 : u.enabled() ? 0 : 2));

	private final UserManagement users;

	private final SavedViews views;

	UserListController(UserManagement users, SavedViews views) {
		this.users = users;
		this.views = views;
	}

	@GetMapping("/users")
	String list(@RequestParam(required = false) @Nullable String view,
			@RequestParam(required = false) @Nullable String role, @RequestParam(required = false) @Nullable String sort,
			Model model) {
		UUID viewId = Ids.parseOrNull(view);
		if (viewId != null) {
			SavedView saved = views.mine("users", viewId);
			role = saved.filter("role");
			sort = saved.sort();
			model.addAttribute("currentView", viewId);
		}
		Role only = role(role);
		String order = sort != null && ORDERS.containsKey(sort) ? sort : "username";
		List<UserAccount> shown = users.list()
			.stream()
			.filter(user -> only == null || user.role() == only)
			.sorted(ORDERS.get(order).thenComparing(UserAccount::username))
			.toList();
		model.addAttribute("users", shown);
		model.addAttribute("count", ListCount.of(shown.size()));
		model.addAttribute("roles", Role.values());
		model.addAttribute("role", only == null ? "" : only.name());
		model.addAttribute("sort", order);
		model.addAttribute("sorts", SORTS);
		model.addAttribute("views", views.mine("users"));
		model.addAttribute("viewFilters", only == null ? Map.of() : Map.of("role", only.name()));
		return "user/list";
	}

	private static @Nullable Role role(@Nullable String name) {
		for (Role role : Role.values()) {
			if (role.name().equals(name)) {
				return role;
			}
		}
		return null;
	}
}
