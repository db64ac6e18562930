package dev.custodian.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.custodian.audit.AuditActor;
import dev.custodian.shared.SignedInUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in user as Spring Security and the audit trail see it. {@code via} says how the request was
 * authenticated ({@code user} for a password or session, {@code token} for an API token). Serializable because
 * browser sessions are stored in the database.
 */
public record CustodianPrincipal(UserId id, String username, String displayName, Role role, Set<String> permissions,
		String via) implements AuditActor, SignedInUser, Serializable {

	@Override
	public java.util.UUID userId() {
		return id.value();
	}

	static CustodianPrincipal of(User user, String via) {
		return new CustodianPrincipal(new UserId(user.id), user.username, user.displayName, user.role,
				user.role.permissions(), via);
	}

	public Collection<GrantedAuthority> authorities() {
		return Stream.concat(Stream.of("ROLE_" + role.name()), permissions.stream())
			.map(SimpleGrantedAuthority::new)
			.map(GrantedAuthority.class::cast)
			.toList();
	}

	public boolean can(String permission) {
		return permissions.contains(permission);
	}

	@Override
	public String actorType() {
		return via;
	}

	@Override
	public String actorId() {
		return id.toString();
	}

	@Override
	public String toString() {
		return "CustodianPrincipal[" + id + "]";
	}

	/** The permissions in the order of {@link Permission#ALL}, for lists people read. */
	public List<String> permissionsInOrder() {
		return Permission.inOrder(permissions);
	}

	/**
	 * A browser session stores the principal without its names: they are personal data, sealed in the database, and
	 * the session table would hold them in the clear. {@link SessionRefresh} reads them again on every request.
	 */
	@Serial
	private Object writeReplace() {
		return new Stored(id, role, permissions, via);
	}

	/** What a session holds of a principal: ids and codes only. */
	private record Stored(UserId id, Role role, Set<String> permissions, String via) implements Serializable {

		@Serial
		private Object readResolve() {
			return new CustodianPrincipal(id, "", "", role, permissions, via);
		}
	}
}
