package dev.custodian.identity;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which roles work on their own records only: a limited role's users (and their API tokens) see and change only the
 * contacts and deals they own and the tickets and tasks assigned to them; every other record answers as if it did not
 * exist. Set per role by administrators and read afresh on every check, so a change holds at once on every node. The
 * record modules apply {@link #limitedTo()} in their queries, not only on their pages.
 *
 * <p>Administrators and the data-protection officer are never limited: administrators answer for every record and
 * the DPO for every person's rights.
 */
@Service
public class OwnerLimits {

	/** An id no user has: the owner filter of a limited caller who asks for someone else's records. */
	private static final UUID NOBODY = new UUID(0, 0);

	/** The roles that may be limited to their own records. */
	public static final Set<Role> LIMITABLE = EnumSet.of(Role.SALES, Role.MARKETING, Role.SUPPORT, Role.MANAGER,
			Role.READ_ONLY);

	private final JdbcClient jdbc;

	private final AuditLog audit;

	OwnerLimits(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * The signed-in user when their role is limited to its own records; empty when the caller sees every owner's
	 * records (an unlimited role, or no signed-in user: a background job).
	 */
	@Transactional(readOnly = true)
	public Optional<UserId> limitedTo() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CustodianPrincipal principal)
				|| !LIMITABLE.contains(principal.role())) {
			return Optional.empty();
		}
		return limited(principal.role()) ? Optional.of(principal.id()) : Optional.empty();
	}

	/**
	 * The owner (or assignee) a list query shall filter on for the caller: for an unlimited caller the one asked for
	 * (null for everyone's); for a limited caller themselves when they asked for their own or for everyone's, and an
	 * id no record carries when they asked for someone else's, so the query finds nothing.
	 */
	@Transactional(readOnly = true)
	public @Nullable UUID ownerFilter(@Nullable UUID requested) {
		Optional<UserId> limit = limitedTo();
		if (limit.isEmpty()) {
			return requested;
		}
		UUID me = limit.get().value();
		return requested == null || requested.equals(me) ? me : NOBODY;
	}

	/**
	 * Whether the caller may see and change a record with this owner (or assignee): always when unlimited, only
	 * their own when limited (a record without an owner is no one's, so not theirs).
	 */
	@Transactional(readOnly = true)
	public boolean mayWorkOn(@Nullable UUID owner) {
		Optional<UserId> limit = limitedTo();
		return limit.isEmpty() || limit.get().value().equals(owner);
	}

	/** Every role and whether it is limited to its own records, in role order. */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional(readOnly = true)
	public Map<Role, Boolean> all() {
		Map<Role, Boolean> limits = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			limits.put(role, false);
		}
		jdbc.sql("select role from role_owner_limits")
			.query(String.class)
			.list()
			.forEach(name -> Role.parse(name).filter(LIMITABLE::contains).ifPresent(role -> limits.put(role, true)));
		return limits;
	}

	/**
	 * Limits the role to its own records, or lifts the limit; setting what is already set changes nothing and
	 * writes no audit entry. Audited as a change of the role's limit.
	 * @throws InvalidInputException naming {@code ownedRecordsOnly} when the role is one that is never limited
	 */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	public boolean limit(Role role, boolean ownedRecordsOnly) {
		if (!LIMITABLE.contains(role)) {
			if (ownedRecordsOnly) {
				throw InvalidInputException.of("ownedRecordsOnly",
						"administrators and the data-protection officer always work on every record");
			}
			return false;
		}
		if (limited(role) == ownedRecordsOnly) {
			return ownedRecordsOnly;
		}
		if (ownedRecordsOnly) {
			jdbc.sql("insert into role_owner_limits (role, limited_at) values (?, ?)")
				.params(role.name(), DbTime.param(DbTime.now()))
				.update();
		}
		else {
			jdbc.sql("delete from role_owner_limits where role = ?").param(role.name()).update();
		}
		audit.record(AuditAction.UPDATE, "owner-limit", role.name(), List.of());
		return ownedRecordsOnly;
	}

	private boolean limited(Role role) {
		return jdbc.sql("select count(*) from role_owner_limits where role = ?")
			.param(role.name())
			.query(Long.class)
			.single() > 0;
	}
}
