package dev.custodian.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An API token as its owner sees it in a list: never the secret, which only exists in the response that
 * created it.
 */
public record ApiToken(UUID id, String name, List<String> scopes, Instant createdAt, Instant expiresAt,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

	public boolean active(Instant now) {
		return revokedAt == null && expiresAt.isAfter(now);
	}
}
