package dev.custodian.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.Text;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, revokes and checks API tokens. A token is 256 random bits; only its SHA-256 is stored, which
 * is enough for a secret with that much entropy and keeps each check to one indexed lookup (no password
 * hashing per request).
 */
@Service
public class ApiTokens {

	static final String PREFIX = "cst_";

	private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(5);

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Users users;

	private final SecuritySettings settings;

	private final AuditLog audit;

	ApiTokens(JdbcClient jdbc, Users users, SecuritySettings settings, AuditLog audit) {
		this.jdbc = jdbc;
		this.users = users;
		this.settings = settings;
		this.audit = audit;
	}

	/**
	 * Creates a token for the principal's user, holding at most the principal's permissions.
	 * @throws AccessDeniedException when the principal (a narrowed token) may not manage tokens
	 */
	@Transactional
	public IssuedToken issue(CustodianPrincipal owner, TokenRequest request) {
		mayManageTokens(owner);
		Violations violations = new Violations();
		String name = Text.limited(request.name(), 100, "name", violations);
		if (name == null) {
			// a token is revoked by its name when it leaks, so it needs one its owner recognises
			violations.add("name", "is required: say where the token is used, e.g. laptop or CI");
		}
		Duration lifetime = settings.tokenLifetime();
		if (request.expiresInDays() != null) {
			long maxDays = settings.maxTokenLifetime().toDays();
			if (request.expiresInDays() < 1 || request.expiresInDays() > maxDays) {
				violations.add("expiresInDays", "must be between 1 and " + maxDays);
			}
			lifetime = Duration.ofDays(request.expiresInDays());
		}
		// A token can never grant more than the request that creates it holds: a scoped token cannot mint a
		// broader one.
		List<String> scopes = owner.permissionsInOrder();
		if (request.scopes() != null) {
			List<String> unknown = request.scopes().stream().filter(s -> !owner.permissions().contains(s)).toList();
			if (!unknown.isEmpty()) {
				violations.add("scopes", "may only hold permissions you have: " + owner.permissionsInOrder());
			}
			else if (request.scopes().isEmpty()) {
				violations.add("scopes", "must name at least one permission, or be left out for all of yours");
			}
			scopes = Permission.inOrder(request.scopes());
		}
		violations.throwIfAny();
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		UUID id = Ids.newId();
		Instant now = DbTime.now();
		Instant expiresAt = now.plus(lifetime);
		jdbc.sql("""
				insert into api_tokens (id, user_id, name, token_hash, scopes, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, owner.id().value(), name, hash(token), String.join(" ", scopes),
					DbTime.param(now), DbTime.param(expiresAt))
			.update();
		audit.record(AuditAction.CREATE, "api-token", id, List.of());
		return new IssuedToken(id, token, expiresAt);
	}

	/**
	 * The viewer's user's tokens that are no broader than the viewer: a session sees them all, a narrowed token
	 * only those within its own scopes.
	 * @throws AccessDeniedException when the viewer may not manage tokens
	 */
	@Transactional(readOnly = true)
	public List<ApiToken> list(CustodianPrincipal viewer) {
		mayManageTokens(viewer);
		return jdbc.sql("""
				select id, name, scopes, created_at, expires_at, last_used_at, revoked_at
				from api_tokens where user_id = ? order by id desc""")
			.param(viewer.id().value())
			.query((rs, row) -> new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"),
					Permission.inOrder(Arrays.asList(rs.getString("scopes").split(" "))), DbTime.required(rs, "created_at"),
					DbTime.required(rs, "expires_at"), DbTime.read(rs, "last_used_at"), DbTime.read(rs, "revoked_at")))
			.list()
			.stream()
			.filter(token -> viewer.permissions().containsAll(token.scopes()))
			.toList();
	}

	/**
	 * Revokes one of the actor's user's tokens; revoking twice is harmless. A token broader than the actor is
	 * treated as absent, so a narrowed token cannot even learn that it exists.
	 * @throws NotFoundException when the user has no such token within the actor's scopes
	 * @throws AccessDeniedException when the actor may not manage tokens
	 */
	@Transactional
	public void revoke(CustodianPrincipal actor, UUID tokenId) {
		mayManageTokens(actor);
		Optional<String> scopes = jdbc.sql("select scopes from api_tokens where id = ? and user_id = ?")
			.params(tokenId, actor.id().value())
			.query(String.class)
			.optional();
		if (scopes.isEmpty() || !actor.permissions().containsAll(Arrays.asList(scopes.get().split(" ")))) {
			throw new NotFoundException("api-token", tokenId);
		}
		jdbc.sql("update api_tokens set revoked_at = coalesce(revoked_at, ?) where id = ?")
			.params(DbTime.param(DbTime.now()), tokenId)
			.update();
		audit.record(AuditAction.DELETE, "api-token", tokenId, List.of());
	}

	/**
	 * Revokes several of the actor's tokens at once, all or nothing, each as {@link #revoke} would.
	 * @throws InvalidInputException when the selection is empty or names a token twice
	 * @throws NotFoundException when one is not the actor's, or broader than the actor (nothing is revoked)
	 */
	@Transactional
	public void revokeAll(CustodianPrincipal actor, List<UUID> tokenIds) {
		if (tokenIds.isEmpty()) {
			throw InvalidInputException.of("ids", "select at least one token");
		}
		if (new java.util.HashSet<>(tokenIds).size() != tokenIds.size()) {
			throw InvalidInputException.of("ids", "must name each token once");
		}
		tokenIds.forEach(id -> revoke(actor, id));
	}

	/**
	 * Revokes every active token of a user, as an administrator does after resetting a password. Joins the
	 * caller's transaction.
	 * @return how many tokens were revoked
	 */
	@Transactional
	int revokeAllOf(UserId user) {
		List<UUID> active = jdbc.sql("select id from api_tokens where user_id = ? and revoked_at is null")
			.param(user.value())
			.query(UUID.class)
			.list();
		jdbc.sql("update api_tokens set revoked_at = ? where user_id = ? and revoked_at is null")
			.params(DbTime.param(DbTime.now()), user.value())
			.update();
		active.forEach(id -> audit.record(AuditAction.DELETE, "api-token", id, List.of()));
		return active.size();
	}

	/**
	 * Every token of a user, newest first, as the user's own export shows them (names, scopes and dates; never a
	 * secret or its hash).
	 */
	@Transactional(readOnly = true)
	List<ApiToken> allOf(UUID user) {
		return jdbc.sql("select id, name, scopes, created_at, expires_at, last_used_at, revoked_at from api_tokens "
				+ "where user_id = ? order by id desc")
			.param(user)
			.query((rs, row) -> new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"),
					Permission.inOrder(Arrays.asList(rs.getString("scopes").split(" "))), DbTime.required(rs, "created_at"),
					DbTime.required(rs, "expires_at"), DbTime.read(rs, "last_used_at"), DbTime.read(rs, "revoked_at")))
			.list();
	}

	/** Deletes every token of a user, revoked ones included, as erasing a former user does; returns how many. */
	@Transactional
	int deleteAllOf(UUID user) {
		return jdbc.sql("delete from api_tokens where user_id = ?").param(user).update();
	}

	private static void mayManageTokens(CustodianPrincipal principal) {
		if (!principal.can(Permission.TOKEN_MANAGE)) {
			throw new AccessDeniedException("Managing tokens needs the token:manage scope");
		}
	}

	/**
	 * Finds the principal a bearer token stands for: an enabled user, with the token's scopes narrowed to what
	 * the user's role grants today.
	 */
	@Transactional
	public Optional<CustodianPrincipal> authenticate(String token) {
		if (!token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = Instant.now();
		Optional<StoredToken> stored = jdbc.sql("""
				select id, user_id, scopes, expires_at, last_used_at from api_tokens
				where token_hash = ? and revoked_at is null""")
			.param(hash(token))
			.query((rs, row) -> new StoredToken(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
					Set.of(rs.getString("scopes").split(" ")), DbTime.required(rs, "expires_at"),
					DbTime.read(rs, "last_used_at")))
			.optional()
			.filter(t -> t.expiresAt().isAfter(now));
		if (stored.isEmpty()) {
			return Optional.empty();
		}
		StoredToken found = stored.get();
		Optional<User> user = users.byId(found.userId()).filter(u -> u.enabled);
		if (user.isEmpty()) {
			return Optional.empty();
		}
		if (found.lastUsedAt() == null || found.lastUsedAt().isBefore(now.minus(TOUCH_INTERVAL))) {
			jdbc.sql("update api_tokens set last_used_at = ? where id = ?")
				.params(DbTime.param(DbTime.now()), found.id())
				.update();
		}
		User owner = user.get();
		Set<String> effective = new LinkedHashSet<>(found.scopes());
		effective.retainAll(owner.role.permissions());
		return Optional.of(new CustodianPrincipal(new UserId(owner.id), owner.username, owner.displayName, owner.role,
				Set.copyOf(effective), "token"));
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

	private record StoredToken(UUID id, UUID userId, Set<String> scopes, Instant expiresAt,
			@Nullable Instant lastUsedAt) {
	}
}
