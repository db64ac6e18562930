package dev.custodian.identity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a user asks for in a new token: a name to recognise it by, a lifetime in days, and optionally a subset
 * of their own permissions (all of them when absent).
 */
public record TokenRequest(@Nullable String name, @Nullable Integer expiresInDays, @Nullable List<String> scopes) {
}
