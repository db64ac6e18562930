package dev.custodian.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem with one input before anything is changed, so a client learns all of them at once.
 */
public final class Violations {

	private final List<FieldViolation> violations = new ArrayList<>();

	public Violations add(String field, String message) {
		violations.add(new FieldViolation(field, message));
		return this;
	}

	public Violations addAll(List<FieldViolation> more) {
		violations.addAll(more);
		return this;
	}

	public boolean has(String field) {
		return violations.stream().anyMatch(v -> v.field().equals(field));
	}

	public boolean isEmpty() {
		return violations.isEmpty();
	}

	public List<FieldViolation> list() {
		return List.copyOf(violations);
	}

	/**
	 * @throws InvalidInputException naming every collected field, if there is any
	 */
	public void throwIfAny() {
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}
}
