package dev.custodian.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	/** The first message for each invalid field, in order, for forms that show one message beside each field. */
	public Map<String, String> byField() {
		Map<String, String> byField = new LinkedHashMap<>();
		violations.forEach(v -> byField.putIfAbsent(v.field(), v.message()));
		return byField;
	}
}
