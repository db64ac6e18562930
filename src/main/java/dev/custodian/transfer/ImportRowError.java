package dev.custodian.transfer;

import org.jspecify.annotations.Nullable;

/**
 * What is wrong with a row of an imported file: its line, the column as the header row names it (null: the whole
 * row) and what is wrong. Never the value itself, so the report can be shown, downloaded and kept without holding
 * anyone's data.
 */
public record ImportRowError(long line, @Nullable String column, String message) {
}
