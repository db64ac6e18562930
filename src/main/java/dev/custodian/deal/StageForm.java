package dev.custodian.deal;

import org.jspecify.annotations.Nullable;

/**
 * A stage as entered: its name and its win probability in whole percent (0 to 100).
 */
public record StageForm(@Nullable String name, @Nullable Integer probability) {
}
