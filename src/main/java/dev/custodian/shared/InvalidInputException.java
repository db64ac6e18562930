package dev.custodian.shared;

import java.util.List;

/**
 * Input that breaks one or more rules; reported as 400 (API) or inline field errors (pages).
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldViolation> violations;

	public InvalidInputException(List<FieldViolation> violations) {
		super("Invalid input: " + violations.stream().map(FieldViolation::field).toList());
		this.violations = List.copyOf(violations);
	}

	public static InvalidInputException of(String field, String message) {
		return new InvalidInputException(List.of(new FieldViolation(field, message)));
	}

	public List<FieldViolation> violations() {
		return violations;
	}
}
