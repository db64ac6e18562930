package dev.custodian.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A freshly created API token, with its secret shown this once.
 */
public record IssuedToken(UUID id, String token, Instant expiresAt) {
}
