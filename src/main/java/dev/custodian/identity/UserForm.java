package dev.custodian.identity;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters to create or change a user. On update, a {@code null} password keeps the
 * current one.
 */
public record UserForm(@Nullable String username, @Nullable String displayName, @Nullable String role,
		@Nullable String password, @Nullable Boolean enabled) {
}
