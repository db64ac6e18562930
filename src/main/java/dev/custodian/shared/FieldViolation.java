package dev.custodian.shared;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One invalid input field: its name as the client sent it (dotted for nested fields) and what is wrong,
 * in words that never repeat the rejected value.
 */
public record FieldViolation(@Schema(example = "address.country") String field,
		@Schema(example = "must be an ISO 3166-1 alpha-2 code such as GB") String message) {
}
