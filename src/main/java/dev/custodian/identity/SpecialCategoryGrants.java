package dev.custodian.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.catalog.DataCategory;
import dev.custodian.catalog.SpecialCategoryAccess;
import dev.custodian.shared.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The special categories (Art. 9 health, religion, …, and Art. 10 criminal data) each role may see and edit. Each is
 * a permission of its own, granted per role by administrators and read afresh on every check, so a withdrawn grant
 * holds at once on every node. API tokens act with their user's role's grants.
 */
@Service
public class SpecialCategoryGrants implements SpecialCategoryAccess {

	/** The special categories, in vocabulary order. */
	public static final List<DataCategory> SPECIAL = Arrays.stream(DataCategory.values())
		.filter(DataCategory::special)
		.toList();

	private final JdbcClient jdbc;

	private final AuditLog audit;

	SpecialCategoryGrants(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<DataCategory> permitted() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CustodianPrincipal principal)) {
			return Set.of();
		}
		return of(principal.role());
	}

	/** Every role with the special categories granted to it, in role order. */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional(readOnly = true)
	public Map<Role, Set<DataCategory>> all() {
		Map<Role, Set<DataCategory>> grants = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			grants.put(role, EnumSet.noneOf(DataCategory.class));
		}
		jdbc.sql("select role, category from role_special_categories")
			.query((rs, n) -> new String[] { rs.getString("role"), rs.getString("category") })
			.list()
			.forEach(row -> Role.parse(row[0]).ifPresent(role -> category(row[1]).ifPresent(grants.get(role)::add)));
		return grants;
	}

	/**
	 * Grants the role exactly the given special categories, withdrawing the others. Audited as a change of the
	 * role's grants.
	 */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	public Set<DataCategory> grant(Role role, Collection<DataCategory> categories) {
		Set<DataCategory> chosen = EnumSet.noneOf(DataCategory.class);
		categories.stream().filter(DataCategory::special).forEach(chosen::add);
		jdbc.sql("delete from role_special_categories where role = ?").param(role.name()).update();
		for (DataCategory category : chosen) {
			jdbc.sql("insert into role_special_categories (role, category, granted_at) values (?, ?, ?)")
				.params(role.name(), category.code(), DbTime.param(DbTime.now()))
				.update();
		}
		audit.record(AuditAction.UPDATE, "special-category-grant", role.name(), List.of());
		return of(role);
	}

	/** The category of a code such as {@code special.health}, if it is a special one. */
	public static java.util.Optional<DataCategory> category(String code) {
		return SPECIAL.stream().filter(c -> c.code().equals(code)).findFirst();
	}

	private Set<DataCategory> of(Role role) {
		Set<DataCategory> granted = EnumSet.noneOf(DataCategory.class);
		jdbc.sql("select category from role_special_categories where role = ?")
			.param(role.name())
			.query(String.class)
			.list()
			.forEach(code -> category(code).ifPresent(granted::add));
		return granted;
	}
}
