package dev.custodian.shared;

/**
 * One invalid input field: its name as the client sent it (dotted for nested fields) and what is wrong,
 * in words that never repeat the rejected value.
 */
public record FieldViolation(String field, String message) {
}
